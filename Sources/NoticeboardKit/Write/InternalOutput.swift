import Foundation

/// The internal output folder: pages of checklists marked `公开: 否` (self-assessment, binder) are written there, beside
/// the output folder and never inside it, with the same crash-safe writer (docs/deploy.md).
public enum InternalOutput {
    /// `internal` beside the output folder: `public` → `internal`, `site/public` → `site/internal`.
    public static func defaultRoot(beside outputRoot: String) -> String {
        let parent = (outputRoot as NSString).deletingLastPathComponent
        return parent.isEmpty ? "internal" : parent + "/internal"
    }

    /// Absolute, standardised path components (relative paths from the current folder).
    static func components(_ path: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (absolute as NSString).standardizingPath.split(separator: "/").map(String.init)
    }

    /// Why the two folders cannot be used together (one inside the other, or the same), nil when they are apart.
    public static func overlap(internal inner: String, output: String) -> String? {
        let i = components(inner), o = components(output)
        if i == o { return "内部文件夹 \(inner) 与输出文件夹相同 (the internal folder is the output folder)" }
        if i.starts(with: o) { return "内部文件夹 \(inner) 在输出文件夹 \(output) 里面，会被公开发布 (the internal folder is inside the output folder)" }
        if o.starts(with: i) { return "输出文件夹 \(output) 在内部文件夹 \(inner) 里面 (the output folder is inside the internal folder)" }
        return nil
    }

    /// The relative way from the internal folder's root to the output folder's (`../public/`).
    public static func publicPrefix(from inner: String, to output: String) -> String {
        let i = components(inner), o = components(output)
        var common = 0
        while common < min(i.count, o.count), i[common] == o[common] { common += 1 }
        let up = String(repeating: "../", count: i.count - common)
        let down = o.dropFirst(common).map { URLPath.encode($0) + "/" }.joined()
        return up + down
    }
}

import Foundation

/// Hashes of output paths for the bookkeeping files (`.noticeboard-manifest`, `.noticeboard-state`), which must not hold
/// content values: a file name can carry a name or a number. The paths are found again by walking the output folder.
public enum PathHash {
    /// 16 hex digits of FNV-1a over the path.
    public static func of(_ path: String) -> String {
        var h = StableHash()
        h.add(path)
        let hex = String(h.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func isHash(_ line: String) -> Bool {
        line.utf8.count == 16 && line.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// Every file under `root` (the tool's own hidden files left out) by the hash of its relative path.
    public static func index(of root: String) -> [String: String] {
        var result: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
        while let relative = walker.nextObject() as? String {
            if relative.hasPrefix(".noticeboard-") {
                if relative == OutputWriter.stagingName { walker.skipDescendants() }
                continue
            }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                result[of(relative)] = relative
            }
        }
        return result
    }
}

import Foundation

/// Resolves an image or file reference written in content to a file under `content/`, refusing anything outside it.
public enum MediaReference {
    public enum Resolution: Equatable, Sendable {
        /// A media file, as a path relative to `content/` (published at the same path under the output).
        case media(String)
        /// A link to somewhere else (http, mailto, an in-page anchor): left as written.
        case external
        case outside
        case absolute
        case missing(String)
    }

    /// Resolves `reference` as written in `file` (a path like `content/notices/x.md`).
    public static func resolve(_ reference: String, from file: String, media: Set<String>) -> Resolution {
        let ref = reference.trimmingCharacters(in: .whitespaces)
        if ref.isEmpty || ref.hasPrefix("#") { return .external }
        if ref.count >= 3, ref.dropFirst().first == ":", ref.first!.isASCII, ref.first!.isLetter, ["\\", "/"].contains(ref.dropFirst(2).first!) {
            return .absolute  // a Windows path pasted from Explorer: C:\Users\…
        }
        if let colon = ref.firstIndex(of: ":"), ref[..<colon].allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }), !ref[..<colon].isEmpty {
            return .external
        }
        if ref.hasPrefix("//") { return .external }
        if ref.hasPrefix("/") || ref.hasPrefix("\\") || ref.hasPrefix("~") { return .absolute }
        let decoded = ref.removingPercentEncoding ?? ref
        let withoutQuery = String(decoded.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        var folder = file.split(separator: "/").dropLast().map(String.init)  // ["content", "notices"]
        guard folder.first == "content" else { return .outside }
        folder.removeFirst()
        var candidates: [[String]] = []
        for base in [folder, []] {
            var parts = base
            var escaped = false
            for component in withoutQuery.split(separator: "/") {
                if component == "." { continue }
                if component == ".." {
                    if parts.isEmpty { escaped = true; break }
                    parts.removeLast()
                } else {
                    parts.append(String(component))
                }
            }
            if escaped { if base == folder { return .outside } else { continue } }
            candidates.append(parts)
        }
        for parts in candidates {
            let path = parts.joined(separator: "/")
            if media.contains(path) { return .media(path) }
        }
        if withoutQuery.hasSuffix(".md") || withoutQuery.hasSuffix("/") { return .external }
        return .missing(candidates.first?.joined(separator: "/") ?? withoutQuery)
    }
}

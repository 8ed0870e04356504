/// A text file of the site, decoded and with `\n` line endings; `path` is relative to the site folder.
public struct SourceFile: Sendable {
    public var path: String
    public var text: String
    public var encoding: TextDecoding.Encoding

    public init(path: String, text: String, encoding: TextDecoding.Encoding = .utf8) {
        self.path = path
        self.text = text
        self.encoding = encoding
    }

    /// The folder under `content/` this file belongs to (`notices`, `plans` …), or "" for top-level files.
    public var section: String {
        let parts = path.split(separator: "/")
        guard parts.count >= 3, parts[0] == "content" else { return "" }
        return String(parts[1])
    }

    /// File name without folder and extension.
    public var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    public var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    public func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }
}

/// A text file of the site, decoded and with `\n` line endings; `path` is relative to the site folder.
public struct SourceFile: Sendable {
    public var path: String
    public var text: String
    public var encoding: TextDecoding.Encoding
    /// For an .xlsx file: its sheets (`text` then holds one cell per line, for the scans that read every file's text).
    public var workbook: Workbook?
    /// For a file converted from Office (.docx, .xlsx): where each line of `text` came from (index = line − 1),
    /// so diagnostics are reported at the paragraph or cell (`OfficeLocations.remap`).
    public var lineMap: [SourceLocation]?

    public init(path: String, text: String, encoding: TextDecoding.Encoding = .utf8, workbook: Workbook? = nil, lineMap: [SourceLocation]? = nil) {
        self.path = path
        self.text = text
        self.encoding = encoding
        self.workbook = workbook
        self.lineMap = lineMap
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

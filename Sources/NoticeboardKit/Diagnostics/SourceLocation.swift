/// A place in a user's file: path relative to the site folder, 1-based line and column (columns in characters).
/// In Office files the line is a worksheet row or a Word paragraph number and `anchor` names the place the way the
/// application shows it (`工作表!C12`, `¶23`); see docs/office.md.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    /// Where in an Office file, as the application names it: `Sheet1!C12`, `¶23`, `word/document.xml:3:10`.
    public var anchor: String?

    public init(path: String, line: Int = 1, column: Int = 1, anchor: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.anchor = anchor
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column, a.anchor ?? "") < (b.path, b.line, b.column, b.anchor ?? "")
    }
}

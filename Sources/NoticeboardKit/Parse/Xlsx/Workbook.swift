/// An Excel workbook read from an .xlsx file: its sheets in tab order, each a sparse grid of cell texts shown the way
/// Excel shows them (dates as `2026-03-05`, times as `9:00`, numbers in General format).
public struct Workbook: Sendable {
    /// One worksheet: cells by row and column (both 1-based) and its merged ranges.
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [Int: [Int: String]] = [:]
        public var merges: [CellRange] = []

        public init(name: String) { self.name = name }

        public func cell(row: Int, column: Int) -> String { rows[row]?[column] ?? "" }

        /// The merged range whose top-left cell is at `row`, `column`.
        public func merge(at row: Int, column: Int) -> CellRange? {
            merges.first { $0.top == row && $0.left == column }
        }

        /// `工作表!C12` for row 12, column 3 (sheet names with spaces or punctuation quoted as Excel does).
        public func anchor(row: Int, column: Int) -> String {
            Self.quoted(name) + "!" + CSVTable.columnLetter(column - 1) + String(row)
        }

        static func quoted(_ name: String) -> String {
            let plain = name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
            return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        }
    }

    /// A rectangle of cells, `A1:F1` (1-based, inclusive).
    public struct CellRange: Sendable, Hashable {
        public var top: Int, left: Int, bottom: Int, right: Int
    }

    public var sheets: [Sheet]
    /// True for workbooks using the 1904 date system (old Excel for Mac).
    public var uses1904: Bool

    /// The text of every cell, one per line, with the location of each line: what scans of every file's text read.
    public func scanText(path: String) -> (String, [SourceLocation]) {
        var lines: [String] = []
        var map: [SourceLocation] = []
        for sheet in sheets {
            for row in sheet.rows.keys.sorted() {
                guard let cells = sheet.rows[row] else { continue }
                for column in cells.keys.sorted() {
                    guard let text = cells[column], !text.isEmpty else { continue }
                    lines.append(text.replacingOccurrences(of: "\n", with: " "))
                    map.append(SourceLocation(path: path, line: row, column: column, anchor: sheet.anchor(row: row, column: column)))
                }
            }
        }
        return (lines.joined(separator: "\n"), map)
    }
}

/// Parses `A1`-style references.
enum CellReference {
    /// `C12` → (row 12, column 3); nil when malformed or outside Excel's grid.
    static func parse(_ ref: Substring) -> (row: Int, column: Int)? {
        var column = 0
        var row = 0
        var i = ref.startIndex
        while i < ref.endIndex, let a = ref[i].asciiValue, (65...90).contains(a & ~0x20) {
            column = column * 26 + Int((a & ~0x20) - 64)
            if column > 16_384 { return nil }
            i = ref.index(after: i)
        }
        while i < ref.endIndex, ref[i] == "$" { i = ref.index(after: i) }
        while i < ref.endIndex, let d = ref[i].wholeNumberValue, ref[i].isASCII {
            row = row * 10 + d
            if row > 1_048_576 { return nil }
            i = ref.index(after: i)
        }
        guard i == ref.endIndex, column > 0, row > 0 else { return nil }
        return (row, column)
    }

    /// `A1:F2` → a range; a single cell is a one-cell range.
    static func range(_ text: String) -> Workbook.CellRange? {
        let parts = text.replacingOccurrences(of: "$", with: "").split(separator: ":")
        guard let a = parts.first.flatMap(parse) else { return nil }
        let b = parts.count > 1 ? parse(parts[1]) : a
        guard let b else { return nil }
        return Workbook.CellRange(top: min(a.row, b.row), left: min(a.column, b.column), bottom: max(a.row, b.row), right: max(a.column, b.column))
    }
}

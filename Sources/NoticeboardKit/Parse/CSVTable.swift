/// A CSV file as Excel writes it — quoted fields with commas and line breaks, any line ending, UTF-8 or GB18030 —
/// read into rows that remember the line each starts on.
public struct CSVTable: Sendable {
    /// One data row: its cells and the line in the file where it starts.
    public struct Row: Sendable {
        public var cells: [String]
        public var line: Int
    }

    public var header: [String]
    public var headerLine: Int
    public var rows: [Row]
    /// For a table read from an .xlsx sheet: the sheet's name (locations then carry `工作表!C12`, and `line` is the row).
    public var sheetName: String? = nil
    /// For a sheet: the sheet column number (1 = A) of each header index.
    public var columnNumbers: [Int] = []

    /// Where a cell is: the file's line and column for CSV; the row, column number and `工作表!C12` for a sheet.
    public func location(_ file: SourceFile, line: Int, index: Int? = nil) -> SourceLocation {
        guard let sheetName else { return file.location(line: line, column: (index ?? 0) + 1) }
        let column = index.flatMap { columnNumbers.indices.contains($0) ? columnNumbers[$0] : nil } ?? columnNumbers.first ?? 1
        let anchor = Workbook.Sheet.quoted(sheetName) + "!" + Self.columnLetter(column - 1) + String(line)
        return SourceLocation(path: file.path, line: line, column: column, anchor: anchor)
    }

    /// The column's name as the user sees it: `C`.
    func letter(_ index: Int) -> String {
        Self.columnLetter(sheetName != nil && columnNumbers.indices.contains(index) ? columnNumbers[index] - 1 : index)
    }

    /// Splits CSV text (already decoded, `\n` line endings) into a header and rows.
    /// Blank lines are skipped; a row with the wrong number of cells is an error at its line.
    /// A GB18030 file (Excel's default for Chinese) is read, with a warning saying which encoding was found.
    public static func parse(_ file: SourceFile) -> (CSVTable?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if file.encoding == .gb18030 {
            diagnostics.append(.warning(file.location(), "\(file.path) 按 GB18030（GBK）编码读取，这是 Excel 中文 CSV 的默认编码；在 Excel 中另存为“CSV UTF-8”可避免乱码 (CSV read as GB18030)", key: "csv.encoding"))
        }
        var records: [Row] = []
        var cells: [String] = []
        var cell = ""
        var inQuotes = false
        var quotedCell = false
        var line = 1
        // Excel's "sep=," (or "sep=;") first line names the delimiter; it is not the header.
        var text = Substring(file.text)
        var delimiter: Character = ","
        if text.lowercased().hasPrefix("sep="), let end = text.firstIndex(of: "\n") ?? Optional(text.endIndex) {
            let raw = String(text[text.index(text.startIndex, offsetBy: 4)..<end])
            let given = raw == "\t" ? raw : raw.trimmingCharacters(in: .whitespaces)
            if given.count == 1, let c = given.first, [",", ";", "\t", "|"].contains(c) {
                delimiter = c
                text = end < text.endIndex ? text[text.index(after: end)...] : text[end...]
                line = 2
            }
        }
        var recordLine = line
        var quoteOpenedLine = line
        var chars = text.makeIterator()
        var pending: Character? = nil
        func endCell() {
            cells.append(quotedCell ? cell : cell.trimmingCharacters(in: .whitespaces))
            cell = ""
            quotedCell = false
        }
        func endRecord() {
            endCell()
            if !(cells.count == 1 && cells[0].isEmpty) {
                records.append(Row(cells: cells, line: recordLine))
            }
            cells = []
        }
        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { cell.append("\"") } else { inQuotes = false; pending = next }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    cell.append(c)
                }
                continue
            }
            switch c {
            case "\"" where cell.trimmingCharacters(in: .whitespaces).isEmpty:
                inQuotes = true
                quotedCell = true
                quoteOpenedLine = line
                cell = ""
            case delimiter:
                endCell()
            case "\n":
                endRecord()
                line += 1
                recordLine = line
            default:
                cell.append(c)
            }
        }
        if inQuotes {
            diagnostics.append(.error(file.location(line: quoteOpenedLine), "引号没有闭合：从这一行开始的单元格缺少结束的 \" (unclosed quote in CSV)", key: "csv.quote"))
        }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        guard let first = records.first else {
            diagnostics.append(.error(file.location(), "表格是空的，缺少表头 (empty CSV: no header row)", key: "csv.empty"))
            return (nil, diagnostics)
        }
        var header = first.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        while header.last == "" { header.removeLast() }
        var rows: [Row] = []
        for record in records.dropFirst() {
            var r = record
            // Excel pads rows with empty cells to the widest row; drop trailing empties beyond the header.
            while r.cells.count > header.count, r.cells.last == "" { r.cells.removeLast() }
            if r.cells.allSatisfy({ $0.isEmpty }) { continue }
            if r.cells.count != header.count {
                diagnostics.append(.error(file.location(line: r.line),
                                          "这一行有 \(r.cells.count) 个单元格，表头有 \(header.count) 列 (row has \(r.cells.count) cells, header has \(header.count))",
                                          key: "csv.row-width"))
                continue
            }
            rows.append(r)
        }
        return (CSVTable(header: header, headerLine: first.line, rows: rows), diagnostics)
    }

    /// Maps header cells to field names through `specs` (Chinese headers as aliases).
    /// Unknown columns are warnings naming the file and column; returns field name → column index.
    public func columns(_ specs: [FieldSpec], file: SourceFile, required: [String] = []) -> ([String: Int], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var lookup: [String: String] = [:]
        for spec in specs {
            lookup[spec.name] = spec.name
            for alias in spec.aliases { lookup[alias] = spec.name }
        }
        let known = specs.flatMap { [$0.name] + $0.aliases }
        var map: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let column = letter(index)
            if sheetName != nil, name.isEmpty { continue }  // a sheet column without a header (under a merged header cell)
            guard let field = lookup[name] ?? lookup[name.lowercased()] else {
                diagnostics.append(.warning(location(file, line: headerLine, index: index),
                                            "\(file.path) 第 \(column) 列的表头“\(name)”无法识别，此列被忽略\(Suggestion.hint(for: name, in: known)) (unknown column '\(name)')",
                                            key: "csv.unknown-column"))
                continue
            }
            if map[field] != nil {
                diagnostics.append(.error(location(file, line: headerLine, index: index), "第 \(column) 列“\(name)”与前面的列重复 (column given twice)", key: "csv.duplicate-column"))
                continue
            }
            map[field] = index
        }
        for name in required where map[name] == nil {
            let label = specs.first { $0.name == name }?.aliases.first ?? name
            diagnostics.append(.error(location(file, line: headerLine), "缺少必需的列“\(label)”(missing column '\(name)')", key: "csv.missing-column"))
        }
        return (map, diagnostics)
    }

    /// Excel's column name: 0 → A, 26 → AA.
    public static func columnLetter(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// A row's cells as a YAML-like mapping so field readers can parse them with located values.
    public func value(of row: Row, columns: [String: Int], file: SourceFile) -> YAMLValue {
        var pairs: [(key: YAMLValue, value: YAMLValue)] = []
        for (field, index) in columns.sorted(by: { $0.value < $1.value }) {
            let cellLocation = location(file, line: row.line, index: index)
            let text = index < row.cells.count ? row.cells[index] : ""
            let value = text.isEmpty ? YAMLValue(shape: .null, location: cellLocation) : YAMLValue(shape: .scalar(text), location: cellLocation)
            pairs.append((key: YAMLValue(shape: .scalar(field), location: cellLocation), value: value))
        }
        return YAMLValue(shape: .mapping(pairs), location: location(file, line: row.line))
    }
}

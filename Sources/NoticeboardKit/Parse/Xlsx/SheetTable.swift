/// Turns a worksheet into the table the CSV path reads: finds the header row by its known column names (so title rows
/// above it are skipped), reads a two-row header under merged cells, fills vertically merged data cells, and drops
/// empty trailing rows and columns. Rows keep their sheet row numbers, so every value is located as `工作表!C12`.
public enum SheetTable {
    /// Rows searched for the header.
    static let headerSearchRows = 30

    /// The sheet's table, or nil when no row among the first 30 has a known column name.
    public static func table(_ sheet: Workbook.Sheet, specs: [FieldSpec]) -> CSVTable? {
        var known = Set<String>()
        for spec in specs {
            known.insert(normalise(spec.name))
            for alias in spec.aliases { known.insert(normalise(alias)) }
        }
        let rowNumbers = sheet.rows.keys.sorted()
        var best: (row: Int, score: Int)?
        for row in rowNumbers.prefix(headerSearchRows) {
            let score = (sheet.rows[row] ?? [:]).values.filter { known.contains(normalise($0)) }.count
            if score > (best?.score ?? 0) { best = (row, score) }
        }
        guard let headerRow = best?.row else { return nil }

        // A header cell merged down over several rows makes a two-level header: below a merged group title
        // (参与情况 over 参与人数 | 志愿者人数) the lower row names the columns.
        var headerBottom = headerRow
        for range in sheet.merges where range.top == headerRow && range.bottom > headerRow {
            headerBottom = max(headerBottom, min(range.bottom, headerRow + 3))
        }
        var lastColumn = 0
        for r in headerRow...headerBottom { lastColumn = max(lastColumn, sheet.rows[r]?.keys.max() ?? 0) }
        guard lastColumn > 0 else { return nil }
        var firstColumn = lastColumn
        for r in headerRow...headerBottom { firstColumn = min(firstColumn, sheet.rows[r]?.keys.min() ?? firstColumn) }

        var header: [String] = []
        var columns: [Int] = []
        for column in firstColumn...lastColumn {
            var name = ""
            for r in stride(from: headerBottom, through: headerRow, by: -1) {
                let text = clean(sheet.cell(row: r, column: column))
                if !text.isEmpty {
                    if name.isEmpty || (!known.contains(normalise(name)) && known.contains(normalise(text))) { name = text }
                    if known.contains(normalise(name)) { break }
                }
            }
            // Columns without header text (under a merged header cell, or empty) are not read.
            guard !name.isEmpty, header.count < OfficePackage.Limits.columns else { continue }
            header.append(known.contains(normalise(name)) ? String(name.filter { !$0.isWhitespace }) : name)
            columns.append(column)
        }
        let index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

        // Vertically merged data cells (one date over three activities) apply to every row they cover that has other
        // values (a merge over empty rows adds no rows); the work is bounded by the cell limit.
        var filled = sheet.rows
        let dataRows = filled.keys.filter { $0 > headerBottom }.sorted()
        var budget = OfficePackage.Limits.cells
        for range in sheet.merges where range.top > headerBottom && range.bottom > range.top && index[range.left] != nil {
            guard let value = sheet.rows[range.top]?[range.left] else { continue }
            var i = lowerBound(dataRows, range.top + 1)
            while i < dataRows.count, dataRows[i] <= range.bottom, budget > 0 {
                if filled[dataRows[i]]?[range.left] == nil { filled[dataRows[i], default: [:]][range.left] = value }
                i += 1
                budget -= 1
            }
        }
        var rows: [CSVTable.Row] = []
        for row in dataRows {
            var cells = [String](repeating: "", count: columns.count)
            for (column, value) in filled[row] ?? [:] { if let i = index[column] { cells[i] = value } }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) { continue }
            rows.append(CSVTable.Row(cells: cells.map { $0.trimmingCharacters(in: .whitespaces) }, line: row))
        }
        var table = CSVTable(header: header, headerLine: headerRow, rows: rows)
        table.sheetName = sheet.name
        table.columnNumbers = columns
        return table
    }

    /// First index in sorted `values` whose value is at least `target`.
    static func lowerBound(_ values: [Int], _ target: Int) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// A header cell as matched: line breaks inside the cell and spaces removed.
    static func normalise(_ s: String) -> String {
        String(s.filter { !$0.isWhitespace }).lowercased()
    }

    static func clean(_ s: String) -> String {
        s.replacingOccurrences(of: "\n", with: "").trimmingCharacters(in: .whitespaces)
    }
}

/// The tables of a workbook for one kind of record: every sheet with a known header (or only the sheet named), with a
/// warning for each non-empty sheet that has none.
public enum WorkbookTables {
    public static func tables(_ file: SourceFile, specs: [FieldSpec], sheet named: String? = nil, namedAt: SourceLocation? = nil) -> ([CSVTable], [Diagnostic]) {
        guard let workbook = file.workbook else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        var sheets = workbook.sheets
        if let named {
            sheets = sheets.filter { $0.name == named || $0.name.trimmingCharacters(in: .whitespaces) == named.trimmingCharacters(in: .whitespaces) }
            if sheets.isEmpty {
                let names = workbook.sheets.map(\.name)
                diagnostics.append(.error(namedAt ?? file.location(), "\(file.path) 中没有名为“\(named)”的工作表，现有：\(names.joined(separator: "、"))\(Suggestion.hint(for: named, in: names)) (no such sheet)", key: "xlsx.sheet-missing"))
                return ([], diagnostics)
            }
        }
        var tables: [CSVTable] = []
        var skipped: [Workbook.Sheet] = []
        for sheet in sheets {
            if let table = SheetTable.table(sheet, specs: specs) {
                tables.append(table)
            } else if !sheet.rows.isEmpty {
                skipped.append(sheet)
            }
        }
        // A sheet without a header beside sheets with one is a note (说明) and is skipped; when no sheet has a header,
        // or the named sheet has none, say so.
        if tables.isEmpty {
            let hint = specs.prefix(4).compactMap { $0.aliases.first }.joined(separator: "、")
            if let sheet = skipped.first {
                diagnostics.append(.error(SourceLocation(path: file.path, line: 1, column: 1, anchor: Workbook.Sheet.quoted(sheet.name) + "!A1"),
                                          "\(named == nil ? "没有一个工作表" : "工作表“\(sheet.name)”")在前 \(SheetTable.headerSearchRows) 行中有可识别的表头（如 \(hint)）(no sheet has a known header row)",
                                          key: "xlsx.no-header"))
            } else {
                diagnostics.append(.error(file.location(), "工作簿是空的，没有表格 (empty workbook)", key: "csv.empty"))
            }
        }
        return (tables, diagnostics)
    }
}

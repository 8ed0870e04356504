/// Rows of a record kept as a table or a YAML list: a CSV as Excel saves it, an .xlsx workbook, or YAML
/// (a list, or a mapping whose `listKey` holds the list), each row a located mapping for a `FieldReader`.
enum RecordRows {
    /// The rows of `file` and the problems met reading it.
    static func rows(_ file: SourceFile, specs: [FieldSpec], required: [String] = [], listKeys: [String]) -> ([YAMLValue], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        switch file.fileExtension {
        case "csv", "xlsx":
            var tables: [CSVTable] = []
            if file.workbook != nil {
                let (found, d) = WorkbookTables.tables(file, specs: specs)
                tables = found
                diagnostics += d
            } else {
                let (table, d) = CSVTable.parse(file)
                diagnostics += d
                if let table { tables = [table] }
            }
            var rows: [YAMLValue] = []
            for table in tables {
                let (columns, d) = table.columns(specs, file: file, required: required)
                diagnostics += d
                if d.contains(where: { $0.key == "csv.missing-column" }) { continue }
                rows += table.rows.map { table.value(of: $0, columns: columns, file: file) }
            }
            return (rows, diagnostics)
        default:
            let root: YAMLValue?
            switch YAMLValue.parse(file.text, path: file.path) {
            case .success(let v): root = v
            case .failure(let d): return ([], [d])
            }
            guard let root else { return ([], [.error(file.location(), "文件是空的 (empty file)", key: "file.empty")]) }
            if let items = root.sequence { return (items, []) }
            if let pairs = root.mapping {
                for (key, value) in pairs where listKeys.contains(key.string ?? "") {
                    guard let items = value.sequence else {
                        return ([], [.error(value.location, "“\(key.string ?? "")”应为列表，每行一项（- …）(expected a list)", key: "yaml.type")])
                    }
                    let others = pairs.filter { !listKeys.contains($0.key.string ?? "") }
                    return (items, others.map { .warning($0.key.location, "未知的键“\($0.key.string ?? "")”：此文件只读取“\(listKeys[0])”列表 (unknown key)", key: "key.unknown") })
                }
            }
            return ([], [.error(root.location, "应为一个列表（- 日期: …），或写在“\(listKeys[0]):”下面 (expected a list of rows)", key: "yaml.type")])
        }
    }

    /// A date or a month (`2026-03`, `2026年3月`) in `dateKey` or `monthKey`; the month's first day for a month.
    static func dateOrMonth(_ r: inout FieldReader, dateKey: String = "date", monthKey: String = "month") -> (LocalDate, Bool)? {
        if r.has(dateKey) { return r.date(dateKey, label: "日期").map { ($0, false) } }
        guard let text = r.string(monthKey, label: "月份") else {
            r.report(.error(r.location, "缺少“日期”或“月份”(missing date or month)", key: "key.missing"))
            return nil
        }
        if let m = month(text) { return (m.firstDay, true) }
        r.report(.error(r.location(of: monthKey), "月份“\(text)”应写成 2026-03 或 2026年3月 (month format)", key: "date.format"))
        return nil
    }

    /// `2026-03`, `2026-3`, `2026/03`, `2026年3月`, `2026.03` → the month (years 1900–2200).
    static func month(_ text: String) -> YearMonth? {
        let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "")
            .replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
              let y = Int(parts[0]), let m = Int(parts[1]), LocalDate.supportedYears.contains(y), (1...12).contains(m) else { return nil }
        return YearMonth(year: y, month: m)
    }
}

import Foundation

/// `noticeboard new activity`: adds a row to the month's ledger CSV, keeping the file's encoding and line endings.
///
/// The month's file is the CSV in `content/ledger/` named after the month (`2026-11.csv`, `2026年11月台账.csv`), else one
/// whose rows are dated in that month; without one, `content/ledger/YYYY-MM.csv` is created (UTF-8 with BOM, CRLF, as Excel saves).
public struct LedgerRowAppender: Sendable {
    public var siteRoot: String
    public var chinese: Bool

    public init(siteRoot: String, chinese: Bool) {
        self.siteRoot = siteRoot
        self.chinese = chinese
    }

    /// What a new row holds.
    public struct Row: Sendable {
        public var date: LocalDate
        public var title: String
        public var category: String
        public var place: String?

        public init(date: LocalDate, title: String, category: String, place: String? = nil) {
            self.date = date
            self.title = title
            self.category = category
            self.place = place
        }
    }

    /// The header of a new ledger file (the ledger's usual Chinese column names, or its English keys).
    public var header: [String] {
        chinese ? ["日期", "时间", "活动名称", "类别", "地点", "组织者", "参与人数", "志愿者人数", "志愿服务时长", "对应任务", "照片", "简介"]
            : ["date", "time", "title", "category", "place", "organiser", "participants", "volunteers", "volunteer_hours", "tasks", "photos", "summary"]
    }

    /// Header names of the columns this command fills, as the ledger reads them.
    static let columnSpecs = [
        FieldSpec("date", "日期", "活动日期"),
        FieldSpec("title", "活动名称", "名称", "标题", "活动主题"),
        FieldSpec("category", "类别", "活动类别", "类型"),
        FieldSpec("place", "地点", "活动地点"),
    ]

    /// Appends the row; returns the file's path relative to the site and whether it was created.
    @discardableResult
    public func append(_ row: Row) throws -> (path: String, created: Bool) {
        let folder = siteRoot + "/content/ledger"
        if let path = try monthFile(for: row.date, in: folder) {
            try appendRow(row, toFileAt: path)
            return (path, false)
        }
        let path = String(format: "content/ledger/%04d-%02d.csv", row.date.year, row.date.month)
        let text = Self.line(header) + "\r\n" + Self.line(cells(row, columns: ["date": 0, "title": 2, "category": 3, "place": 4], width: header.count)) + "\r\n"
        try ScaffoldWriter.write([ScaffoldFile(path: path, bytes: try TextEncoding.encode(text, as: .utf8BOM))], into: siteRoot)
        return (path, true)
    }

    /// The CSV file (relative path) that holds the month's activities, or nil.
    func monthFile(for date: LocalDate, in folder: String) throws -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()
        let month = String(format: "%04d-%02d", date.year, date.month)
        let chineseMonths = ["\(date.year)年\(date.month)月", String(format: "%04d年%02d月", date.year, date.month)]
        if let named = names.first(where: { $0.contains(month) || chineseMonths.contains(where: $0.contains) }) {
            return "content/ledger/" + named
        }
        for name in names {
            let path = "content/ledger/" + name
            guard let (file, _) = try? read(path), let (table, columns) = table(file), let dateColumn = columns["date"] else { continue }
            let dated = table.rows.contains { row in
                guard dateColumn < row.cells.count, case .success(let d) = LocalDate.parse(row.cells[dateColumn]) else { return false }
                return d.year == date.year && d.month == date.month
            }
            if dated { return path }
        }
        return nil
    }

    /// The file decoded (UTF-8, BOM or GB18030), as a `SourceFile` with `\n` endings, and its raw text.
    func read(_ path: String) throws -> (SourceFile, String) {
        guard let data = FileManager.default.contents(atPath: siteRoot + "/" + path) else {
            throw ScaffoldError("无法读取 \(path) (cannot read file)")
        }
        switch TextDecoding.decodeUTF8OrGB18030(Array(data)) {
        case .success(let (text, encoding)):
            return (SourceFile(path: path, text: TextDecoding.normalizeNewlines(text), encoding: encoding), text)
        case .failure:
            throw ScaffoldError("\(path) 既不是 UTF-8 也不是 GB18030 编码，没有改动 (not UTF-8 or GB18030, left unchanged)")
        }
    }

    func table(_ file: SourceFile) -> (CSVTable, [String: Int])? {
        let (table, _) = CSVTable.parse(file)
        guard let table else { return nil }
        let (columns, _) = table.columns(Self.columnSpecs, file: file)
        return (table, columns)
    }

    func appendRow(_ row: Row, toFileAt path: String) throws {
        let (file, raw) = try read(path)
        guard let (table, columns) = table(file) else {
            throw ScaffoldError("\(path) 没有表头，没有改动 (CSV has no header, left unchanged)")
        }
        guard columns["date"] != nil, columns["title"] != nil else {
            throw ScaffoldError("\(path) 的表头里没有“日期”和“活动名称”列，没有改动 (CSV lacks the date and title columns, left unchanged)")
        }
        let newline = raw.contains("\r\n") ? "\r\n" : "\n"
        var text = raw
        // A String sees "\r\n" as one character, so look at the last byte.
        if let last = text.utf8.last, last != 0x0A, last != 0x0D { text += newline }
        text += Self.line(cells(row, columns: columns, width: table.header.count)) + newline
        let bytes = try TextEncoding.encode(text, as: file.encoding)
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: siteRoot + "/" + path), options: .atomic)
        } catch {
            throw ScaffoldError("无法写入 \(path)：\(error.localizedDescription) (cannot write file)")
        }
    }

    /// The row's cells placed in the file's columns; other columns stay empty.
    func cells(_ row: Row, columns: [String: Int], width: Int) -> [String] {
        var cells = [String](repeating: "", count: width)
        let values = ["date": row.date.description, "title": row.title, "category": row.category, "place": row.place ?? ""]
        for (field, value) in values.sorted(by: { $0.key < $1.key }) {
            if let index = columns[field], index < width { cells[index] = value }
        }
        return cells
    }

    /// One CSV line: cells with a comma, quote or line break are quoted, quotes doubled.
    static func line(_ cells: [String]) -> String {
        cells.map { cell in
            cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",")
    }
}

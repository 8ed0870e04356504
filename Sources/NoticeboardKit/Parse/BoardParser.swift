import Markdown

/// Reads a publicity board from `content/boards/*.yaml`: the board's header and its issues, inline or from a CSV
/// beside it (as Excel saves it).
public enum BoardParser {
    static let specs = [
        FieldSpec("name", "名称", "宣传栏名称"),
        FieldSpec("place", "地点", "位置", "设置地点"),
        FieldSpec("kind", "类型", "种类"),
        FieldSpec("size", "尺寸", "规格", "版面"),
        FieldSpec("rotation", "更换周期", "周期", "更换天数"),
        FieldSpec("issues", "期", "各期", "期数"),
        FieldSpec("draft", "草稿"),
        FieldSpec("slug", "网址名"),
    ]
    static let issueSpecs = [
        FieldSpec("date", "日期", "更换日期", "出刊日期"),
        FieldSpec("theme", "主题", "标题"),
        FieldSpec("notices", "通知", "通知公告"),
        FieldSpec("bulletins", "简报"),
        FieldSpec("rolls", "红黑榜", "光荣榜", "榜单"),
        FieldSpec("text", "正文", "内容"),
        FieldSpec("photos", "照片", "图片"),
        FieldSpec("editor", "出刊人", "责任人", "编辑"),
    ]
    /// At most this many issues per board (refusals.md).
    public static let maximumIssues = 2000
    /// A rotation longer than ten years is a typo.
    public static let maximumRotationDays = 3650
    /// The largest custom size, in centimetres, either way.
    public static let maximumSizeCm = 1000

    /// Parses `file`; `csv` finds a CSV file by its path relative to the site folder.
    public static func parse(_ file: SourceFile, csv: (String) -> SourceFile?) -> (PublicityBoard?, [Diagnostic]) {
        let value: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): value = v
        case .failure(let d): return (nil, [d])
        }
        guard value != nil else { return (nil, [.error(file.location(), "文件是空的 (empty file)", key: "file.empty")]) }
        var r = FieldReader(value, specs: specs, at: file.location(), what: "宣传栏 (board)")
        let name = r.string("name", label: "名称") ?? file.stem
        let place = r.string("place", label: "地点")
        let kind = kindValue(&r)
        let size = sizeValue(&r)
        let rotation = rotationValue(&r)
        let draft = r.bool("draft", label: "草稿") ?? false
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)
        var issues: [BoardIssue] = []
        var inputs = [file.path]
        if let v = r.value("issues") {
            if let name = v.string {
                let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
                let path = folder + "/" + name.trimmingCharacters(in: .whitespaces)
                if let table = csv(path) {
                    inputs.append(table.path)
                    let (found, d) = fromCSV(table)
                    issues = found
                    for x in d { r.report(x) }
                } else {
                    r.report(.error(v.location, "找不到各期文件 \(path)（应与本文件在同一文件夹）(issues file not found)", key: "board.issues-missing"))
                }
            } else if let items = v.sequence {
                if items.count > maximumIssues {
                    r.report(.error(v.location, "一块宣传栏最多记录 \(maximumIssues) 期，这里有 \(items.count) 期 (at most \(maximumIssues) issues per board)", key: "board.too-many"))
                } else {
                    for item in items {
                        var ir = FieldReader(item, specs: issueSpecs, at: item.location, what: "一期 (issue)")
                        if let issue = issue(&ir, file: file.path) { issues.append(issue) }
                        r.absorb(ir)
                    }
                }
            } else {
                r.report(.error(v.location, "“期”应为各期的列表，或 CSV 文件名 (issues: a list or a CSV file name)", key: "yaml.type"))
            }
        } else if value?.mapping != nil {
            r.report(.warning(r.location, "宣传栏“\(name)”还没有记录任何一期（issues / 期）(board has no issues)", key: "board.empty"))
        }
        let sorted = issues.enumerated().sorted { ($0.element.date, $0.offset) > ($1.element.date, $1.offset) }.map(\.element)
        var board: PublicityBoard?
        if let kind {
            board = PublicityBoard(source: file.location(), slug: slug, name: name, place: place, kind: kind, size: size ?? .a3,
                                   rotationDays: rotation, rotationLocation: r.location(of: "rotation"), issues: sorted,
                                   draft: draft, inputs: inputs)
        }
        return (board, r.diagnostics.items)
    }

    /// Issues from a CSV (columns 日期, 主题, 通知, 简报, 红黑榜, 正文, 照片, 出刊人), each row one issue.
    static func fromCSV(_ file: SourceFile) -> ([BoardIssue], [Diagnostic]) {
        let (parsed, parseDiagnostics) = CSVTable.parse(file)
        guard let table = parsed else { return ([], parseDiagnostics) }
        var diagnostics = parseDiagnostics
        if table.rows.count > maximumIssues {
            return ([], diagnostics + [.error(file.location(line: table.headerLine), "一块宣传栏最多记录 \(maximumIssues) 期，这里有 \(table.rows.count) 行 (at most \(maximumIssues) issues per board)", key: "board.too-many")])
        }
        let (columns, columnDiagnostics) = table.columns(issueSpecs, file: file, required: ["date", "theme"])
        diagnostics += columnDiagnostics
        guard columns["date"] != nil, columns["theme"] != nil else { return ([], diagnostics) }
        var issues: [BoardIssue] = []
        for row in table.rows {
            let value = table.value(of: row, columns: columns, file: file)
            var ir = FieldReader(value, specs: issueSpecs, at: value.location, what: "一期 (issue)")
            if let issue = issue(&ir, file: file.path) { issues.append(issue) }
            diagnostics += ir.diagnostics.items
        }
        return (issues, diagnostics)
    }

    /// One issue from a mapping (a YAML item or a CSV row).
    static func issue(_ r: inout FieldReader, file: String) -> BoardIssue? {
        let date = r.date("date", label: "日期", required: true)
        let theme = r.string("theme", label: "主题", required: true)
        var links: [BoardLink] = []
        for (key, target, label) in [("notices", BoardLink.Target.notice, "通知"), ("bulletins", .bulletin, "简报"), ("rolls", .roll, "红黑榜")] {
            for (slug, location) in list(&r, key, label: label) {
                links.append(BoardLink(target: target, slug: slug, location: location))
            }
        }
        var body: MarkdownNode?
        if let text = r.string("text", label: "正文"), !text.isEmpty { body = ChineseTypography.parse(text) }
        let photos = list(&r, "photos", label: "照片")
        let editor = r.string("editor", label: "出刊人")
        guard let date, let theme else { return nil }
        return BoardIssue(date: date, theme: theme, links: links, body: body, bodyLocation: body == nil ? nil : r.location(of: "text"),
                          photos: photos.map(\.0), photoLocations: photos.map(\.1), editor: editor, location: r.location)
    }

    /// A list of texts; each text may hold several, separated by `、`, `,`, `，`, `;` or `；` (as typed in one CSV cell).
    static func list(_ r: inout FieldReader, _ key: String, label: String) -> [(String, SourceLocation)] {
        r.strings(key, label: label).flatMap { text, location in
            text.split(whereSeparator: { "、,，;；\n".contains($0) })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { ($0, location) }
        }
    }

    static func kindValue(_ r: inout FieldReader) -> BoardKind? {
        guard let text = r.string("kind", label: "类型") else {
            if !r.has("kind") { return .board }
            return nil
        }
        guard let kind = BoardKind(text: text) else {
            let names = BoardKind.allCases.map(\.rawValue)
            r.report(.error(r.location(of: "kind"), "未知的宣传栏类型“\(text)”，应为 \(names.joined(separator: "、"))\(Suggestion.hint(for: text, in: names)) (unknown board kind)", key: "board.kind"))
            return nil
        }
        return kind
    }

    /// `A3`, `A4`, `120×80`, `120x80厘米`, `120cm*80cm`.
    static func sizeValue(_ r: inout FieldReader) -> BoardSize? {
        guard let text = r.string("size", label: "尺寸") else { return nil }
        let t = text.uppercased().replacingOccurrences(of: " ", with: "")
        if t == "A3" { return .a3 }
        if t == "A4" { return .a4 }
        let stripped = t.replacingOccurrences(of: "厘米", with: "").replacingOccurrences(of: "CM", with: "").replacingOccurrences(of: "公分", with: "")
        let parts = stripped.split(whereSeparator: { "×XＸ*＊".contains($0) })
        if parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]) {
            if (10...maximumSizeCm).contains(w), (10...maximumSizeCm).contains(h) { return .custom(widthCm: w, heightCm: h) }
            r.report(.error(r.location(of: "size"), "尺寸 \(text) 超出范围：宽和高应在 10—\(maximumSizeCm) 厘米之间 (size: 10–\(maximumSizeCm) cm each way)", key: "board.size"))
            return nil
        }
        r.report(.error(r.location(of: "size"), "尺寸应为 A3、A4 或“宽×高”厘米，如 120×80（写的是“\(text)”）(size: A3, A4 or width×height in cm)", key: "board.size"))
        return nil
    }

    /// `30`, `30天`, `每30天`, `每月` (30), `每两周` is not guessed.
    static func rotationValue(_ r: inout FieldReader) -> Int? {
        guard let text = r.string("rotation", label: "更换周期") else { return nil }
        var t = text.replacingOccurrences(of: " ", with: "")
        switch t {
        case "每月", "一个月", "1个月", "月": return 30
        case "每周", "一周", "1周": return 7
        case "每季度", "季度", "每季": return 91
        case "半月", "每半月", "半个月": return 15
        default: break
        }
        if t.hasPrefix("每") { t.removeFirst() }
        if t.hasSuffix("天") || t.hasSuffix("日") { t.removeLast() }
        let digits = !t.isEmpty && t.allSatisfy { $0.isASCII && $0.isNumber }
        guard digits else {
            r.report(.error(r.location(of: "rotation"), "更换周期应为天数，如 30 或“每30天”（写的是“\(text)”）(rotation: a number of days)", key: "board.rotation"))
            return nil
        }
        guard t.count <= 6, let n = Int(t), (1...maximumRotationDays).contains(n) else {
            r.report(.error(r.location(of: "rotation"), "更换周期应在 1—\(maximumRotationDays) 天之间（写的是“\(text)”）(rotation: 1–\(maximumRotationDays) days)", key: "board.rotation"))
            return nil
        }
        return n
    }
}

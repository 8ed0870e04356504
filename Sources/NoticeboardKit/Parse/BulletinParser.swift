import Markdown

/// Reads a briefing file (front matter + Markdown body) into a `Bulletin`.
public enum BulletinParser {
    static let specs = [
        FieldSpec("title", "标题", "报头"),
        FieldSpec("issue", "期号", "期数"),
        FieldSpec("total_issue", "总期号", "总期数"),
        FieldSpec("date", "日期", "印发日期"),
        FieldSpec("publisher", "编印单位", "主办", "编印"),
        FieldSpec("editor", "编辑", "责任编辑"),
        FieldSpec("distribution", "报送", "发送范围"),
        FieldSpec("copies", "印数", "份数"),
        FieldSpec("digest", "自动摘要", "摘要"),
        FieldSpec("draft", "草稿"),
        FieldSpec("slug", "网址名"),
    ]

    public static func parse(_ file: SourceFile) -> (Bulletin?, [Diagnostic]) {
        let document: ParsedDocument
        switch ParsedDocument.parse(file) {
        case .success(let d): document = d
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(document.header, specs: specs, at: file.location(), what: "简报 (bulletin)")
        let title = r.string("title", label: "标题", required: true)
        let issue = number(&r, "issue", label: "期号", prefix: "第", required: true)
        let total = number(&r, "total_issue", label: "总期号", prefix: "总第", required: false)
        let date = r.date("date", label: "日期", required: true)
        let publisher = r.string("publisher", label: "编印单位")
        let editor = r.string("editor", label: "编辑")
        let distribution = r.strings("distribution", label: "报送").map(\.0)
        let copies = number(&r, "copies", label: "印数", prefix: "共印", suffix: "份", required: false)
        let digest = r.bool("digest", label: "自动摘要") ?? false
        let draft = r.bool("draft", label: "草稿") ?? false
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)
        var bulletin: Bulletin?
        if let title, let issue, let date {
            bulletin = Bulletin(source: file.location(), slug: slug, title: title, issue: issue, issueLocation: r.location(of: "issue"),
                                totalIssue: total, totalIssueLocation: total == nil ? nil : r.location(of: "total_issue"),
                                date: date, publisher: publisher, editor: editor, distribution: distribution, copies: copies,
                                digest: digest, draft: draft, body: document.body, bodyLine: document.bodyLine)
        }
        return (bulletin, r.diagnostics.items + document.diagnostics)
    }

    /// A whole number ≥ 1, written `9`, `第9期`, `总第57期` or `共印80份`.
    static func number(_ r: inout FieldReader, _ key: String, label: String, prefix: String, suffix: String = "期", required: Bool) -> Int? {
        guard let text = r.string(key, label: label, required: required) else { return nil }
        var t = text.trimmingCharacters(in: .whitespaces)
        for p in [prefix, "第"] where t.hasPrefix(p) { t = String(t.dropFirst(p.count)) }
        if t.hasSuffix(suffix) { t = String(t.dropLast(suffix.count)) }
        let digits = String(t.map { c -> Character in
            guard let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v) else { return c }
            return Character(UnicodeScalar(v - 0xFF10 + 0x30)!)
        }).trimmingCharacters(in: .whitespaces)
        if digits.count > 7, digits.allSatisfy({ $0.isASCII && $0.isNumber }) || Int(digits) != nil {
            r.report(.error(r.location(of: key), "“\(label)”不能超过 \(FieldReader.defaultMaximum) (\(key): at most \(FieldReader.defaultMaximum))", key: "number.range"))
            return nil
        }
        guard let n = Int(digits) ?? ChineseNumber.value(digits), n >= 1 else {
            r.report(.error(r.location(of: key), "“\(label)”应为正整数，如 9 或 \(prefix)9\(suffix)（写的是“\(text)”）(\(key): expected a whole number ≥ 1)", key: "number.invalid"))
            return nil
        }
        return n
    }
}

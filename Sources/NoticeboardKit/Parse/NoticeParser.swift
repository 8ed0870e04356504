import Markdown

/// Reads a notice file (front matter + Markdown body) into a `Notice`.
public enum NoticeParser {
    static let specs = [
        FieldSpec("title", "标题"),
        FieldSpec("kind", "类型", "种类"),
        FieldSpec("date", "日期", "发布日期"),
        FieldSpec("expires", "截止日期", "有效期至", "过期日期"),
        FieldSpec("publicity", "公示", "公示期"),
        FieldSpec("signed_by", "落款", "发布单位"),
        FieldSpec("number", "文号"),
        FieldSpec("pinned", "置顶"),
        FieldSpec("draft", "草稿"),
        FieldSpec("slug", "网址名"),
    ]
    static let publicitySpecs = [
        FieldSpec("from", "开始", "起", "开始日期"),
        FieldSpec("to", "结束", "止", "结束日期"),
        FieldSpec("days", "天数"),
        FieldSpec("contact", "联系人", "联系方式", "联系电话"),
        FieldSpec("objection", "异议", "反映方式", "意见反馈"),
    ]

    public static func parse(_ file: SourceFile) -> (Notice?, [Diagnostic]) {
        let document: ParsedDocument
        switch ParsedDocument.parse(file) {
        case .success(let d): document = d
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(document.header, specs: specs, at: file.location(), what: "通知 (notice)")
        let title = r.string("title", label: "标题", required: true)
        var kind: NoticeKind?
        if let kindText = r.string("kind", label: "类型", required: true) {
            kind = NoticeKind(text: kindText)
            if kind == nil {
                r.report(.error(r.location(of: "kind"),
                                "未知的通知类型“\(kindText)”，可用：\(NoticeKind.allCases.map(\.rawValue).joined(separator: "、"))\(Suggestion.hint(for: kindText, in: NoticeKind.allNames)) (unknown notice kind)",
                                key: "notice.kind"))
            }
        }
        let date = r.date("date", label: "日期", required: true)
        let expires = r.date("expires", label: "截止日期")
        var publicity: PublicityPeriod?
        if r.has("publicity") {
            publicity = PublicityParser.parse(&r, key: "publicity", defaultStart: date)
        } else if kind == .publicity {
            r.report(.warning(r.location, "公示缺少公示期（publicity: from/to 或 days）(a 公示 notice should give its publicity period)", key: "notice.publicity-missing"))
        }
        if let date, let expires, expires < date {
            r.report(.error(r.location(of: "expires"), "截止日期 \(expires) 早于发布日期 \(date) (expires before the notice's date)", key: "date.order"))
        }
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)
        let notice: Notice?
        if let title, let kind, let date {
            notice = Notice(source: file.location(), slug: slug, title: title, kind: kind, date: date, expires: expires,
                            publicity: publicity, signedBy: r.string("signed_by", label: "落款"), number: r.string("number", label: "文号"),
                            pinned: r.bool("pinned", label: "置顶") ?? false, draft: r.bool("draft", label: "草稿") ?? false,
                            body: document.body, bodyLine: document.bodyLine)
        } else {
            _ = r.string("signed_by"); _ = r.string("number"); _ = r.bool("pinned"); _ = r.bool("draft")
            notice = nil
        }
        return (notice, r.diagnostics.items + document.diagnostics)
    }
}

/// Reads a `publicity` block: `from`/`to` dates or `days`, a contact, and how to object.
public enum PublicityParser {
    public static func parse(_ r: inout FieldReader, key: String, defaultStart: LocalDate?) -> PublicityPeriod? {
        guard var p = r.nested(key, specs: NoticeParser.publicitySpecs, label: "公示期") else { return nil }
        let from = p.date("from", label: "公示开始") ?? defaultStart
        var to = p.date("to", label: "公示结束")
        if let days = p.int("days", label: "公示天数", minimum: 1, maximum: 365) {
            if to != nil {
                p.report(.warning(p.location(of: "days"), "同时给了结束日期和天数，以结束日期为准 (both 'to' and 'days' given; 'to' wins)", key: "publicity.both"))
            } else if let from {
                to = from.adding(days: days - 1)
            }
        }
        if to == nil, !p.has("to"), !p.has("days") {
            p.report(.error(p.location, "公示期需要结束日期（to）或天数（days）(publicity needs 'to' or 'days')", key: "publicity.end-missing"))
        }
        let contact = p.string("contact", label: "联系人")
        let objection = p.string("objection", label: "异议方式")
        r.absorb(p)
        guard let from, let to else { return nil }
        if to < from {
            r.report(.error(p.location(of: "to"), "公示结束日期 \(to) 早于开始日期 \(from) (publicity ends before it starts)", key: "date.order"))
            return nil
        }
        return PublicityPeriod(from: from, to: to, contact: contact, objection: objection)
    }
}

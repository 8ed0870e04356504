/// The Mustache contexts of briefings: masthead data, body, distribution footer and the automatic digest.
extension PageContext {
    /// One briefing for lists, its page and its print sheet. `ledger` is given for the digest (nil leaves it off).
    public func bulletin(_ b: Bulletin, from outputPath: String, ledger: Ledger?) -> [String: Any] {
        var c: [String: Any] = [
            "slug": b.slug, "title": b.title, "issue": b.issue, "issueText": b.issueText, "numberText": b.numberText,
            "year": b.date.year, "date": b.date.description, "dateChinese": b.date.chinese,
            "publisher": b.publisher ?? site.profile.committee,
            "href": URLPath.link(from: outputPath, to: b.path),
            "printHref": URLPath.link(from: outputPath, to: b.printPath),
            "body": html(b.body, file: b.source.path, outputPath: outputPath),
        ]
        if let t = b.totalIssue { c["totalIssue"] = t }
        if let h = b.headline { c["headline"] = h }
        if let e = b.editor { c["editor"] = e }
        if let n = b.copies { c["copies"] = n }
        PageContext.list(&c, "distribution", b.distribution.map(Self.distributionLine))
        if b.digest, let ledger {
            c["digest"] = bulletinDigest(b, ledger: ledger, from: outputPath)
        }
        return c
    }

    /// `报：和平街道文明办` → label `报`, text `和平街道文明办`; a line without a label keeps its text.
    static func distributionLine(_ line: String) -> [String: Any] {
        let t = line.trimmingCharacters(in: .whitespaces)
        for label in ["报", "送", "发", "抄送", "抄报"] {
            for colon in ["：", ":"] where t.hasPrefix(label + colon) {
                return ["label": label, "text": String(t.dropFirst(label.count + colon.count)).trimmingCharacters(in: .whitespaces)]
            }
        }
        return ["label": false, "text": t]
    }

    /// The automatic digest: the month's activities (up to the briefing's date), honours named and notices published.
    func bulletinDigest(_ b: Bulletin, ledger: Ledger, from outputPath: String) -> [String: Any] {
        let month = YearMonth(b.date)
        let first = month.firstDay
        let activities = ledger.held.filter { first <= $0.date && $0.date <= b.date }.reversed()
        let honours = site.honours.filter { roll in
            guard roll.list == .red, let named = roll.namedOn, first <= named, named <= b.date else { return false }
            return [.current, .expired].contains(roll.state(on: site.buildDate))
        }.sorted { ($0.namedOn!, $0.slug) < ($1.namedOn!, $1.slug) }
        let notices = site.notices.filter { first <= $0.date && $0.date <= b.date }.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }
        var c: [String: Any] = ["month": "\(month.month)月", "monthChinese": month.chinese]
        let totals = LedgerTotals(activities)
        c["totals"] = Self.totals(totals)
        PageContext.list(&c, "activities", activities.map { a -> [String: Any] in
            var row = activity(a, from: outputPath)
            row["numbers"] = [a.participants.map { "\($0) 人参加" }, a.volunteerHours.map { "志愿服务 \(Self.hoursText($0)) 小时" }]
                .compactMap { $0 }.joined(separator: "，")
            return row
        })
        PageContext.list(&c, "honours", honours.map { ["title": $0.title, "named": $0.namedOn!.chinese, "entryCount": $0.red.count,
                                                        "href": URLPath.link(from: outputPath, to: $0.path)] })
        PageContext.list(&c, "notices", notices.map { ["title": $0.title, "kind": $0.kind.rawValue, "date": $0.date.chinese,
                                                       "href": URLPath.link(from: outputPath, to: $0.path)] })
        return c
    }
}

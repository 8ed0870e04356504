/// The Mustache context of one notice, for its page, lists, the home page and the print sheet.
extension PageContext {
    public func notice(_ n: Notice, from outputPath: String) -> [String: Any] {
        let today = site.buildDate
        let currency = n.currency(on: today)
        var c: [String: Any] = [
            "title": n.title,
            "kind": n.kind.rawValue,
            "kindClass": Self.kindClass(n.kind),
            "date": n.date.description,
            "dateChinese": n.date.chinese,
            "signDate": n.date.chineseNumerals,
            "signedBy": n.signedBy ?? site.profile.committee,
            "href": URLPath.link(from: outputPath, to: n.path),
            "printHref": URLPath.link(from: outputPath, to: n.printPath),
            "pinned": n.pinned,
            "draft": n.draft,
            "current": currency == .current,
            "upcoming": currency == .upcoming,
            "archived": currency == .archived,
            "status": Self.statusLabel(currency),
        ]
        if let e = n.expires { c["expires"] = e.description; c["expiresChinese"] = e.chinese }
        if let number = n.number { c["number"] = number }
        if let p = n.publicity { c["publicity"] = publicity(p) }
        return c
    }

    public func publicity(_ p: PublicityPeriod) -> [String: Any] {
        let today = site.buildDate
        var c: [String: Any] = [
            "from": p.from.description, "to": p.to.description,
            "fromChinese": p.from.chinese, "toChinese": p.to.chinese,
            "days": p.days,
            "running": p.isRunning(on: today),
            "notStarted": today < p.from,
            "ended": p.to < today,
        ]
        if let left = p.daysLeft(on: today), p.isRunning(on: today) {
            c["daysLeft"] = left
            c["lastDay"] = left == 1
        }
        if let v = p.contact { c["contact"] = v }
        if let v = p.objection { c["objection"] = v }
        return c
    }

    static func statusLabel(_ c: Currency) -> String {
        switch c {
        case .upcoming: return "即将发布"
        case .current: return "有效"
        case .archived: return "已归档"
        }
    }

    static func kindClass(_ k: NoticeKind) -> String {
        switch k {
        case .notification: return "notification"
        case .announcement: return "announcement"
        case .publicity: return "publicity"
        case .proposal: return "proposal"
        case .letter: return "letter"
        }
    }
}

/// The Mustache context of an honour roll and its entries; black-list subjects only ever enter it masked.
extension PageContext {
    public func honourRoll(_ roll: HonourRoll, from out: String) -> [String: Any] {
        let today = site.buildDate
        let state = roll.state(on: today)
        var c: [String: Any] = [
            "title": roll.title,
            "listLabel": roll.list.label,
            "isRed": roll.list == .red,
            "isBlack": roll.list == .black,
            "category": roll.category,
            "year": roll.year,
            "href": URLPath.link(from: out, to: roll.path),
            "printHref": URLPath.link(from: out, to: roll.printPath),
            "paper": roll.list == .red ? "A3" : "A4",
            "state": state.rawValue,
            "stateLabel": Self.stateLabel(state, roll: roll),
            "inPublicity": state == .inPublicity,
            "awaiting": state == .awaitingConfirmation,
            "current": state == .current,
            "expired": state == .expired,
            "revoked": state == .revoked,
            "signedBy": roll.signedBy ?? site.profile.committee,
            "signDate": ((state == .inPublicity || state == .awaitingConfirmation ? roll.publicity?.from : roll.namedOn) ?? today).chineseNumerals,
            "yearHref": URLPath.link(from: out, to: "honours/years/\(roll.year)/"),
            "categoryHref": URLPath.link(from: out, to: Self.categoryPath(roll.category)),
        ]
        if let p = roll.publicity {
            c["publicity"] = publicity(p)
            if today >= p.from { c["noticeHref"] = URLPath.link(from: out, to: "notices/\(roll.slug)-公示/") }
        }
        if let named = roll.namedOn, state != .inPublicity, state != .awaitingConfirmation {
            c["namedOn"] = named.chinese
        }
        if let end = roll.termEnds, state != .inPublicity, state != .awaitingConfirmation {
            c["termEnds"] = end.chinese
            c["termEndsISO"] = end.description
        }
        if let years = roll.termYears { c["termYears"] = years }
        if let number = roll.number { c["number"] = number }
        if let r = roll.revocation, r.date <= today {
            c["revocation"] = ["date": r.date.description, "dateChinese": r.date.chinese, "reason": r.reason]
        }
        let activeRed = roll.red.filter { !$0.isRevoked(on: today) }
        let revokedRed = roll.red.filter { $0.isRevoked(on: today) }
        Self.list(&c, "entries", activeRed.enumerated().map { redEntry($1, index: $0 + 1, roll: roll, from: out) })
        Self.list(&c, "revokedEntries", revokedRed.map { redEntry($0, index: nil, roll: roll, from: out) })
        let retention = site.profile.rectifiedRetentionDays
        let visibleBlack = roll.black.filter { $0.isVisible(on: today, retentionDays: retention) }
        Self.list(&c, "cases", visibleBlack.enumerated().map { blackEntry($1, index: $0 + 1, roll: roll, from: out) })
        c["removedCount"] = roll.black.count - visibleBlack.count
        c["hasRemoved"] = roll.black.count > visibleBlack.count
        c["retentionDays"] = retention
        c["entryCount"] = roll.list == .red ? activeRed.count : visibleBlack.count
        c["openCount"] = visibleBlack.filter { $0.rectified == nil }.count
        return c
    }

    func redEntry(_ e: RedEntry, index: Int?, roll: HonourRoll, from out: String) -> [String: Any] {
        var c: [String: Any] = ["name": e.name]
        if let index { c["index"] = index }
        if let v = e.household { c["household"] = v }
        if let v = e.building { c["building"] = v }
        if let d = e.deeds { c["deeds"] = html(d, file: roll.source.path, outputPath: out) }
        if let p = e.photo, let href = mediaHref(p, file: roll.source.path, from: out) { c["photo"] = href }
        if let r = e.revocation, r.date <= site.buildDate {
            c["revocation"] = ["date": r.date.description, "dateChinese": r.date.chinese, "reason": r.reason]
        }
        return c
    }

    /// A black-list case: only masked subjects go in.
    func blackEntry(_ e: BlackEntry, index: Int, roll: HonourRoll, from out: String) -> [String: Any] {
        var c: [String: Any] = ["index": index, "behaviour": e.behaviour, "rectified": e.rectified != nil]
        if let v = e.place { c["place"] = v }
        if let d = e.date { c["date"] = d.description; c["dateChinese"] = d.chinese }
        let who = [e.maskedName, e.maskedPlate].compactMap { $0 }
        if !who.isEmpty { c["subject"] = who.joined(separator: " ") }
        if let v = e.maskedPhone { c["phone"] = v }
        if let p = e.photo, e.photoRedacted, let href = mediaHref(p, file: roll.source.path, from: out) { c["photo"] = href }
        if let r = e.rectified {
            c["rectifiedOn"] = r.chinese
            c["rectifiedISO"] = r.description
        }
        if let v = e.rectification { c["rectification"] = v }
        return c
    }

    func mediaHref(_ reference: String, file: String, from out: String) -> String? {
        if case .media(let path) = MediaReference.resolve(reference, from: file, media: site.media) {
            return URLPath.root(from: out) + URLPath.encode(path)
        }
        return nil
    }

    static func categoryPath(_ category: String) -> String { "honours/categories/\(Slug.fromStem(category))/" }

    static func stateLabel(_ state: RollState, roll: HonourRoll) -> String {
        switch state {
        case .nominated: return "拟命名"
        case .inPublicity: return "公示中"
        case .awaitingConfirmation: return "公示结束，待命名"
        case .current: return roll.list == .red ? "现行" : "曝光中"
        case .expired: return "往届"
        case .revoked: return "已撤销"
        }
    }
}

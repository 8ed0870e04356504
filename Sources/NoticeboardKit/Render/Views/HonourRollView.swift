/// An honour roll as its page, cards, print sheets and the home page show it. Black-list subjects only ever
/// enter it masked.
struct HonourRollView: TemplateView {
    let roll: HonourRoll
    let env: PageEnv
    /// The home page and the display show only the first names.
    var entryLimit: Int?

    var state: RollState { roll.state(on: env.today) }
    private var beforeNaming: Bool { state == .inPublicity || state == .awaitingConfirmation }
    var activeRed: [RedEntry] { roll.standingRed(on: env.today) }
    var visibleBlack: [BlackEntry] {
        roll.black.filter { $0.isVisible(on: env.today, retentionDays: env.profile.rectifiedRetentionDays) }
    }

    var entries: [RedEntryView] {
        let views = activeRed.enumerated().map { RedEntryView(entry: $1, index: $0 + 1, roll: roll, env: env) }
        return entryLimit.map { Array(views.prefix($0)) } ?? views
    }

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

    static let fields = TemplateFields<HonourRollView>([
        "title": { .text($0.roll.title) },
        "listLabel": { .text($0.roll.list.label) },
        "banner": { .text(RollWording.banner($0.roll, state: $0.state)) },
        "namedVerb": { .text(RollWording.namedVerb($0.roll)) },
        "isRed": { .flag($0.roll.list == .red) },
        "isBlack": { .flag($0.roll.list == .black) },
        "category": { .text($0.roll.category) },
        "year": { .number($0.roll.year) },
        "href": { .text($0.env.link(.roll($0.roll.slug))) },
        "printHref": { .text($0.env.link(.rollPrint($0.roll.slug))) },
        "paper": { .text($0.roll.list == .red ? "A3" : "A4") },
        "state": { .text($0.state.rawValue) },
        "stateLabel": { .text(stateLabel($0.state, roll: $0.roll)) },
        "inPublicity": { .flag($0.state == .inPublicity) },
        "awaiting": { .flag($0.state == .awaitingConfirmation) },
        "current": { .flag($0.state == .current) },
        "expired": { .flag($0.state == .expired) },
        "revoked": { .flag($0.state == .revoked) },
        "signedBy": { .text($0.roll.signedBy ?? $0.env.profile.committee) },
        "signDate": { v in .text(((v.beforeNaming ? v.roll.publicity?.from : v.roll.namedOn) ?? v.env.today).chineseNumerals) },
        "yearHref": { .text($0.env.link(.honourYear($0.roll.year))) },
        "categoryHref": { .text($0.env.link(.honourCategory($0.roll.category))) },
        "publicity": { v in
            v.roll.publicity.map { .view(PublicityView(period: $0, today: v.env.today, objectionInBody: PublicityWording.asksForObjections(v.roll.introText ?? ""))) }
        },
        "noticeHref": { v in
            guard let p = v.roll.publicity, v.env.today >= p.from else { return nil }
            return .text(v.env.link(.publicityNotice(rollSlug: v.roll.slug)))
        },
        "namedOn": { v in v.beforeNaming ? nil : v.roll.namedOn?.chinese.template },
        "termEnds": { v in v.beforeNaming ? nil : v.roll.termEnds?.chinese.template },
        "termEndsISO": { v in v.beforeNaming ? nil : v.roll.termEnds?.description.template },
        "termYears": { $0.roll.termYears.template },
        "number": { $0.roll.number.template },
        "revocation": { v in
            guard let r = v.roll.revocation, r.date <= v.env.today else { return nil }
            return .view(RevocationView(revocation: r))
        },
        "entries": { .views($0.entries) },
        "hasEntries": { .flag(!$0.activeRed.isEmpty) },
        "more": { v in v.entryLimit.map { .flag(v.activeRed.count > $0) } },
        "revokedEntries": { v in
            .views(v.roll.red.filter { $0.isRevoked(on: v.env.today) }.map { RedEntryView(entry: $0, index: nil, roll: v.roll, env: v.env) })
        },
        "hasRevokedEntries": { v in .flag(v.roll.red.contains { $0.isRevoked(on: v.env.today) }) },
        "cases": { v in .views(v.visibleBlack.enumerated().map { BlackEntryView(entry: $1, index: $0 + 1, roll: v.roll, env: v.env) }) },
        "hasCases": { .flag(!$0.visibleBlack.isEmpty) },
        "removedCount": { .number($0.roll.black.count - $0.visibleBlack.count) },
        "hasRemoved": { .flag($0.roll.black.count > $0.visibleBlack.count) },
        "retentionDays": { .number($0.env.profile.rectifiedRetentionDays) },
        "entryCount": { .number($0.roll.list == .red ? $0.activeRed.count : $0.visibleBlack.count) },
        "openCount": { .number($0.visibleBlack.count { $0.rectified == nil }) },
    ])
}

/// A revocation: when and why.
struct RevocationView: TemplateView {
    let revocation: Revocation

    static let fields = TemplateFields<RevocationView>([
        "date": { .text($0.revocation.date.description) },
        "dateChinese": { .text($0.revocation.date.chinese) },
        "reason": { .text($0.revocation.reason) },
    ])
}

/// One name on a red list.
struct RedEntryView: TemplateView {
    let entry: RedEntry
    let index: Int?
    let roll: HonourRoll
    let env: PageEnv

    static let fields = TemplateFields<RedEntryView>([
        "name": { .text($0.entry.name) },
        "index": { $0.index.template },
        "household": { $0.entry.household.template },
        "building": { $0.entry.building.template },
        "deeds": { v in v.entry.deeds.map { .text(v.env.html($0, file: v.roll.source.path)) } },
        "photo": { v in v.entry.photo.flatMap { v.env.mediaHref($0, file: v.roll.source.path) }.template },
        "revocation": { v in
            guard let r = v.entry.revocation, r.date <= v.env.today else { return nil }
            return .view(RevocationView(revocation: r))
        },
    ])
}

/// One case on a black list: only masked subjects.
struct BlackEntryView: TemplateView {
    let entry: BlackEntry
    let index: Int
    let roll: HonourRoll
    let env: PageEnv

    static let fields = TemplateFields<BlackEntryView>([
        "index": { .number($0.index) },
        "behaviour": { .text($0.entry.behaviour) },
        "rectified": { .flag($0.entry.rectified != nil) },
        "place": { $0.entry.place.template },
        "date": { $0.entry.date?.description.template },
        "dateChinese": { $0.entry.date?.chinese.template },
        "subject": { v in
            let who = [v.entry.maskedName, v.entry.maskedPlate].compactMap { $0 }
            return who.isEmpty ? nil : .text(who.joined(separator: " "))
        },
        "phone": { $0.entry.maskedPhone.template },
        "photo": { v in
            guard let p = v.entry.photo, v.entry.photoRedacted else { return nil }
            return v.env.mediaHref(p, file: v.roll.source.path).template
        },
        "rectifiedOn": { $0.entry.rectified?.chinese.template },
        "rectifiedISO": { $0.entry.rectified?.description.template },
        "rectification": { $0.entry.rectification.template },
    ])
}

import Foundation

/// One briefing for lists, its page and its print sheet.
struct BulletinView: TemplateView {
    let bulletin: Bulletin
    let env: PageEnv
    /// The digest needs the ledger; nil leaves it off (lists and the home page).
    var ledger: Ledger?
    var showsBody = true
    /// The home page links to the index from inside this view.
    var bulletinsHref: String?

    static let fields = TemplateFields<BulletinView>([
        "slug": { .text($0.bulletin.slug) },
        "title": { .text($0.bulletin.title) },
        "issue": { .number($0.bulletin.issue) },
        "issueText": { .text($0.bulletin.issueText) },
        "numberText": { .text($0.bulletin.numberText) },
        "year": { .number($0.bulletin.date.year) },
        "date": { .text($0.bulletin.date.description) },
        "dateChinese": { .text($0.bulletin.date.chinese) },
        "publisher": { .text($0.bulletin.publisher ?? $0.env.profile.committee) },
        "href": { .text($0.env.link(.bulletin($0.bulletin.slug))) },
        "printHref": { .text($0.env.link(.bulletinPrint($0.bulletin.slug))) },
        "body": { v in v.showsBody ? .text(v.env.html(v.bulletin.body, file: v.bulletin.source.path)) : nil },
        "totalIssue": { $0.bulletin.totalIssue.template },
        "headline": { $0.bulletin.headline.template },
        "editor": { $0.bulletin.editor.template },
        "copies": { $0.bulletin.copies.template },
        "distribution": { .views($0.bulletin.distribution.map(DistributionLine.init)) },
        "hasDistribution": { .flag(!$0.bulletin.distribution.isEmpty) },
        "digest": { v in
            guard v.bulletin.digest, let ledger = v.ledger else { return nil }
            return .view(BulletinDigestView(bulletin: v.bulletin, ledger: ledger, env: v.env))
        },
        "bulletinsHref": { $0.bulletinsHref.template },
    ])
}

/// `报：和平街道文明办` → label `报`, text `和平街道文明办`; a line without a label keeps its text.
struct DistributionLine: TemplateView {
    let label: String?
    let text: String

    init(_ line: String) {
        let t = line.trimmingCharacters(in: .whitespaces)
        for label in ["报", "送", "发", "抄送", "抄报"] {
            for colon in ["：", ":"] where t.hasPrefix(label + colon) {
                self.label = label
                text = String(t.dropFirst(label.count + colon.count)).trimmingCharacters(in: .whitespaces)
                return
            }
        }
        label = nil
        text = t
    }

    static let fields = TemplateFields<DistributionLine>([
        "label": { $0.label.map { .text($0) } ?? .flag(false) },
        "text": { .text($0.text) },
    ])
}

/// The automatic digest: the month's activities (up to the briefing's date), honours named and notices published.
struct BulletinDigestView: TemplateView {
    let bulletin: Bulletin
    let ledger: Ledger
    let env: PageEnv

    var month: YearMonth { YearMonth(bulletin.date) }
    var activities: [Activity] {
        let first = month.firstDay
        return ledger.held.filter { first <= $0.date && $0.date <= bulletin.date }.reversed()
    }
    var honours: [HonourRoll] {
        let first = month.firstDay, date = bulletin.date, today = env.today
        return env.reader.honours.filter { roll in
            guard roll.list == .red, let named = roll.namedOn, first <= named, named <= date else { return false }
            return [.current, .expired].contains(roll.state(on: today))
        }.sorted { ($0.namedOn!, $0.slug) < ($1.namedOn!, $1.slug) }
    }
    var notices: [Notice] {
        let first = month.firstDay, date = bulletin.date
        return env.reader.notices.filter { first <= $0.date && $0.date <= date }.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }
    }

    static let fields = TemplateFields<BulletinDigestView>([
        "month": { .text("\($0.month.month)月") },
        "monthChinese": { .text($0.month.chinese) },
        "totals": { .view(TotalsView(totals: LedgerTotals($0.activities))) },
        "activities": { v in
            .views(v.activities.map { a in
                let numbers = [a.participants.map { "\($0) 人参加" }, a.volunteerHours.map { "志愿服务 \(ActivityView.hoursText($0)) 小时" }]
                    .compactMap { $0 }.joined(separator: "，")
                return ActivityView(activity: a, env: v.env, numbers: numbers)
            })
        },
        "hasActivities": { .flag(!$0.activities.isEmpty) },
        "honours": { v in
            .views(v.honours.map { DigestHonourView(roll: $0, href: v.env.link(.roll($0.slug)), today: v.env.today) })
        },
        "hasHonours": { .flag(!$0.honours.isEmpty) },
        "notices": { v in .views(v.notices.map { DigestNoticeView(notice: $0, href: v.env.link(.notice($0.slug))) }) },
        "hasNotices": { .flag(!$0.notices.isEmpty) },
    ])
}

/// A red list named in the digest's month.
struct DigestHonourView: TemplateView {
    let roll: HonourRoll
    let href: String
    let today: LocalDate

    static let fields = TemplateFields<DigestHonourView>([
        "title": { .text($0.roll.title) },
        "named": { .text($0.roll.namedOn!.chinese) },
        "entryCount": { .number($0.roll.standingRed(on: $0.today).count) },
        "href": { .text($0.href) },
    ])
}

/// A notice published in the digest's month.
struct DigestNoticeView: TemplateView {
    let notice: Notice
    let href: String

    static let fields = TemplateFields<DigestNoticeView>([
        "title": { .text($0.notice.title) },
        "kind": { .text($0.notice.kind.rawValue) },
        "date": { .text($0.notice.date.chinese) },
        "href": { .text($0.href) },
    ])
}

/// A briefing's page and its print sheet.
struct BulletinPage: TemplateView {
    let chrome: PageChrome
    let bulletin: BulletinView
    var sheet: PrintSheet?

    static let fields = TemplateFields<BulletinPage>([
        "bulletin": { .view($0.bulletin) },
    ]).adding(PageChrome.fields) { $0.chrome }
      .adding(PrintSheet.fields) { $0.sheet }
}

/// The briefings index by year.
struct BulletinsIndexPage: TemplateView {
    let chrome: PageChrome
    let years: [BulletinYearView]

    static let fields = TemplateFields<BulletinsIndexPage>([
        "years": { .views($0.years) },
        "hasYears": { .flag(!$0.years.isEmpty) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The briefings of one year.
struct BulletinYearView: TemplateView {
    let year: Int
    let bulletins: [BulletinView]

    static let fields = TemplateFields<BulletinYearView>([
        "year": { .number($0.year) },
        "bulletins": { .views($0.bulletins) },
    ])
}

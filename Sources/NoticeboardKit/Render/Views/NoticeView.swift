/// One notice as lists, its page, the home page and its print sheet show it.
struct NoticeView: TemplateView {
    let notice: Notice
    let env: PageEnv

    var currency: Currency { notice.currency(on: env.today) }

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

    static let fields = TemplateFields<NoticeView>([
        "title": { .text($0.notice.title) },
        "kind": { .text($0.notice.kind.rawValue) },
        "kindClass": { .text(kindClass($0.notice.kind)) },
        "date": { .text($0.notice.date.description) },
        "dateChinese": { .text($0.notice.date.chinese) },
        "signDate": { .text($0.notice.date.chineseNumerals) },
        "signedBy": { .text($0.notice.signedBy ?? $0.env.profile.committee) },
        "href": { .text($0.env.link(.notice($0.notice.slug))) },
        "printHref": { .text($0.env.link(.noticePrint($0.notice.slug))) },
        "pinned": { .flag($0.notice.pinned) },
        "draft": { .flag($0.notice.draft) },
        "current": { .flag($0.currency == .current) },
        "upcoming": { .flag($0.currency == .upcoming) },
        "archived": { .flag($0.currency == .archived) },
        "status": { .text(statusLabel($0.currency)) },
        "expires": { $0.notice.expires?.description.template },
        "expiresChinese": { $0.notice.expires?.chinese.template },
        "number": { $0.notice.number.template },
        "publicity": { v in
            v.notice.publicity.map { .view(PublicityView(period: $0, today: v.env.today, objectionInBody: PublicityWording.asksForObjections(v.notice.body.plainText))) }
        },
    ])
}

/// A publicity period (公示期) with the days left at the build date.
struct PublicityView: TemplateView {
    let period: PublicityPeriod
    let today: LocalDate
    /// The text already asks for objections: the automatic 如有异议 paragraph is left out.
    var objectionInBody = false

    var daysLeft: Int? {
        guard period.isRunning(on: today) else { return nil }
        return period.daysLeft(on: today)
    }

    static let fields = TemplateFields<PublicityView>([
        "from": { .text($0.period.from.description) },
        "to": { .text($0.period.to.description) },
        "fromChinese": { .text($0.period.from.chinese) },
        "toChinese": { .text($0.period.to.chinese) },
        "days": { .number($0.period.days) },
        "running": { .flag($0.period.isRunning(on: $0.today)) },
        "notStarted": { .flag($0.today < $0.period.from) },
        "ended": { .flag($0.period.to < $0.today) },
        "daysLeft": { $0.daysLeft.template },
        "lastDay": { v in v.daysLeft.map { .flag($0 == 1) } },
        "contact": { $0.period.contact.template },
        "objection": { $0.period.objection.template },
        "objectionInBody": { .flag($0.objectionInBody) },
    ])
}

/// A notice's own page, and its A4 print sheet (with `sheet`).
struct NoticePage: TemplateView {
    let chrome: PageChrome
    let notice: NoticeView
    let body: String
    var sheet: PrintSheet?

    static let fields = TemplateFields<NoticePage>([
        "notice": { .view($0.notice) },
        "body": { .text($0.body) },
    ]).adding(PageChrome.fields) { $0.chrome }
      .adding(PrintSheet.fields) { $0.sheet }
}

/// The index of current notices: pinned first, then the newest others, then those still to come; older current
/// notices are reached through their year's page, so one edit never re-renders a list of thousands.
struct NoticeIndexPage: TemplateView {
    let chrome: PageChrome
    let pinned: [NoticeView]
    let current: [NoticeView]
    let upcoming: [NoticeView]
    let archivedCount: Int
    let archiveHref: String
    /// Current notices beyond the index's limit, and the years they are in.
    var moreCount = 0
    var moreYears: [LinkedYear] = []

    static let fields = TemplateFields<NoticeIndexPage>([
        "pinned": { .views($0.pinned) },
        "hasPinned": { .flag(!$0.pinned.isEmpty) },
        "current": { .views($0.current) },
        "hasCurrent": { .flag(!$0.current.isEmpty) },
        "upcoming": { .views($0.upcoming) },
        "hasUpcoming": { .flag(!$0.upcoming.isEmpty) },
        "archivedCount": { .number($0.archivedCount) },
        "archiveHref": { .text($0.archiveHref) },
        "hasMore": { .flag($0.moreCount > 0) },
        "moreCount": { .number($0.moreCount) },
        "moreYears": { .views($0.moreYears) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The archive: the years that have notices no longer current, with how many, each linked to its page.
struct NoticeArchivePage: TemplateView {
    let chrome: PageChrome
    let years: [ArchiveYearLink]

    static let fields = TemplateFields<NoticeArchivePage>([
        "years": { .views($0.years) },
        "hasYears": { .flag(!$0.years.isEmpty) },
        "empty": { .flag($0.years.isEmpty) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A year on the archive page.
struct ArchiveYearLink: TemplateView {
    let year: Int
    let count: Int
    let href: String

    static let fields = TemplateFields<ArchiveYearLink>([
        "year": { .number($0.year) },
        "count": { .number($0.count) },
        "href": { .text($0.href) },
    ])
}

/// One year's page: its archived notices, and its current ones older than the index shows.
struct NoticeYearPage: TemplateView {
    let chrome: PageChrome
    let year: Int
    let notices: [NoticeView]
    let archiveHref: String

    static let fields = TemplateFields<NoticeYearPage>([
        "year": { .number($0.year) },
        "notices": { .views($0.notices) },
        "archiveHref": { .text($0.archiveHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The home page: running publicity periods, pinned and latest notices, what is coming, the red list, the newest
/// briefing, how to reach the committee.
struct HomePageView: TemplateView {
    let chrome: PageChrome
    let pinned: [NoticeView]
    let publicityNotices: [NoticeView]
    let latest: [NoticeView]
    let upcomingNotices: [NoticeView]
    let upcomingActivities: [ActivityView]
    let latestHonour: HonourRollView?
    let latestBulletin: BulletinView?
    let noticesHref: String
    let feedHref: String
    let ledgerHref: String
    let calendarHref: String
    let honoursHref: String?
    /// Boards with their current issue, conventions and coming festival days (the 宣传栏 box); nil without any.
    var boardsBox: HomeBoardsView? = nil
    /// Venues open on the build date, with today's hours, and the link to 联系我们 (nil without venues).
    var openToday: [VenueView] = []
    var communityHref: String?

    static let fields = TemplateFields<HomePageView>([
        "boardsBox": { $0.boardsBox.map { .view($0) } },
        "pinned": { .views($0.pinned) },
        "hasPinned": { .flag(!$0.pinned.isEmpty) },
        "publicityNotices": { .views($0.publicityNotices) },
        "hasPublicityNotices": { .flag(!$0.publicityNotices.isEmpty) },
        "latest": { .views($0.latest) },
        "hasLatest": { .flag(!$0.latest.isEmpty) },
        "upcomingNotices": { .views($0.upcomingNotices) },
        "hasUpcomingNotices": { .flag(!$0.upcomingNotices.isEmpty) },
        "upcomingActivities": { .views($0.upcomingActivities) },
        "hasUpcomingActivities": { .flag(!$0.upcomingActivities.isEmpty) },
        "latestHonour": { $0.latestHonour.map { .view($0) } },
        "latestBulletin": { $0.latestBulletin.map { .view($0) } },
        "noticesHref": { .text($0.noticesHref) },
        "feedHref": { .text($0.feedHref) },
        "ledgerHref": { .text($0.ledgerHref) },
        "calendarHref": { .text($0.calendarHref) },
        "honoursHref": { $0.honoursHref.template },
        "isHome": { _ in .flag(true) },
        "openToday": { .views($0.openToday) },
        "communityHref": { $0.communityHref.template },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The hall screen's loop: its panels and pace.
struct DisplayPageView: TemplateView {
    let chrome: PageChrome
    let panels: [DisplayPanel]
    let intervalSeconds: Int
    let reloadMinutes: Int

    static let fields = TemplateFields<DisplayPageView>([
        "panels": { .views($0.panels) },
        "hasPanels": { .flag(!$0.panels.isEmpty) },
        "intervalMs": { .number(saturating($0.intervalSeconds, 1000)) },
        "intervalSeconds": { .number($0.intervalSeconds) },
        "reloadSeconds": { .number(saturating($0.reloadMinutes, 60)) },
        "panelCount": { .number($0.panels.count) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// `a × b`, or the largest integer when that overflows.
func saturating(_ a: Int, _ b: Int) -> Int {
    let (r, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? (a < 0) != (b < 0) ? Int.min : Int.max : r
}

/// One full-screen panel of the loop.
struct DisplayPanel: TemplateView {
    enum Content {
        case notices([NoticeView])
        case honours(HonourRollView)
        case activities([ActivityView])
        case slogans([String])
        case festivals([FestivalDayView])
        case convention(ConventionView)
        case boards([BoardView])
        case venues([VenueView])
    }

    let name: String
    let index: Int
    let heading: String
    let content: Content

    static let fields = TemplateFields<DisplayPanel>([
        "name": { .text($0.name) },
        "index": { .number($0.index) },
        "heading": { .text($0.heading) },
        "isNotices": { if case .notices = $0.content { return .flag(true) }; return nil },
        "notices": { if case .notices(let n) = $0.content { return .views(n) }; return nil },
        "isHonours": { if case .honours = $0.content { return .flag(true) }; return nil },
        "roll": { if case .honours(let r) = $0.content { return .view(r) }; return nil },
        "isActivities": { if case .activities = $0.content { return .flag(true) }; return nil },
        "activities": { if case .activities(let a) = $0.content { return .views(a) }; return nil },
        "isSlogans": { if case .slogans = $0.content { return .flag(true) }; return nil },
        "slogans": { if case .slogans(let s) = $0.content { return .texts(s) }; return nil },
        "isFestivals": { if case .festivals = $0.content { return .flag(true) }; return nil },
        "festivals": { if case .festivals(let f) = $0.content { return .views(f) }; return nil },
        "isConvention": { if case .convention = $0.content { return .flag(true) }; return nil },
        "convention": { if case .convention(let c) = $0.content { return .view(c) }; return nil },
        "isBoards": { if case .boards = $0.content { return .flag(true) }; return nil },
        "boards": { if case .boards(let b) = $0.content { return .views(b) }; return nil },
        "isVenues": { if case .venues = $0.content { return .flag(true) }; return nil },
        "venues": { if case .venues(let v) = $0.content { return .views(v) }; return nil },
    ])
}

/// The page for addresses that do not exist; its links are absolute from the base URL's path, since it is
/// served from any folder.
struct NotFoundPage: TemplateView {
    let chrome: PageChrome

    static let fields = TemplateFields<NotFoundPage>([:]).adding(PageChrome.fields) { $0.chrome }
}

/// The home page's 宣传栏 box: each board's current issue, the conventions, the next festival days.
struct HomeBoardsView: TemplateView {
    let boards: [BoardView]
    let conventions: [ConventionView]
    let festivals: [FestivalDayView]
    let boardsHref: String

    static let fields = TemplateFields<HomeBoardsView>([
        "boards": { .views($0.boards) },
        "hasBoards": { .flag(!$0.boards.isEmpty) },
        "conventions": { .views($0.conventions) },
        "hasConventions": { .flag(!$0.conventions.isEmpty) },
        "festivals": { .views($0.festivals) },
        "hasFestivals": { .flag(!$0.festivals.isEmpty) },
        "boardsHref": { .text($0.boardsHref) },
    ])
}

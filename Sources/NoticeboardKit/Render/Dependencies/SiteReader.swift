import Foundation

/// The questions one page group asked while its views were built (one log per group, filled on one thread).
public final class ReadLog: @unchecked Sendable {
    private(set) var queries: Set<SiteQuery> = []
    func record(_ q: SiteQuery) { queries.insert(q) }
}

/// The only way views read the site model: every accessor records what it answered in the group's `ReadLog`,
/// so a page's dependencies are what it actually showed, never a list typed in by hand.
public final class SiteReader: @unchecked Sendable {
    private let site: Site
    let log: ReadLog
    /// Plan task references resolved to their plans (shared by every group; reading it records `.plans`).
    private let tasks: PlanTaskIndex

    init(site: Site, tasks: PlanTaskIndex, log: ReadLog) {
        self.site = site
        self.tasks = tasks
        self.log = log
    }

    // Shared by every page (their changes re-render everything): the profile, the build date, the media list.
    var profile: SiteProfile { site.profile }
    var buildDate: LocalDate { site.buildDate }
    var media: Set<String> { site.media }

    /// Navigation sections with content to show, in order (shared: a section appearing re-renders every page).
    var sections: [(label: String, route: Route)] { Self.sections(of: site) }

    static func sections(of site: Site) -> [(label: String, route: Route)] {
        var s: [(label: String, route: Route)] = [("首页", .home), ("通知公告", .notices)]
        if !site.plans.isEmpty { s.append(("工作计划", .plans)) }
        if !site.activities.isEmpty { s.append(("活动台账", .ledger)) }
        if !site.honours.isEmpty { s.append(("红黑榜", .honours)) }
        if !site.bulletins.isEmpty { s.append(("简报", .bulletins)) }
        if !site.boards.isEmpty || !site.conventions.isEmpty { s.append(("宣传栏", .boards)) }
        if !site.plans.isEmpty { s.append(("工作报告", .reports)) }
        if CommunityPages.hasContent(site) { s.append(("联系我们", .community)) }
        if site.checklists.contains(where: \.isPublic) { s.append(("测评自评", .checklists)) }
        return s
    }

    /// Published notices, newest first.
    var notices: [Notice] { log.record(.notices); return site.notices }
    func notices(_ currency: Currency) -> [Notice] { log.record(.notices); return site.notices(currency) }
    /// Notices dated in `year`.
    func notices(ofYear year: Int) -> [Notice] {
        log.record(.noticesOfYear(year))
        return site.notices.filter { $0.date.year == year }
    }
    /// Years with notices in `currency`, and how many (not their text).
    func noticeYears(_ currency: Currency) -> [(year: Int, count: Int)] {
        log.record(.noticeYears)
        let years = site.notices(currency).map(\.date.year)
        return Set(years).sorted(by: >).map { y in (y, years.count { $0 == y }) }
    }
    /// The notices index: pinned, the newest `limit` other current notices, upcoming ones, and how many current ones
    /// are left over in each year (their text is not read).
    func noticeIndex(limit: Int) -> (pinned: [Notice], current: [Notice], upcoming: [Notice], more: [(year: Int, count: Int)], archived: Int) {
        log.record(.noticeIndex(limit: limit))
        let current = site.notices(.current)
        let others = current.filter { !$0.pinned }
        let rest = others.dropFirst(limit).map(\.date.year)
        let more = Set(rest).sorted(by: >).map { y in (y, rest.count { $0 == y }) }
        return (current.filter(\.pinned), Array(others.prefix(limit)), site.notices(.upcoming), more, site.notices(.archived).count)
    }
    /// One notice the page shows in full.
    func notice(_ n: Notice) -> Notice { log.record(.notice(n.slug)); return n }

    var plans: [Plan] { log.record(.plans); return site.plans }
    func plan(_ p: Plan) -> Plan { log.record(.plan(p.slug)); return p }
    /// A plan task reference (`2026-civilised#3.1`) resolved, reading the plans.
    func task(_ reference: String) -> (Plan, PlanItem)? { log.record(.plans); return tasks.resolve(reference) }

    var honours: [HonourRoll] { log.record(.honours); return site.honours }
    func roll(_ r: HonourRoll) -> HonourRoll { log.record(.roll(r.slug)); return r }

    var ledger: Ledger { log.record(.ledger); return site.ledger }

    var bulletins: [Bulletin] { log.record(.bulletins); return site.bulletins }
    func bulletin(_ b: Bulletin) -> Bulletin { log.record(.bulletin(b.slug)); return b }

    /// Publicity boards, and one board the page shows in full.
    var boards: [PublicityBoard] { log.record(.boards); return site.boards }
    func board(_ b: PublicityBoard) -> PublicityBoard { log.record(.board(b.slug)); return b }
    /// What a board issue posted, resolved to published records (each recorded as read); nil for one not published.
    func posted(_ link: BoardLink) -> (title: String, route: Route, record: BoardPosted)? {
        switch link.target {
        case .notice:
            log.record(.notice(link.slug))
            return site.notices.first { $0.slug == link.slug }.map { ($0.title, .notice($0.slug), .notice($0)) }
        case .bulletin:
            log.record(.bulletin(link.slug))
            return site.bulletins.first { $0.slug == link.slug }.map { ("\($0.title) \($0.issueText)", .bulletin($0.slug), .bulletin($0)) }
        case .roll:
            log.record(.roll(link.slug))
            return site.honours.first { $0.slug == link.slug && $0.state(on: site.buildDate).isPublic }.map { ($0.title, .roll($0.slug), .roll($0)) }
        }
    }
    var conventions: [Convention] { log.record(.conventions); return site.conventions }
    /// Festivals and theme days of every year the site covers, by date.
    var festivalDays: [FestivalDay] { log.record(.festivals); return site.festivalDays }
    var teams: [Team] { log.record(.teams); return site.teams }
    var venues: [Venue] { log.record(.venues); return site.venues }
    var volunteerRegistry: VolunteerRegistry { log.record(.volunteers); return site.volunteerRegistry }
    var surveys: [Survey] { log.record(.surveys); return site.surveys }
    func survey(_ s: Survey) -> Survey { log.record(.survey(s.slug)); return s }
    var incidents: [Incident] { log.record(.incidents); return site.incidents }
    /// A plan's targets measured at the build date (the plan page and plan.json show the report's status and value).
    func evaluations(of plan: Plan) -> [TargetEvaluation] {
        log.record(.ledger); log.record(.honours); log.record(.bulletins)
        for q: SiteQuery in [.boards, .teams, .venues, .volunteers, .surveys, .incidents] { log.record(q) }  // RecordMeasures
        let evaluator = TargetEvaluator(site: site)
        return plan.targets.map { evaluator.evaluate($0, in: plan) }
    }

    /// The public checklists (the index page); internal ones are never listed on the public site.
    var publicChecklists: [Checklist] { log.record(.checklists); return site.checklists.filter(\.isPublic) }

    /// The whole site, for a checklist's evidence (which reads every kind of record).
    func checklistSite(_ c: Checklist) -> Site {
        for q: SiteQuery in [.checklist(c.slug), .plans, .ledger, .honours, .notices, .bulletins, .boards, .teams, .venues, .volunteers, .surveys, .incidents] { log.record(q) }
        return site
    }

    /// The whole site, for a year report (which reads plans, the ledger and the honours).
    var reportSite: Site {
        log.record(.plans); log.record(.ledger); log.record(.honours)
        return site
    }
}

/// A record a board issue posted, as its print layout gathers it.
enum BoardPosted {
    case notice(Notice)
    case bulletin(Bulletin)
    case roll(HonourRoll)
}

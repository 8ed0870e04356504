/// A question a page asks of the site model (one notice, every notice, the ledger …). Views read the model only
/// through `SiteReader`, which records each question; a later build re-renders a page group only when the answer
/// to one of its recorded questions — the records in it and the bytes of the files they came from — changed.
public enum SiteQuery: Hashable, Codable, Sendable {
    case notice(String)
    case notices
    case noticesOfYear(Int)
    /// Which notices exist, their years and states at the build date, not their text (the archive's year list).
    case noticeYears
    /// The notices index: which notices are current, pinned or upcoming and in what order, and the text of those it
    /// shows in full (pinned, upcoming, the newest `limit` current ones).
    case noticeIndex(limit: Int)
    case plan(String)
    case plans
    case roll(String)
    case honours
    case ledger
    case bulletin(String)
    case bulletins
    /// Publicity boards (all, or one with the notices, briefings and rolls it posts), conventions, the festival days.
    case boards
    case board(String)
    case conventions
    case festivals
    /// The community records (`CommunityRecords`): teams, venues, the volunteer registry, surveys, one survey, incidents.
    case teams, venues, volunteers, surveys, incidents
    case survey(String)
    case checklist(String)
    /// Which checklists are public (the checklists index).
    case checklists

    /// A stable text for the query (`notice:停水通知`), for sorting and hashing.
    var name: String {
        switch self {
        case .notice(let s): return "notice:" + s
        case .notices: return "notices"
        case .noticesOfYear(let y): return "notices-of-year:\(y)"
        case .noticeYears: return "notice-years"
        case .noticeIndex(let limit): return "notice-index:\(limit)"
        case .plan(let s): return "plan:" + s
        case .plans: return "plans"
        case .roll(let s): return "roll:" + s
        case .honours: return "honours"
        case .ledger: return "ledger"
        case .bulletin(let s): return "bulletin:" + s
        case .bulletins: return "bulletins"
        case .boards: return "boards"
        case .board(let s): return "board:" + s
        case .conventions: return "conventions"
        case .festivals: return "festivals"
        case .teams: return "teams"
        case .venues: return "venues"
        case .volunteers: return "volunteers"
        case .surveys: return "surveys"
        case .survey(let s): return "survey:" + s
        case .incidents: return "incidents"
        case .checklist(let s): return "checklist:" + s
        case .checklists: return "checklists"
        }
    }

    /// The answer in `site`: each record's identity and the content files it was read from.
    func answer(in site: Site, index: SiteIndex) -> [(identity: String, files: [String])] {
        switch self {
        case .notice(let slug): return (index.notices[slug] ?? []).map(Self.record)
        case .notices: return site.notices.map(Self.record)
        case .noticesOfYear(let year): return (index.noticesByYear[year] ?? []).map(Self.record)
        case .noticeYears:
            return site.notices.map { ("\($0.slug)@\($0.date.year)@\($0.currency(on: site.buildDate))", []) }
        case .noticeIndex(let limit):
            var shown = 0
            return site.notices.map { n in
                let currency = n.currency(on: site.buildDate)
                var full = n.pinned || currency == .upcoming
                if currency == .current, !n.pinned { shown += 1; full = shown <= limit }
                return ("\(n.slug)@\(n.date.year)@\(currency)@\(n.pinned)", full ? n.inputs : [])
            }
        case .plan(let slug): return (index.plans[slug] ?? []).map { ($0.slug, [$0.source.path]) }
        case .plans: return site.plans.map { ($0.slug, [$0.source.path]) }
        case .roll(let slug): return (index.rolls[slug] ?? []).map { ($0.slug, $0.inputs) }
        case .honours: return site.honours.map { ($0.slug, $0.inputs) }
        case .ledger:
            let files = Set(site.activities.map(\.source.path)).sorted()
            return [("ledger:\(site.activities.count)", files)]
        case .bulletin(let slug): return (index.bulletins[slug] ?? []).map { ($0.slug, [$0.source.path]) }
        case .bulletins: return site.bulletins.map { ($0.slug, [$0.source.path]) }
        case .boards: return site.boards.map { ($0.slug, $0.inputs) }
        case .board(let slug): return site.boards.filter { $0.slug == slug }.map { ($0.slug, $0.inputs) }
        case .conventions: return site.conventions.map { ($0.slug, [$0.source.path]) }
        case .festivals: return site.festivalDays.map { ("\($0.name)@\($0.date)@\($0.kind.rawValue)@\($0.rule)", []) }
        case .teams: return site.teams.map { ($0.slug, $0.inputs) }
        case .venues: return site.venues.map { ($0.slug, $0.inputs) }
        case .volunteers: return [("volunteers:\(site.volunteerRegistry.registrations.count)", site.volunteerRegistry.inputs)]
        case .surveys: return site.surveys.map { ($0.slug, [$0.source.path]) }
        case .survey(let slug): return site.surveys.filter { $0.slug == slug }.map { ($0.slug, [$0.source.path]) }
        case .incidents: return [("incidents:\(site.incidents.count)", Set(site.incidents.map(\.location.path)).sorted())]
        case .checklist(let slug): return site.checklists.filter { $0.slug == slug }.map { ($0.slug, $0.inputs) }
        case .checklists: return site.checklists.filter(\.isPublic).map { ($0.slug, $0.inputs) }
        }
    }

    private static func record(_ n: Notice) -> (identity: String, files: [String]) {
        (n.slug, n.inputs)
    }
}

/// The site's records by slug and year, made once per build so answering a query never scans every record.
final class SiteIndex: Sendable {
    let notices: [String: [Notice]]
    let noticesByYear: [Int: [Notice]]
    let plans: [String: [Plan]]
    let rolls: [String: [HonourRoll]]
    let bulletins: [String: [Bulletin]]

    init(_ site: Site) {
        notices = Dictionary(grouping: site.notices, by: \.slug)
        noticesByYear = Dictionary(grouping: site.notices, by: \.date.year)
        plans = Dictionary(grouping: site.plans, by: \.slug)
        rolls = Dictionary(grouping: site.honours, by: \.slug)
        bulletins = Dictionary(grouping: site.bulletins, by: \.slug)
    }
}

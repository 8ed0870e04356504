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

    /// The answer in `site`: each record's identity and the content files it was read from.
    func answer(in site: Site) -> [(identity: String, files: [String])] {
        switch self {
        case .notice(let slug): return site.notices.filter { $0.slug == slug }.map(Self.record)
        case .notices: return site.notices.map(Self.record)
        case .noticesOfYear(let year): return site.notices.filter { $0.date.year == year }.map(Self.record)
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
        case .plan(let slug): return site.plans.filter { $0.slug == slug }.map { ($0.slug, [$0.source.path]) }
        case .plans: return site.plans.map { ($0.slug, [$0.source.path]) }
        case .roll(let slug): return site.honours.filter { $0.slug == slug }.map { ($0.slug, $0.inputs) }
        case .honours: return site.honours.map { ($0.slug, $0.inputs) }
        case .ledger:
            let files = Set(site.activities.map(\.source.path)).sorted()
            return [("ledger:\(site.activities.count)", files)]
        case .bulletin(let slug): return site.bulletins.filter { $0.slug == slug }.map { ($0.slug, [$0.source.path]) }
        case .bulletins: return site.bulletins.map { ($0.slug, [$0.source.path]) }
        }
    }

    private static func record(_ n: Notice) -> (identity: String, files: [String]) {
        (n.slug, n.inputs)
    }
}

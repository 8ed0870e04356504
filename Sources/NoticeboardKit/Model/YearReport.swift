/// The progress report of one plan year at the build date (工作报告): every target measured, activities by month and
/// category, participants and volunteer hours by month, honours named that year, and tasks without activity.
public struct YearReport: Sendable {
    public var year: Int
    public var plans: [Plan]
    /// Every target of the year's plans, in plan order then target order.
    public var evaluations: [TargetEvaluation]
    /// Tasks without any held activity, with their plan.
    public var gaps: [(plan: Plan, item: PlanItem)]
    /// Categories with held activities this year: the site's order first, then others sorted.
    public var categories: [String]
    /// `counts[m][c]`: held activities that started in month m+1 of category `categories[c]`.
    public var counts: [[Int]]
    /// Totals of held activities by month (January first).
    public var months: [LedgerTotals]
    /// Totals of the year's held activities.
    public var totals: LedgerTotals
    /// Red lists named (命名) in the year and not revoked at the build date, oldest first.
    public var honours: [HonourRoll]

    public var path: String { Self.path(year) }
    public var printPath: String { Route.reportPrint(year).path }
    public static func path(_ year: Int) -> String { Route.report(year).path }

    /// Years that have a report: every year with a plan (summaries and reports have no tasks), newest first.
    public static func years(_ site: Site) -> [Int] { Set(site.plans.filter { $0.kind.hasTasks }.map(\.year)).sorted(by: >) }

    public init(site: Site, ledger: Ledger, year: Int) {
        self.year = year
        plans = site.plans.filter { $0.year == year && $0.kind.hasTasks }.sorted { $0.slug < $1.slug }
        let evaluator = TargetEvaluator(ledger: ledger, profile: site.profile, bulletins: site.bulletins, honours: site.honours, site: site)
        evaluations = plans.flatMap { plan in plan.targets.map { evaluator.evaluate($0, in: plan) } }
        gaps = plans.flatMap { plan in evaluator.gaps(in: plan).map { (plan, $0) } }
        let held = ledger.held.filter { $0.date.year == year }
        let used = ledger.categories(known: site.profile.categories).filter { c in held.contains { $0.category == c } }
        categories = used
        counts = (1...12).map { m in
            used.map { c in held.filter { $0.date.month == m && $0.category == c }.count }
        }
        months = (1...12).map { m in LedgerTotals(held.filter { $0.date.month == m }) }
        totals = LedgerTotals(held)
        honours = site.honours.filter { roll in
            guard roll.list == .red, let named = roll.namedOn, named.year == year else { return false }
            return [.current, .expired].contains(roll.state(on: site.buildDate))
        }.sorted { ($0.namedOn!, $0.slug) < ($1.namedOn!, $1.slug) }
    }

    /// How many targets have each status.
    public func count(_ status: TargetStatus) -> Int { evaluations.filter { $0.status == status }.count }
}

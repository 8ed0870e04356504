/// A checklist judged against the site's records at the build date: each criterion's evidence, linked plan targets,
/// flags and suggested score (docs/checklists.md, “自评”). Made by `ChecklistAssessment(checklist:site:)`.
public struct ChecklistAssessment: Sendable {
    public var checklist: Checklist
    /// Every row in order; sections carry the totals of the criteria under them.
    public var rows: [CriterionAssessment]
    public var buildDate: LocalDate

    /// The scored criteria (rows without children).
    public var criteria: [CriterionAssessment] { rows.filter(\.criterion.isLeaf) }
    public var points: Double { criteria.reduce(0) { $0 + $1.points } }
    public var score: Double { criteria.reduce(0) { $0 + ($1.score ?? 0) } }
    /// The level-1 sections (or the top rows), for totals and the chart.
    public var sections: [CriterionAssessment] { rows.filter { $0.criterion.parent == nil } }

    public init(checklist: Checklist, site: Site) {
        self.checklist = checklist
        self.buildDate = site.buildDate
        let last = min(checklist.to, site.buildDate)
        var pool: [EvidenceSource: [EvidenceItem]] = [:]
        for source in EvidenceSource.allCases {
            pool[source] = EvidenceCatalog.items(of: source, in: site).filter { checklist.from <= $0.date && $0.date <= last }
        }
        let evaluator = TargetEvaluator(ledger: site.ledger, profile: site.profile)
        let targets: [(plan: Plan, target: PlanTarget)] = site.plans.filter { $0.kind.hasTasks }.flatMap { p in p.targets.map { (p, $0) } }
        let rules = checklist.rules + EvidenceRule.builtIn
        var rows: [CriterionAssessment] = []
        for c in checklist.criteria {
            var row = CriterionAssessment(criterion: c)
            if c.isLeaf {
                var chosen: [String: EvidenceItem] = [:]
                var categories = Set(c.categories)
                for rule in rules where rule.applies(to: c) {
                    if let category = rule.category { categories.insert(category) }
                    for item in pool[rule.source] ?? [] where rule.selects(item) { chosen[item.key] = item }
                }
                for item in pool[.activity] ?? [] {
                    let byCategory = c.categories.contains(item.category ?? "")
                    let byTask = item.tasks.contains { ref in c.tasks.contains { ref == $0 || ref.hasPrefix($0 + ".") } }
                    let named = item.criteria.contains { $0 == c.id || $0 == "\(checklist.slug)#\(c.id)" }
                    if byCategory || byTask || named { chosen[item.key] = item }
                }
                row.evidence = chosen.values.sorted { ($0.date, $0.key) > ($1.date, $1.key) }
                row.targets = targets.filter { pair in
                    let ref = "\(pair.plan.slug)#\(pair.target.id)"
                    if c.targets.contains(ref) || c.targets.contains(pair.target.id) { return true }
                    if let task = pair.target.task, c.tasks.contains("\(pair.plan.slug)#\(task)") { return true }
                    return pair.target.measure?.category.map(categories.contains) ?? false
                }.map { evaluator.evaluate($0.target, in: $0.plan) }
                row.judge(from: checklist.from, to: last)
            }
            rows.append(row)
        }
        // Sections add up the criteria under them.
        for i in rows.indices.reversed() where !rows[i].criterion.isLeaf {
            let children = rows.filter { $0.criterion.parent == rows[i].criterion.id }
            rows[i].sectionPoints = children.reduce(0) { $0 + $1.points }
            rows[i].sectionScore = children.reduce(0) { $0 + ($1.score ?? 0) }
        }
        self.rows = rows
    }
}

/// One criterion (or section) with its evidence, targets, flags and score.
public struct CriterionAssessment: Sendable {
    /// Why a criterion stands out on the page and in the binder.
    public enum Flag: String, Sendable {
        /// No record supports it: 无佐证.
        case noEvidence = "无佐证"
        /// A plan target linked to it is behind: 指标滞后.
        case targetsBehind = "指标滞后"
        /// Evidence for some periods or some asked kinds is missing: 佐证不全.
        case partial = "佐证不全"
    }

    /// A month or quarter the criterion asks evidence for, and whether there is some.
    public struct Period: Sendable {
        public var label: String
        public var covered: Bool
    }

    public var criterion: ChecklistCriterion
    /// Supporting records, newest first.
    public var evidence: [EvidenceItem] = []
    public var targets: [TargetEvaluation] = []
    /// Months or quarters asked (`周期`), up to the build date.
    public var periods: [Period] = []
    /// Kinds asked for in 佐证材料 that no record found shows, and kinds the site keeps no records of (to attach by hand).
    public var missingKinds: [EvidenceKind] = []
    public var manualKinds: [EvidenceKind] = []
    public var flags: [Flag] = []
    /// The suggested score by the documented rule (criteria only).
    public var suggested: Double?
    var sectionPoints: Double?
    var sectionScore: Double?

    init(criterion: ChecklistCriterion) { self.criterion = criterion }

    /// The criterion's points, or a section's total.
    public var points: Double { sectionPoints ?? criterion.points ?? 0 }
    /// The site's own score when given, else the suggestion; a section's total.
    public var score: Double? { sectionScore ?? criterion.ownScore ?? suggested }
    public var isOverridden: Bool { criterion.isLeaf && criterion.ownScore != nil }
    public var latest: EvidenceItem? { evidence.first }

    /// The rule: no evidence → 0; evidence for every period asked and every kind asked (that the site keeps) → full
    /// points; otherwise the points times the share of periods with evidence, halved when an asked kind is missing,
    /// rounded down to half a point.
    mutating func judge(from: LocalDate, to last: LocalDate) {
        let points = criterion.points ?? 0
        if let per = criterion.per, per != .year, from <= last {
            var start = from
            while start <= last {
                let ym = YearMonth(start)
                let months = per == .month ? 1 : 3 - (ym.month - 1) % 3
                var end = ym.firstDay
                for _ in 0..<months { end = YearMonth(end).next.firstDay }
                end = end.adding(days: -1)
                let covered = evidence.contains { start <= $0.date && $0.date <= end }
                let label = per == .month ? "\(ym.month)月" : TargetEvaluator.quarterNames[(ym.month - 1) / 3]
                // The running month or quarter is asked only once it has evidence.
                if end <= last || covered { periods.append(Period(label: label, covered: covered)) }
                start = end.adding(days: 1)
            }
        }
        let shown = evidence.reduce(into: Set<EvidenceKind>()) { $0.formUnion($1.satisfies) }
        manualKinds = criterion.wants.filter { !EvidenceCatalog.checkable.contains($0) }
        let checkable = criterion.wants.filter { EvidenceCatalog.checkable.contains($0) }
        missingKinds = checkable.filter { !shown.contains($0) }
        if targets.contains(where: { $0.status == .behind }) { flags.append(.targetsBehind) }
        guard !evidence.isEmpty else {
            flags.insert(.noEvidence, at: 0)
            suggested = 0
            return
        }
        let periodShare = periods.isEmpty ? 1 : Double(periods.count { $0.covered }) / Double(periods.count)
        // A kind asked for but not shown (会议记录 without any meeting) halves what the periods earn.
        let share = periodShare * (missingKinds.isEmpty ? 1 : 0.5)
        if share < 1 { flags.append(.partial) }
        suggested = share >= 1 ? points : (points * share * 2).rounded(.down) / 2
    }
}

/// Measures plan targets against the ledger at the build date: which activities count, the figure per period,
/// and whether the target is met, on track (pro rata) or behind. Only held activities (on or before the date) count.
public struct TargetEvaluator: Sendable {
    /// Held activities, oldest first.
    let held: [Activity]
    let profile: SiteProfile
    let today: LocalDate

    public init(ledger: Ledger, profile: SiteProfile) {
        self.held = ledger.held.reversed()
        self.profile = profile
        self.today = ledger.today
    }

    static let quarterNames = ["第一季度", "第二季度", "第三季度", "第四季度"]

    /// The plan year's window: 1 January to 31 December, or to `before` when given.
    public static func window(_ plan: Plan, _ measure: TargetMeasure) -> (from: LocalDate, to: LocalDate) {
        (LocalDate(year: plan.year, month: 1, day: 1)!, measure.before ?? LocalDate(year: plan.year, month: 12, day: 31)!)
    }

    /// Whether an activity is one a target counts: its category when the target names one, otherwise the activities
    /// recorded against the target's task or a task below it, otherwise every activity.
    public static func counts(_ a: Activity, for target: PlanTarget, in plan: Plan) -> Bool {
        if let category = target.measure?.category { return a.category == category }
        guard let task = target.task else { return true }
        let reference = "\(plan.slug)#\(task)"
        return a.tasks.contains { $0 == reference || $0.hasPrefix(reference + ".") }
    }

    public func evaluate(_ target: PlanTarget, in plan: Plan) -> TargetEvaluation {
        var result = TargetEvaluation(plan: plan, target: target, status: .notMeasurable, value: nil, goal: target.measure?.atLeast,
                                      expected: nil, periods: [], evidence: [], reason: nil)
        guard let measure = target.measure else {
            result.reason = "未设定计量方式"
            return result
        }
        let (from, to) = Self.window(plan, measure)
        guard from <= today else {
            result.reason = "计划年度尚未开始"
            return result
        }
        let field = measure.field.flatMap(ActivityField.init(text:))
        var base: Double?
        if measure.kind == .ratio {
            switch measure.of {
            case .population: base = profile.population.map(Double.init)
            case .households: base = profile.households.map(Double.init)
            case nil: base = nil
            }
        }
        if measure.kind != .count, field == nil {
            result.reason = "统计字段无法识别"
            return result
        }
        if measure.kind == .ratio, (base ?? 0) <= 0 {
            result.reason = "site.yaml 没有写\(measure.of?.label ?? "基数")"
            return result
        }
        let counted = held.filter { from <= $0.date && $0.date <= to && Self.counts($0, for: target, in: plan) }
        result.evidence = counted
        func figure(_ list: [Activity]) -> Double {
            switch measure.kind {
            case .count: return Double(list.count)
            case .sum: return list.reduce(0) { $0 + field!.value(of: $1) }
            case .ratio: return list.reduce(0) { $0 + field!.value(of: $1) } / base! * 100
            }
        }
        result.value = figure(counted)
        guard let goal = measure.atLeast else {
            result.reason = "没有写“不少于”，只统计不评估"
            return result
        }
        // The share of the goal due after `elapsed` of `total` days: whole activities for counts.
        func due(elapsed: Int, total: Int) -> Double {
            let share = goal * Double(elapsed) / Double(max(total, 1))
            return measure.kind == .count ? share.rounded(.down) : share
        }
        switch measure.per {
        case .month?, .quarter?:
            let length = measure.per == .month ? 1 : 3
            var start = from
            while start <= to {
                let startMonth = YearMonth(start)
                var endMonth = startMonth
                for _ in 1..<length { endMonth = endMonth.next }
                if measure.per == .quarter {
                    endMonth = YearMonth(year: startMonth.year, month: ((startMonth.month - 1) / 3) * 3 + 3)
                }
                let end = min(to, LocalDate(year: endMonth.year, month: endMonth.month, day: endMonth.dayCount)!)
                let value = figure(counted.filter { start <= $0.date && $0.date <= end })
                let state: TargetPeriod.State
                if today < start { state = .future }
                else if value >= goal { state = .met }
                else if end < today { state = .missed }
                else { state = .running }
                let label = measure.per == .month ? "\(startMonth.month)月" : Self.quarterNames[(startMonth.month - 1) / 3]
                result.periods.append(TargetPeriod(label: label, from: start, to: end, value: value, state: state))
                start = end.adding(days: 1)
            }
            if !result.missed.isEmpty {
                result.status = .behind
            } else if to < today {
                result.status = .met
            } else if let running = result.periods.first(where: { $0.state == .running }),
                      running.value < due(elapsed: running.from.days(until: today) + 1, total: running.from.days(until: running.to) + 1) {
                result.status = .behind
            } else {
                result.status = .onTrack
            }
        case .year?, nil:
            let value = result.value ?? 0
            let state: TargetPeriod.State = value >= goal ? .met : (to < today ? .missed : .running)
            result.periods = [TargetPeriod(label: measure.before.map { "\($0.month)月\($0.day)日前" } ?? "\(plan.year)年",
                                           from: from, to: to, value: value, state: state)]
            if value >= goal {
                result.status = .met
            } else if to < today {
                result.status = .behind
            } else {
                let expected = due(elapsed: from.days(until: today) + 1, total: from.days(until: to) + 1)
                result.expected = expected
                result.status = value >= expected ? .onTrack : .behind
            }
        }
        return result
    }

    /// The plan's tasks with no held activity recorded against them or any item below them. A task is an item at the
    /// third level (1、), or one at the second level (（一）) without third-level items under it.
    public func gaps(in plan: Plan) -> [PlanItem] {
        let start = LocalDate(year: plan.year, month: 1, day: 1)!
        let used = held.filter { start <= $0.date && $0.date.year == plan.year }.flatMap(\.tasks)
        return plan.tasks.filter { item in
            guard plan.isTask(item) else { return false }
            let reference = plan.reference(item)
            return !used.contains { $0 == reference || $0.hasPrefix(reference + ".") }
        }
    }

}

/// Measures plan targets against the ledger at the build date: which activities count, the figure per period,
/// and whether the target is met, on track (pro rata) or behind. Only held activities (on or before the date) count.
public struct TargetEvaluator: Sendable {
    /// Held activities, oldest first.
    let held: [Activity]
    let profile: SiteProfile
    let today: LocalDate

    /// Bulletins issued (not drafts), oldest first; red lists with the day they were named.
    let bulletins: [Bulletin]
    let honours: [HonourRoll]
    /// The whole site, for the records `RecordMeasures` reads; nil in tests that give only a ledger.
    let site: Site?

    public init(ledger: Ledger, profile: SiteProfile, bulletins: [Bulletin] = [], honours: [HonourRoll] = [], site: Site? = nil) {
        self.held = ledger.held.reversed()
        self.profile = profile
        self.today = ledger.today
        self.bulletins = bulletins.filter { !$0.draft }.sorted { $0.date < $1.date }
        self.honours = honours.filter { $0.list == .red }
        self.site = site
    }

    /// Everything a target can be measured against: the ledger, bulletins, honours, the profile and the records.
    public init(site: Site) {
        self.init(ledger: site.ledger, profile: site.profile, bulletins: site.bulletins, honours: site.honours, site: site)
    }

    static let quarterNames = ["第一季度", "第二季度", "第三季度", "第四季度"]

    /// The plan year's window: 1 January to 31 December, or to `before` when given; two plan years for `每两年`.
    public static func window(_ plan: Plan, _ measure: TargetMeasure) -> (from: LocalDate, to: LocalDate) {
        let first = measure.per == .twoYears ? plan.year - 1 : plan.year
        return (LocalDate(year: first, month: 1, day: 1)!, measure.before ?? LocalDate(year: plan.year, month: 12, day: 31)!)
    }

    /// Whether an activity is one a target counts: its category when the target names one, otherwise the activities
    /// recorded against the target's task or a task below it, otherwise every activity.
    public static func counts(_ a: Activity, for target: PlanTarget, in plan: Plan) -> Bool {
        if let category = target.measure?.category { return a.category == category }
        guard let task = target.task else { return true }
        let reference = "\(plan.slug)#\(task)"
        return a.tasks.contains { $0 == reference || $0.hasPrefix(reference + ".") }
    }

    /// Hours of an activity from its start and end times (0 without both).
    static func hours(_ a: Activity) -> Double {
        guard let s = a.start, let e = a.end, e.minutes > s.minutes else { return 0 }
        return Double(e.minutes - s.minutes) / 60
    }

    /// What the evidence gives a target: dated amounts to add up per period, or one current level.
    enum Figures {
        case events([(date: LocalDate, amount: Double)])
        case level(Double)
    }

    public func evaluate(_ target: PlanTarget, in plan: Plan) -> TargetEvaluation {
        var result = TargetEvaluation(plan: plan, target: target, status: .notMeasurable, value: nil, goal: target.measure?.threshold,
                                      expected: nil, periods: [], evidence: [], reason: nil)
        guard let measure = target.measure else {
            result.reason = "未设定计量方式"
            return result
        }
        let (from, to) = Self.window(plan, measure)
        // A record the site does not keep: say which, whether or not the year has begun; never 滞后.
        if measure.kind == .record, let record = measure.record {
            guard let figures = RecordMeasures.figures(record, site: site, on: today, percent: measure.of != nil) else {
                result.status = .needsRecord
                result.reason = "需要记录：" + record.needs
                return result
            }
            guard from <= today else { result.reason = "计划年度尚未开始"; return result }
            var base = 1.0
            if record == .registeredVolunteers, let of = measure.of {
                guard let b = of.value(in: profile), b > 0 else {
                    result.status = .needsRecord
                    result.reason = "需要记录：site.yaml 写“\(of.siteKey): …”（\(of.label)）"
                    return result
                }
                base = Double(b) / 100
            }
            switch figures {
            case .events(let list): return judge(result, measure: measure, from: from, to: to, figures: .events(list.map { ($0.date, $0.amount / base) }))
            case .level(let v): return judge(result, measure: measure, from: from, to: to, figures: .level(v / base))
            }
        }
        guard from <= today else {
            result.reason = "计划年度尚未开始"
            return result
        }
        let field = measure.field.flatMap(ActivityField.init(text:))
        var base: Double?
        if measure.kind == .ratio || measure.kind == .share {
            base = (measure.of ?? .households).value(in: profile).map(Double.init)
            if (base ?? 0) <= 0 {
                let of = measure.of ?? .households
                result.status = .needsRecord
                result.reason = "需要记录：site.yaml 写“\(of.siteKey): …”（\(of.label)）"
                return result
            }
        }
        if [.sum, .ratio].contains(measure.kind), field == nil {
            result.reason = "统计字段无法识别"
            return result
        }
        // No record of that kind at all: the target waits for one (never 滞后 for what nothing can measure).
        if let missing = Self.missingRecord(measure, held: held, bulletins: bulletins, honours: honours) {
            result.status = .needsRecord
            result.reason = "需要记录：" + missing
            return result
        }
        let figures: Figures
        switch measure.kind {
        case .count, .sum, .ratio, .duration:
            let counted = held.filter { from <= $0.date && $0.date <= to && Self.counts($0, for: target, in: plan) }
            result.evidence = counted
            figures = .events(counted.map { a in
                switch measure.kind {
                case .count: return (a.date, 1)
                case .duration: return (a.date, Self.hours(a))
                case .ratio: return (a.date, field!.value(of: a) / base! * 100)
                default: return (a.date, field!.value(of: a))
                }
            })
        case .bulletins:
            figures = .events(bulletins.filter { $0.date <= today }.map { ($0.date, 1) })
        case .honours:
            figures = .events(honours.compactMap { roll in
                guard let named = roll.namedOn, named <= today else { return nil }
                return (named, Double(roll.red.filter { $0.revocation == nil }.count))
            })
        case .share:
            let current = honours.filter { [.current].contains($0.state(on: today)) && ($0.namedOn.map { $0 <= today } ?? false) }
            let entries = current.flatMap(\.red).filter { $0.revocation == nil }
            let named = measure.of == .buildings
                ? Set(entries.compactMap(\.building)).count
                : Set(entries.map { $0.household ?? $0.name }).count
            figures = .level(Double(named) / base! * 100)
        case .record:
            result.reason = "未设定计量方式"
            return result
        }
        return judge(result, measure: measure, from: from, to: to, figures: figures)
    }

    /// What the site would have to keep for a ledger, bulletin or honour measure when it keeps none of it yet.
    static func missingRecord(_ m: TargetMeasure, held: [Activity], bulletins: [Bulletin], honours: [HonourRoll]) -> String? {
        switch m.kind {
        case .count, .sum, .ratio, .duration:
            return held.isEmpty ? "content/ledger/ 活动台账的一行（日期、活动名称、类别\(m.category.map { "“\($0)”" } ?? "")、所属任务）" : nil
        case .bulletins: return bulletins.isEmpty ? "content/bulletins/ 每期简报一个文件（期号、日期）" : nil
        case .honours, .share: return honours.isEmpty ? "content/honours/ 光荣榜（命名日期、名单的户号\(m.of == .buildings ? "、楼栋" : "")）" : nil
        case .record: return nil
        }
    }

    /// The status of a target from its figures: per period for daily … quarterly targets, over the window otherwise;
    /// an at-least target pro rata, an at-most (or zero) target behind as soon as the limit is passed.
    func judge(_ start: TargetEvaluation, measure: TargetMeasure, from: LocalDate, to: LocalDate, figures: Figures) -> TargetEvaluation {
        var result = start
        let atMost = measure.atLeast == nil ? measure.atMost : nil
        guard let goal = measure.atLeast ?? atMost else {
            if case .events(let list) = figures { result.value = list.filter { from <= $0.date && $0.date <= to }.reduce(0) { $0 + $1.amount } }
            if case .level(let v) = figures { result.value = v }
            result.reason = "没有写“不少于”，只统计不评估"
            return result
        }
        func reaches(_ v: Double) -> Bool { atMost == nil ? v >= goal : v <= goal }
        switch figures {
        case .level(let v):
            result.value = v
            result.periods = [TargetPeriod(label: "\(today.month)月\(today.day)日", from: from, to: to, value: v, state: reaches(v) ? .met : .missed)]
            result.status = reaches(v) ? (to < today || atMost == nil ? .met : .onTrack) : .behind
            return result
        case .events(let all):
            let list = all.filter { from <= $0.date && $0.date <= to && $0.date <= today }
            func figure(_ a: LocalDate, _ b: LocalDate) -> Double { list.filter { a <= $0.date && $0.date <= b }.reduce(0) { $0 + $1.amount } }
            result.value = figure(from, to)
            // The share of the goal due after `elapsed` of `total` days: whole ones for counts.
            func due(elapsed: Int, total: Int) -> Double {
                let share = goal * Double(elapsed) / Double(max(total, 1))
                return [.count, .bulletins].contains(measure.kind) ? share.rounded(.down) : share
            }
            switch measure.per {
            case .day?, .week?, .month?, .quarter?:
                var start = from
                while start <= to, result.periods.count < 400 {
                    let end = min(to, Self.periodEnd(start, measure.per!))
                    let value = figure(start, end)
                    let state: TargetPeriod.State
                    if today < start { state = .future }
                    else if atMost != nil { state = value > goal ? .missed : (end < today ? .met : .running) }
                    else if value >= goal { state = .met }
                    else if end < today { state = .missed }
                    else { state = .running }
                    result.periods.append(TargetPeriod(label: Self.periodLabel(start, measure.per!), from: start, to: end, value: value, state: state))
                    start = end.adding(days: 1)
                }
                if !result.missed.isEmpty {
                    result.status = .behind
                } else if to < today {
                    result.status = .met
                } else if atMost == nil, let running = result.periods.first(where: { $0.state == .running }),
                          running.value < due(elapsed: running.from.days(until: today) + 1, total: running.from.days(until: running.to) + 1) {
                    result.status = .behind
                } else {
                    result.status = .onTrack
                }
            case .year?, .twoYears?, nil:
                let value = result.value ?? 0
                let label = measure.before.map { "\($0.month)月\($0.day)日前" } ?? (measure.per == .twoYears ? "\(from.year)—\(to.year)年" : "\(to.year)年")
                if let limit = atMost {
                    let over = value > limit
                    result.periods = [TargetPeriod(label: label, from: from, to: to, value: value, state: over ? .missed : (to < today ? .met : .running))]
                    result.status = over ? .behind : (to < today ? .met : .onTrack)
                    return result
                }
                let state: TargetPeriod.State = value >= goal ? .met : (to < today ? .missed : .running)
                result.periods = [TargetPeriod(label: label, from: from, to: to, value: value, state: state)]
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
    }

    /// The last day of the day, week (Monday to Sunday), month or quarter that starts at `start`.
    static func periodEnd(_ start: LocalDate, _ per: TargetMeasure.Period) -> LocalDate {
        switch per {
        case .day: return start
        case .week: return start.adding(days: 7 - start.weekday)
        case .quarter:
            let month = ((start.month - 1) / 3) * 3 + 3
            return LocalDate(year: start.year, month: month, day: LocalDate.daysIn(month: month, year: start.year))!
        default:
            return LocalDate(year: start.year, month: start.month, day: LocalDate.daysIn(month: start.month, year: start.year))!
        }
    }

    /// `3月5日`, `3月2日起一周`, `7月`, `第三季度`.
    static func periodLabel(_ start: LocalDate, _ per: TargetMeasure.Period) -> String {
        switch per {
        case .day: return "\(start.month)月\(start.day)日"
        case .week: return "\(start.month)月\(start.day)日当周"
        case .quarter: return quarterNames[(start.month - 1) / 3]
        default: return "\(start.month)月"
        }
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

/// Where a plan target stands on the build date.
public enum TargetStatus: String, Sendable, CaseIterable {
    /// The goal is reached for the whole period (or every month / quarter of a finished year).
    case met
    /// Not reached yet, but at least the pro-rata share of the elapsed period is done and no month / quarter missed.
    case onTrack = "on-track"
    /// Below the pro-rata share, a month / quarter missed, or the deadline passed.
    case behind
    /// No measure or no minimum, or the plan year has not begun.
    case notMeasurable = "not-measurable"
    /// Its measure reads a record the site does not keep yet (`reason` says which file and line would let it be measured).
    case needsRecord = "needs-record"

    public var label: String {
        switch self {
        case .met: return "已达标"
        case .onTrack: return "进度正常"
        case .behind: return "滞后"
        case .notMeasurable: return "暂不能评估"
        case .needsRecord: return "需要记录"
        }
    }
}

/// One month, quarter or year of a target with what was done in it.
public struct TargetPeriod: Sendable, Equatable {
    /// Whether the period is done, missed, still running or still ahead.
    public enum State: String, Sendable {
        case met, missed, running, future
    }

    /// `7月`, `第三季度`, `2026年`.
    public var label: String
    public var from: LocalDate
    public var to: LocalDate
    public var value: Double
    public var state: State
}

/// The result of measuring one target against the ledger at the build date, with the activities counted as evidence.
public struct TargetEvaluation: Sendable {
    public var plan: Plan
    public var target: PlanTarget
    public var status: TargetStatus
    /// The figure so far: a count, a total, or a percentage for a ratio; nil when nothing could be measured.
    public var value: Double?
    /// The threshold (`at_least`, or `at_most` for an at-most or zero target).
    public var goal: Double?
    /// What should be done by the build date, pro rata; nil for monthly and quarterly targets.
    public var expected: Double?
    /// Months or quarters (for `per: month` / `quarter`), or the one window of a yearly target.
    public var periods: [TargetPeriod]
    /// The activities counted, oldest first.
    public var evidence: [Activity]
    /// Why the target cannot be judged (for `notMeasurable`).
    public var reason: String?

    /// Months or quarters that ended below the minimum.
    public var missed: [TargetPeriod] { periods.filter { $0.state == .missed } }

    /// Whether the figure is a percentage.
    public var isRatio: Bool { target.measure?.isPercent ?? false }

    /// `需要记录：content/surveys/<日期>.yaml 写“满意率: 92%”`, for a target that waits for a record.
    public var needsText: String? { status == .needsRecord ? reason : nil }
}

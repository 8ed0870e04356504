/// How a target compares its figure with its threshold: at least (不少于, 以上, 达到), at most (不超过, 以内, ≤), or
/// none at all (不发生, 无…事件, 杜绝): an at-most with threshold 0.
public enum TargetComparison: String, Sendable, CaseIterable {
    case atLeast = "at-least"
    case atMost = "at-most"
    case zero

    /// `不少于`, `不超过`, `不发生`.
    public var label: String {
        switch self {
        case .atLeast: return "不少于"
        case .atMost: return "不超过"
        case .zero: return "不发生"
        }
    }
}

/// A target recognised in the words of a plan (`共建理事会每月召开一次会议`, `满意率达85%以上`): its clause, where it
/// was written, its period, comparison, threshold and unit, and what it counts. `PlanParser` turns it into a `PlanTarget`.
public struct TargetSentence: Sendable, Equatable {
    /// The clause as written (between commas or sentence ends).
    public var text: String
    /// Line and column (1-based, characters) of the clause in the text the outline was read from.
    public var line: Int
    public var column: Int
    /// The period the threshold holds for; nil when the sentence names none (the plan year).
    public var period: TargetMeasure.Period?
    /// A per-unit scope such as `每个街道` (the plan counts per street, not per period), if written.
    public var scope: String?
    public var comparison: TargetComparison
    /// The number written (`85`, `一` → 1, `1–2` → 1); 0 for a `zero` target.
    public var threshold: Double
    /// `次`, `期`, `个`, `小时`, `%` …; empty for a `zero` target.
    public var unit: String
    /// What is counted, in the plan's words (`会议`, `满意率`, `重大刑事案件`).
    public var counted: String
    /// The line the clause is part of, at most 200 characters (what a bare `全年不少于12期` is about).
    public var context: String = ""

    public init(text: String, line: Int, column: Int, period: TargetMeasure.Period?, scope: String? = nil,
                comparison: TargetComparison, threshold: Double, unit: String, counted: String) {
        self.text = text; self.line = line; self.column = column; self.period = period; self.scope = scope
        self.comparison = comparison; self.threshold = threshold; self.unit = unit; self.counted = counted
    }

    /// `每月不少于 1 次`, `不超过 1%`, `不发生`.
    public var goal: String {
        let amount = TargetMeasure.format(threshold) + (unit == "%" ? "%" : " " + unit)
        let when = scope ?? period?.label ?? ""
        switch comparison {
        case .zero: return when + "不发生"
        case .atLeast: return "\(when)不少于 \(amount)"
        case .atMost: return "\(when)不超过 \(amount)"
        }
    }
}

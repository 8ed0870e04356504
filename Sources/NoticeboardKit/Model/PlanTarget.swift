/// A measurable aim of a plan (目标 / 指标), e.g. "每月召开一次会议" or "志愿者占人口 5% 以上", tied to a task.
public struct PlanTarget: Sendable {
    public var id: String
    public var label: String
    /// The id of the task it belongs to (`3.1.1`), if any.
    public var task: String?
    /// The goal as staff write it: "每月 1 次", "12 次/年", "5%".
    public var goal: String?
    /// How the reports may measure it against the ledger; nil when the target is only described.
    public var measure: TargetMeasure?
    public var location: SourceLocation
    /// Where each measure key was written (`category`, `field`, `of` …), for diagnostics at the value.
    public var keyLocations: [String: SourceLocation] = [:]

    /// Where `key` was written, else the target's first line.
    public func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }
}

/// How a target is measured: count activities, add up a field, or a ratio of a field to the population.
/// Stored and shown only; evaluating it against the ledger belongs to the reports.
public struct TargetMeasure: Sendable, Equatable {
    /// What is measured.
    public enum Kind: String, Sendable, CaseIterable {
        case count, sum, ratio
        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "count", "次数", "计次": self = .count
            case "sum", "合计", "总数", "累计": self = .sum
            case "ratio", "比例", "占比", "百分比": self = .ratio
            default: return nil
            }
        }
        public static let allNames = ["count", "sum", "ratio", "次数", "合计", "比例"]
    }

    /// The period a goal is repeated over.
    public enum Period: String, Sendable, CaseIterable {
        case month, quarter, year
        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "month", "monthly", "月", "每月": self = .month
            case "quarter", "quarterly", "季度", "每季度", "季": self = .quarter
            case "year", "yearly", "annual", "年", "每年", "全年": self = .year
            default: return nil
            }
        }
        public static let allNames = ["month", "quarter", "year", "每月", "每季度", "每年"]
        public var label: String {
            switch self {
            case .month: return "每月"
            case .quarter: return "每季度"
            case .year: return "全年"
            }
        }
    }

    /// What a ratio is taken of.
    public enum Base: String, Sendable, CaseIterable {
        case population, households
        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "population", "人口", "常住人口", "居民": self = .population
            case "households", "户数", "住户", "户": self = .households
            default: return nil
            }
        }
        public static let allNames = ["population", "households", "人口", "户数"]
        public var label: String { self == .population ? "常住人口" : "住户" }
    }

    public var kind: Kind
    /// Activity category counted (`道德讲堂`); nil counts every activity of the task.
    public var category: String?
    /// The activity field added up or compared (`volunteers`, `participants`, `志愿者人数`).
    public var field: String?
    public var per: Period?
    /// The least value that meets the target: a count, a total, or a percentage for a ratio.
    public var atLeast: Double?
    public var of: Base?
    /// The date by which the target must be met.
    public var before: LocalDate?

    /// A one-line Chinese description for the targets table.
    public var summary: String {
        var parts: [String] = []
        let what = category.map { "“\($0)”类活动" } ?? "本任务活动"
        let amount = atLeast.map(Self.format)
        switch kind {
        case .count:
            parts.append("统计\(what)次数")
            if let amount { parts.append("\(per?.label ?? "")不少于 \(amount) 次") }
        case .sum:
            parts.append("合计\(what)的\(field ?? "人数")")
            if let amount { parts.append("\(per?.label ?? "")不少于 \(amount)") }
        case .ratio:
            parts.append("\(field ?? "人数")占\(of?.label ?? "常住人口")的比例")
            if let amount { parts.append("\(per?.label ?? "")不低于 \(amount)%") }
        }
        if let before { parts.append("\(before.chinese)前完成") }
        return parts.joined(separator: "，")
    }

    static func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}

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
    /// The sentence it was recognised in, for a target read from the plan's words; nil for one written in `targets:`.
    public var recognised: TargetSentence? = nil
    /// Where the user typed it: the line (or Word paragraph, `¶12`) and column in the plan file; `location` is the
    /// place in the text the outline was read from (diagnostics are moved to the Word paragraph when reported).
    public var sourceLocation: SourceLocation? = nil
    /// Changes a `targets:` entry with `行`/`原文` made to a recognised target's measure (applied after the table).
    public var patch: TargetMeasurePatch? = nil

    public init(id: String, label: String, task: String?, goal: String?, measure: TargetMeasure?, location: SourceLocation) {
        self.id = id; self.label = label; self.task = task; self.goal = goal; self.measure = measure; self.location = location
    }

    /// The line the user sees: the recognised sentence's line, or the `targets:` entry's.
    public var sourceLine: Int { (sourceLocation ?? location).line }

    /// Where `key` was written, else the target's first line.
    public func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }
}

/// How a target is measured: count activities, add up a field, or a ratio of a field to the population.
/// Stored and shown only; evaluating it against the ledger belongs to the reports.
public struct TargetMeasure: Sendable, Equatable {
    /// What is measured.
    public enum Kind: String, Sendable, CaseIterable {
        /// Activities counted, a field added up, a field's total as a share of a base (the ledger).
        case count, sum, ratio
        /// Hours of the activities (from their start and end times).
        case duration
        /// Bulletins (简报) issued.
        case bulletins
        /// People and households named on red lists (光荣榜) in the window.
        case honours
        /// Households (or buildings) named on red lists that are current, as a share of the site's households (buildings).
        case share
        /// A figure from the companion issue's records (`RecordMeasure`): boards, teams, venues, registry, surveys, incidents.
        case record
        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "count", "次数", "计次": self = .count
            case "sum", "合计", "总数", "累计": self = .sum
            case "ratio", "比例", "占比", "百分比": self = .ratio
            case "duration", "时长", "小时": self = .duration
            case "bulletins", "简报", "简报期数": self = .bulletins
            case "honours", "命名", "表彰", "光荣榜": self = .honours
            case "share", "覆盖面", "户数比例": self = .share
            default: return nil
            }
        }
        public static let allNames = ["count", "sum", "ratio", "duration", "bulletins", "honours", "share", "次数", "合计", "比例", "时长", "简报", "命名", "覆盖面"]
    }

    /// The period a goal is repeated over.
    public enum Period: String, Sendable, CaseIterable {
        case day, week, month, quarter, year
        case twoYears = "two-years"
        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "day", "daily", "日", "天", "每日", "每天": self = .day
            case "week", "weekly", "周", "每周", "星期", "每星期": self = .week
            case "two-years", "two_years", "每两年", "两年": self = .twoYears
            case "month", "monthly", "月", "每月": self = .month
            case "quarter", "quarterly", "季度", "每季度", "季": self = .quarter
            case "year", "yearly", "annual", "年", "每年", "全年": self = .year
            default: return nil
            }
        }
        public static let allNames = ["day", "week", "month", "quarter", "year", "two-years", "每日", "每周", "每月", "每季度", "每年", "每两年"]
        public var label: String {
            switch self {
            case .day: return "每日"
            case .week: return "每周"
            case .twoYears: return "每两年"
            case .month: return "每月"
            case .quarter: return "每季度"
            case .year: return "全年"
            }
        }
    }

    /// What a ratio is taken of.
    public enum Base: String, Sendable, CaseIterable {
        case population, households, buildings, units
        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "population", "人口", "常住人口", "居民": self = .population
            case "households", "户数", "住户", "户": self = .households
            case "buildings", "楼栋", "楼栋数", "楼院", "楼": self = .buildings
            case "units", "单位", "单位数", "驻区单位": self = .units
            default: return nil
            }
        }
        public static let allNames = ["population", "households", "buildings", "units", "人口", "户数", "楼栋数", "单位数"]
        public var label: String {
            switch self {
            case .population: return "常住人口"
            case .households: return "住户"
            case .buildings: return "楼栋"
            case .units: return "驻区单位"
            }
        }
        /// The `site.yaml` key that gives it.
        public var siteKey: String { rawValue }
        /// The value from the site profile.
        public func value(in profile: SiteProfile?) -> Int? {
            switch self {
            case .population: return profile?.population
            case .households: return profile?.households
            case .buildings: return profile?.buildings
            case .units: return profile?.units
            }
        }
    }

    public var kind: Kind
    /// Activity category counted (`道德讲堂`); nil counts every activity of the task.
    public var category: String?
    /// The activity field added up or compared (`volunteers`, `participants`, `志愿者人数`).
    public var field: String?
    public var per: Period?
    /// The least value that meets the target: a count, a total, or a percentage for a ratio.
    public var atLeast: Double?
    /// The most value allowed (不超过, 以内); 0 for a target that rules something out (不发生). Read when `atLeast` is nil.
    public var atMost: Double? = nil
    /// What a `record` measure reads.
    public var record: RecordMeasure? = nil
    public var of: Base?
    /// The date by which the target must be met.
    public var before: LocalDate?

    public init(kind: Kind, category: String? = nil, field: String? = nil, per: Period? = nil, atLeast: Double? = nil,
                of: Base? = nil, before: LocalDate? = nil, atMost: Double? = nil, record: RecordMeasure? = nil) {
        self.kind = kind; self.category = category; self.field = field; self.per = per; self.atLeast = atLeast
        self.of = of; self.before = before; self.atMost = atMost; self.record = record
    }

    /// How the figure is compared: at least, at most, or none.
    public var comparison: TargetComparison {
        if atLeast != nil { return .atLeast }
        return atMost == 0 ? .zero : (atMost != nil ? .atMost : .atLeast)
    }

    /// The number the figure is compared with.
    public var threshold: Double? { atLeast ?? atMost }

    /// Whether the figure is a percentage.
    public var isPercent: Bool {
        kind == .ratio || kind == .share || record == .openUnits || { if case .surveyRate = record { return true }; return false }()
            || (record == .registeredVolunteers && of != nil)
    }

    /// A one-line Chinese description for the targets table.
    public var summary: String {
        var parts: [String] = []
        let what = category.map { "“\($0)”类活动" } ?? "本任务活动"
        let amount = atLeast.map(Self.format)
        let limit: String? = atMost.map { $0 == 0 ? "不发生" : "不超过 \(Self.format($0))\(isPercent ? "%" : "")" }
        switch kind {
        case .duration:
            parts.append("合计\(what)的时长（小时）")
            if let amount { parts.append("\(per?.label ?? "")不少于 \(amount) 小时") }
        case .bulletins:
            parts.append("统计印发的简报期数")
            if let amount { parts.append("\(per?.label ?? "")不少于 \(amount) 期") }
        case .honours:
            parts.append("统计光荣榜命名的人（户）数")
            if let amount { parts.append("\(per?.label ?? "")不少于 \(amount)") }
        case .share:
            parts.append("光荣榜命名的\(of == .buildings ? "楼栋" : "户")占\(of?.label ?? "住户")的比例")
            if let amount { parts.append("不低于 \(amount)%") }
        case .record:
            parts.append(record?.label ?? "记录")
            if let amount { parts.append("\(per?.label ?? "")不少于 \(amount)\(isPercent ? "%" : "")") }
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
        if let limit { parts.append((per?.label ?? "") + limit) }
        if let before { parts.append("\(before.chinese)前完成") }
        return parts.joined(separator: "，")
    }

    static func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}

/// Corrections to a recognised target's measure from its `targets:` entry (`类别: 会议`, `不少于: 2`, `周期: 每月`).
public struct TargetMeasurePatch: Sendable, Equatable {
    public var category: String?
    public var per: TargetMeasure.Period?
    public var atLeast: Double?
    public var atMost: Double?
    public var before: LocalDate?

    /// The measure with these corrections.
    public func applied(to m: TargetMeasure) -> TargetMeasure {
        var m = m
        if let category { m.category = category; if m.kind == .record || m.kind == .bulletins || m.kind == .honours { m.kind = .count; m.record = nil } }
        if let per { m.per = per }
        if let atLeast { m.atLeast = atLeast; m.atMost = nil }
        if let atMost { m.atMost = atMost; m.atLeast = nil }
        if let before { m.before = before }
        return m
    }
}

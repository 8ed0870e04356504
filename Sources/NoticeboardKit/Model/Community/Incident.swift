/// A line of the incidents ledger (事件台账, `content/incidents/`): a case, a dispute, a petition, a fire … Published
/// only as counts by month and kind, unless the entry is marked public (公开: 是).
public struct Incident: Sendable {
    public var location: SourceLocation
    public var date: LocalDate
    /// Whether only the month is known (a YAML count by month).
    public var monthOnly: Bool
    /// One of `Incident.kinds`: 案件, 纠纷, 上访, 火情, 安全事故, 交通事故, 其他.
    public var kind: String
    public var count: Int
    public var isPublic: Bool
    /// Shown only when public.
    public var place: String?
    public var summary: String?
    public var outcome: String?
    /// The person involved (当事人): never shown; protected by the privacy guard.
    public var party: String?
    public var phone: String?
    /// Where the texts a public entry shows were typed (`place`, `summary`, `outcome`), for located errors.
    public var textLocations: [(field: String, location: SourceLocation)] = []

    public init(location: SourceLocation, date: LocalDate, monthOnly: Bool = false, kind: String, count: Int, isPublic: Bool) {
        self.location = location
        self.date = date
        self.monthOnly = monthOnly
        self.kind = kind
        self.count = count
        self.isPublic = isPublic
    }

    public var month: YearMonth { YearMonth(date) }

    /// The kinds the ledger counts, in the order pages show them.
    public static let kinds = ["案件", "纠纷", "上访", "火情", "安全事故", "交通事故", "其他"]

    /// Words staff use for each kind.
    static let aliases: [String: String] = [
        "刑事案件": "案件", "治安案件": "案件", "盗窃": "案件", "诈骗": "案件", "案件": "案件", "发案": "案件",
        "纠纷": "纠纷", "矛盾纠纷": "纠纷", "邻里纠纷": "纠纷", "家庭纠纷": "纠纷", "物业纠纷": "纠纷",
        "上访": "上访", "信访": "上访", "越级上访": "上访", "群体访": "上访", "集体上访": "上访",
        "火情": "火情", "火灾": "火情", "火警": "火情",
        "安全事故": "安全事故", "事故": "安全事故", "生产安全事故": "安全事故",
        "交通事故": "交通事故", "其他": "其他", "其它": "其他",
    ]

    /// The kind a word names, or nil.
    public static func kind(named text: String) -> String? { aliases[text.trimmingCharacters(in: .whitespaces)] }
}

extension Array where Element == Incident {
    /// How many incidents of `kind` (nil: all kinds) happened from `from` to `to` (inclusive): what zero and at-most
    /// targets measure.
    public func count(kind: String? = nil, from: LocalDate, to: LocalDate) -> Int {
        reduce(0) { $0 + ((kind == nil || $1.kind == kind) && $1.date >= from && $1.date <= to ? $1.count : 0) }
    }

    /// Counts by month and kind: `[month: [kind: count]]`.
    public func countsByMonth() -> [YearMonth: [String: Int]] {
        var out: [YearMonth: [String: Int]] = [:]
        for i in self { out[i.month, default: [:]][i.kind, default: 0] += i.count }
        return out
    }
}

import Foundation

/// The community's profile from `content/site.yaml`: who publishes, how to reach them, and site-wide settings.
public struct SiteProfile: Sendable {
    public var name: String
    /// The publisher in signature blocks, e.g. 长青社区居民委员会.
    public var committee: String
    public var streetOffice: String?
    public var district: String?
    public var contact: Contact
    /// Absolute base URL with a trailing slash, e.g. `https://changqing.example.cn/`; nil when not set.
    public var baseURL: String?
    public var language: String
    public var timeZone: TimeZone
    public var population: Int?
    public var households: Int?
    /// Residential buildings (楼栋数) and units based in the community (驻区单位数): bases of shares in plan targets.
    public var buildings: Int? = nil
    public var units: Int? = nil
    /// Words of plan targets mapped to a measure by the site (`目标词: {讲座: 健康教育}`), tried before the built-in
    /// table (`MeasureTable`); each value is an activity category or a measure name (简报, 命名, 满意率 …).
    public var targetWords: [(word: String, meaning: String)] = []
    public var slogans: [String]
    public var categories: [String]
    /// Prefix of document numbers on printed notices (某居 in 某居公示〔2023〕18号).
    public var documentPrefix: String?
    /// Whether raw HTML written in Markdown is kept (off unless the site opts in).
    public var allowsRawHTML: Bool
    /// Days a rectified black-list entry stays public after it was put right.
    public var rectifiedRetentionDays: Int
    public var display: DisplaySettings
    /// Mobile numbers staff chose to publish (a cadre's work mobile in a 公示); the privacy guard lets only these and `contact.phone` through.
    public var publicPhones: [String] = []

    /// How to reach the committee.
    public struct Contact: Sendable {
        public var phone: String?
        public var address: String?
        public var hours: String?
        public var email: String?
    }

    /// What the hall's display screen shows and how fast it turns.
    public struct DisplaySettings: Sendable {
        public var intervalSeconds: Int = 15
        public var panels: [String] = ["notices", "honours", "activities", "slogans"]
        public var reloadMinutes: Int = 10
    }

    /// The usual activity categories, used when `site.yaml` names none.
    public static let defaultCategories = ["我们的节日", "志愿服务", "道德讲堂", "环境整治", "健康教育", "普法宣传", "科普活动", "文体活动", "帮扶慰问", "平安创建", "会议"]

    /// A profile with defaults for a community name (used by tests and `init`).
    public init(name: String) {
        self.name = name
        self.committee = name + "居民委员会"
        self.contact = Contact()
        self.language = "zh-CN"
        self.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        self.slogans = []
        self.categories = Self.defaultCategories
        self.allowsRawHTML = false
        self.rectifiedRetentionDays = 30
        self.display = DisplaySettings()
    }

    /// Seconds east of UTC of the site's zone (for feed timestamps).
    public var utcOffsetSeconds: Int { timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_700_000_000)) }

    /// The absolute URL of a site path (`notices/x/`), or nil without a base URL.
    public func absoluteURL(_ path: String) -> String? {
        guard let baseURL else { return nil }
        return baseURL + URLPath.encode(path)
    }
}

/// One line of the evidence rule table: when a criterion's words include one of `words`, the site's records of
/// `source` (of `category`, with one of `titleWords` in their title, when given) support it. docs/checklists.md.
public struct EvidenceRule: Sendable {
    public var words: [String]
    public var source: EvidenceSource
    public var category: String?
    public var titleWords: [String] = []
    /// Where the site wrote it; nil for a built-in rule.
    public var location: SourceLocation?

    public init(words: [String], source: EvidenceSource, category: String? = nil, titleWords: [String] = [], location: SourceLocation? = nil) {
        self.words = words
        self.source = source
        self.category = category
        self.titleWords = titleWords
        self.location = location
    }

    /// Whether the criterion's text names this rule.
    public func applies(to criterion: ChecklistCriterion) -> Bool {
        let text = criterion.text
        return words.contains { text.contains($0) }
    }

    /// Whether a record of the rule's kind is one it means.
    public func selects(_ item: EvidenceItem) -> Bool {
        guard item.source == source else { return false }
        if let category, item.category != category { return false }
        return titleWords.isEmpty || titleWords.contains { item.title.contains($0) }
    }

    /// The built-in table, for the usual categories of a civilised-community campaign. A rule naming a category the
    /// site does not have selects nothing. Sites add their own before these (`规则:` in the checklist file).
    public static let builtIn: [EvidenceRule] = [
        EvidenceRule(words: ["道德讲堂"], source: .activity, category: "道德讲堂"),
        EvidenceRule(words: ["我们的节日", "传统节日", "春节", "元宵", "清明", "端午", "七夕", "中秋", "重阳"], source: .activity, category: "我们的节日"),
        EvidenceRule(words: ["志愿服务", "学雷锋", "志愿者"], source: .activity, category: "志愿服务"),
        EvidenceRule(words: ["环境", "卫生", "垃圾分类", "整治", "绿化"], source: .activity, category: "环境整治"),
        EvidenceRule(words: ["垃圾分类"], source: .notice, titleWords: ["垃圾"]),
        EvidenceRule(words: ["健康"], source: .activity, category: "健康教育"),
        EvidenceRule(words: ["普法", "法治", "法律"], source: .activity, category: "普法宣传"),
        EvidenceRule(words: ["科普", "科学"], source: .activity, category: "科普活动"),
        EvidenceRule(words: ["文体", "文艺", "体育", "全民健身"], source: .activity, category: "文体活动"),
        EvidenceRule(words: ["帮扶", "慰问", "困难群众", "关爱"], source: .activity, category: "帮扶慰问"),
        EvidenceRule(words: ["平安", "消防", "安全", "防范"], source: .activity, category: "平安创建"),
        EvidenceRule(words: ["消防", "安全", "用火用电"], source: .notice, titleWords: ["消防", "安全", "用火", "用电"]),
        EvidenceRule(words: ["例会", "会议", "领导小组", "工作机制"], source: .activity, category: "会议"),
        EvidenceRule(words: ["简报", "信息报送", "宣传报道"], source: .bulletin),
        EvidenceRule(words: ["光荣榜", "红榜", "好人", "文明家庭", "最美家庭", "评选", "表彰", "先进典型", "诚信"], source: .honour),
        EvidenceRule(words: ["曝光", "不文明行为", "黑榜"], source: .honour, category: nil, titleWords: ["曝光"]),
        EvidenceRule(words: ["居务公开", "政务公开", "公开栏", "通知公告", "倡议"], source: .notice),
        EvidenceRule(words: ["文明养犬", "养犬"], source: .notice, titleWords: ["养犬"]),
        EvidenceRule(words: ["工作计划", "实施方案", "创建规划", "年度计划", "工作目标"], source: .plan),
        EvidenceRule(words: ["宣传栏", "黑板报", "橱窗", "宣传阵地", "公示栏", "阅报栏", "展板"], source: .board),
        EvidenceRule(words: ["满意率", "满意度", "知晓率", "支持率", "问卷", "民意调查"], source: .survey),
        EvidenceRule(words: ["公约", "村规民约", "居民公约", "文明公约"], source: .convention),
    ]
}

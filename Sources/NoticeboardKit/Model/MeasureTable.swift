/// Maps what a recognised target counts to a measure (docs/reports.md, “Words → measures”): survey rates, incidents,
/// registered volunteers, volunteer hours, bulletins, board updates, teams, facilities, honours and their share of
/// households, and activities of a category. The site's own words (`site.yaml` `目标词`) are tried first.
public enum MeasureTable {
    /// At most this many site words are read (a bound against hostile input).
    public static let maxSiteWords = 200

    /// Words naming an activity category, tried when the site has that category (first match wins).
    public static let categoryWords: [(words: [String], category: String)] = [
        (["道德讲堂"], "道德讲堂"),
        (["会议", "例会", "联席会", "座谈会", "理事会"], "会议"),
        (["健康讲座", "健康教育", "义诊", "体检"], "健康教育"),
        (["普法", "法律", "法治"], "普法宣传"),
        (["科普"], "科普活动"),
        (["节日", "春节", "中秋", "重阳", "端午"], "我们的节日"),
        (["慰问", "走访", "帮扶", "帮困"], "帮扶慰问"),
        (["消防", "演练", "安全检查", "巡逻", "平安"], "平安创建"),
        (["垃圾分类", "保洁", "环境", "卫生整治", "清洁"], "环境整治"),
        (["文体", "演出", "文艺", "健身"], "文体活动"),
        (["志愿服务", "学雷锋"], "志愿服务"),
        (["讲座", "培训", "学习"], "健康教育"),
    ]

    static let surveyWords = ["满意率", "满意度", "知晓率", "支持率", "参与率", "知晓度", "认可率"]
    static let incidentKinds: [(String, String)] = [("上访", "上访"), ("火", "火情"), ("纠纷", "纠纷"), ("案", "案件"), ("犯罪", "案件"), ("事故", "事故")]
    static let volunteerWords = ["注册志愿者", "志愿者", "志愿人员"]
    static let boardWords = ["宣传栏", "橱窗", "黑板报", "板报", "宣传板", "展板", "公示栏", "科普资料", "宣传资料"]
    static let teamWords = ["志愿服务队", "服务队", "文艺队", "演出队", "巡逻队", "讲师团", "队伍", "协会"]
    static let venueWords = ["道德讲堂", "市民学校", "图书室", "活动室", "阅览室", "活动中心", "场所", "学校"]
    static let honourWords = ["文明家庭", "五好", "文明楼院", "文明户", "好人", "光荣榜", "命名一次", "命名", "表彰", "评选", "最美"]

    /// The measure of a recognised target. `context` is the task's title (what the sentence is about when the clause
    /// alone does not say); `categories` are the site's activity categories.
    public static func measure(for t: TargetSentence, context: String, profile: SiteProfile?) -> TargetMeasure {
        let categories = profile?.categories ?? SiteProfile.defaultCategories
        var m = TargetMeasure(kind: .count, per: t.period)
        switch t.comparison {
        case .atLeast: m.atLeast = t.threshold
        case .atMost: m.atMost = t.threshold
        case .zero: m.atMost = 0
        }
        let text = t.text
        let percent = t.unit == "%"
        func has(_ words: [String]) -> String? { words.first { text.contains($0) } }
        func record(_ r: RecordMeasure) -> TargetMeasure { var x = m; x.kind = .record; x.record = r; return x }

        // 1. The site's own words.
        for (word, meaning) in profile?.targetWords ?? [] where text.contains(word) {
            if categories.contains(meaning) { m.category = meaning; return m }
            if let kind = TargetMeasure.Kind(text: meaning), kind != .record { m.kind = kind; return m }
            if surveyWords.contains(meaning) || meaning.hasSuffix("率") { return record(.surveyRate(meaning)) }
        }
        // 2. Rates from surveys, incidents.
        if let rate = has(surveyWords), percent || t.comparison != .zero { return record(.surveyRate(rate)) }
        let incidentWords = ["发案", "案件", "上访", "火情", "火灾", "事故", "纠纷"]
        if t.comparison == .zero || (t.comparison == .atMost && incidentWords.contains { text.contains($0) })
            || text.contains("发案") || text.contains("案件") || text.contains("上访") {
            let kind = incidentKinds.first { t.counted.contains($0.0) || text.contains($0.0) }?.1
            var r = record(.incidents(kind: kind))
            if percent { r.of = .population }
            return r
        }
        // 3. Registered volunteers (a share of the population when a percentage).
        if has(volunteerWords) != nil, percent || ["人", "名"].contains(t.unit) {
            var r = record(.registeredVolunteers)
            if percent { r.of = .population }
            return r
        }
        // 4. Hours.
        if t.unit == "小时" {
            if text.contains("志愿") { m.kind = .sum; m.field = "volunteer_hours"; return m }
            m.kind = .duration
            m.category = category(in: text, context: context, categories: categories)
            return m
        }
        // 5. Bulletins, boards, teams, facilities.
        if text.contains("简报") || (t.unit == "期" && t.context.contains("简报")) { m.kind = .bulletins; return m }
        if has(boardWords) != nil { return record(.boardUpdates) }
        if let team = has(teamWords), ["支", "个"].contains(t.unit) { return record(.teams(kind: team == "队伍" ? nil : team)) }
        if let venue = has(venueWords), ["个", "所", "处", "间", "座"].contains(t.unit) { return record(.venues(kind: venue == "场所" ? nil : venue)) }
        // 6. Honours: their share of households (or buildings), or how many were named.
        if (has(honourWords) != nil && !text.contains("考核") && !text.contains("申报")) || (percent && (text.contains("户") || text.contains("家庭") || text.contains("楼"))) {
            if percent {
                m.kind = .share
                m.of = text.contains("楼") && !text.contains("家庭") ? .buildings : .households
                return m
            }
            m.kind = .honours
            return m
        }
        // 7. Other percentages: units' places open to residents, or a rate found by a survey or an inspection.
        if percent {
            if text.contains("单位") && (text.contains("开放") || text.contains("场所")) { var r = record(.openUnits); r.of = .units; return r }
            let name = t.counted.hasSuffix("率") ? t.counted : rateName(t.counted)
            return record(.surveyRate(name))
        }
        // 8. Activities: of the category the words name, else those recorded against the task; people add up participants.
        m.category = category(in: text, context: context, categories: categories)
        if ["人", "人次"].contains(t.unit) { m.kind = .sum; m.field = "participants" }
        return m
    }

    /// `小区达到文明小区标准` → `小区达标率`.
    static func rateName(_ counted: String) -> String {
        if counted.contains("达") || counted.contains("标准") { return (counted.prefix(while: { $0 != "达" }) + "达标率") }
        return String(counted.prefix(10)) + "率"
    }

    static func category(in text: String, context: String, categories: [String]) -> String? {
        for source in [text, context] {
            if let c = categories.first(where: { source.contains($0) }) { return c }
            for (words, c) in categoryWords where categories.contains(c) && words.contains(where: { source.contains($0) }) { return c }
        }
        return nil
    }
}

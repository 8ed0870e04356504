import Testing
@testable import NoticeboardKit

/// The target recogniser on single sentences: each comparison and period, numbers in every form, and the sentences
/// that state no aim (narratives, dates, phones, years, ordinals, set phrases) which must give no target.
struct TargetRecogniserTests {
    func one(_ text: String) -> TargetSentence? {
        let found = TargetRecogniser.recognise(text, line: 7)
        #expect(found.count == 1, "\(text): \(found.map(\.text))")
        return found.first
    }

    @Test func monthlyMeetingInWords() throws {
        let t = try #require(one("一是建立例会制度。共建理事会每月召开一次会议，检查创建目标完成情况。"))
        #expect(t.period == .month)
        #expect(t.comparison == .atLeast)
        #expect(t.threshold == 1)
        #expect(t.unit == "次")
        #expect(t.counted == "会议")
        #expect(t.text == "共建理事会每月召开一次会议")
        #expect(t.line == 7)
        #expect(t.column == 10)
    }

    @Test(arguments: [
        ("辖区居民对治安状况的满意和基本满意率达85%以上。", TargetComparison.atLeast, 85.0, "%"),
        ("居民满意率≥90%", .atLeast, 90, "%"),
        ("每周自学不少于6小时", .atLeast, 6, "小时"),
        ("全年集中学习不少于12天", .atLeast, 12, "天"),
        ("至少组建一支文艺演出队伍", .atLeast, 1, "支"),
        ("每社区1–2个道德讲堂", .atLeast, 1, "个"),
        ("刑事、治安案件综合发案率控制在人口总数的1%以内", .atMost, 1, "%"),
        ("发案率≤人口1%", .atMost, 1, "%"),
        ("噪声投诉每月不超过3件", .atMost, 3, "件"),
        ("流动摊点不高于十二处", .atMost, 12, "处"),
        ("困难家庭走访不低于两次", .atLeast, 2, "次"),
        ("年内新增志愿者50人以上", .atLeast, 50, "人"),
        ("低保户每户每月不少于１次探访", .atLeast, 1, "次"),
    ])
    func comparisonsAndNumbers(text: String, comparison: TargetComparison, threshold: Double, unit: String) throws {
        let t = try #require(one(text))
        #expect(t.comparison == comparison)
        #expect(t.threshold == threshold)
        #expect(t.unit == unit)
    }

    @Test(arguments: [
        ("小区保洁不少于8小时/日", TargetMeasure.Period.day),
        ("每周五下午开展一次学习", .week),
        ("每季度举办一次健康讲座", .quarter),
        ("全年举办道德讲堂12期", .year),
        ("文明社区每两年命名一次", .twoYears),
        ("区文明办对已命名的文明社区每年考核一次", .year),
        ("每月一期简报", .month),
    ])
    func periods(text: String, period: TargetMeasure.Period) throws {
        #expect(try #require(one(text)).period == period)
    }

    @Test func zeroTargets() throws {
        let crime = try #require(one("社区内不发生重大刑事案件"))
        #expect(crime.comparison == .zero)
        #expect(crime.counted == "重大刑事案件")
        #expect(try #require(one("确保做到无重复群体上访事件")).comparison == .zero)
        #expect(try #require(one("杜绝重大火灾事故")).comparison == .zero)
        #expect(try #require(one("全年无较大消防安全事故")).period == .year)
    }

    @Test func cadenceWithoutNumber() throws {
        let plan = try #require(one("每月有安排"))
        #expect(plan.period == .month && plan.threshold == 1)
        #expect(try #require(one("科普资料每月更换")).counted == "科普资料更换")
    }

    @Test func perUnitScope() {
        let found = TargetRecogniser.recognise("每个街道可申报一个文明社区和两个文明小区，并向社会公示。", line: 1)
        #expect(found.map(\.threshold) == [1, 2])
        #expect(found.map(\.counted) == ["文明社区和两个文明小区", "文明小区"] || found.map(\.counted).last == "文明小区")
        #expect(found.allSatisfy { $0.scope == "每个街道" })
    }

    @Test(arguments: [
        "去年社区组织了120人参加义务植树。",
        "2023年，社区共有居民3200户。",
        "联系电话：0571-8800 1234，地址长青路18号。",
        "本期是第3期简报，第二个周六举行。",
        "以邓小平理论和“三个代表”重要思想为指导。",
        "驻区单位“门前三包”责任制落实。",
        "小区做到6无：无乱吐乱扔、无乱贴乱画、无私搭乱建、无乱设摊点、无乱堆物、无乱晾晒。",
        "在社会做一个好公民、在单位做一个好建设者。",
        "二是开展“十个一”活动。",
        "会议于2026-03-15召开，历时3小时。",
        "活动已经覆盖全体居民1200户。",
        "不养家禽和无证犬，无残存垃圾。",
        "实现社区三个文明协调发展。",
        "2026年1月16日印发。",
        "第一是加强领导，第2次会议研究部署。",
    ])
    func notTargets(text: String) {
        #expect(TargetRecogniser.recognise(text, line: 1).isEmpty, "\(TargetRecogniser.recognise(text, line: 1).map(\.text))")
    }

    @Test func boundedOnHostileLines() {
        let line = String(repeating: "每月不少于1次，", count: 5_000)
        #expect(TargetRecogniser.recognise(line, line: 1).count == TargetRecogniser.maxPerLine)
    }
}

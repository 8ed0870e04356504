import Foundation
import Testing
@testable import NoticeboardKit

/// Targets read from the plans' own words, end to end: the three fixtures (one paragraph per line with half-width
/// punctuation, several articles with list items, a web page with Markdown headings) give each comparison, period
/// and measure kind at the right line; plan.json carries them; the report and `check` say 需要记录 where no record
/// can measure a target; `targets:` entries confirm, correct and silence recognised ones.
struct PlanTextTargetTests {
    static let fixtures = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/plans/"

    /// line, period, comparison, threshold, unit, measure kind (record measures by their folder).
    typealias Row = (line: Int, period: String, comparison: String, threshold: Double, unit: String, measure: String)

    static let expected: [String: [Row]] = [
        "2026-目标识别-按行.md": [
            (8, "year", "at-least", 40, "次", "count"), (11, "month", "at-least", 1, "期", "count"),
            (12, "year", "at-least", 7, "次", "count"), (13, "year", "at-least", 500, "小时", "sum"),
            (13, "-", "at-least", 6, "%", "content/volunteers/"), (15, "week", "at-least", 1, "次", "count"),
            (15, "-", "at-least", 90, "%", "content/surveys/"), (17, "day", "at-least", 8, "小时", "duration"),
            (19, "-", "zero", 0, "", "content/incidents/"), (19, "-", "zero", 0, "", "content/incidents/"),
            (20, "-", "at-most", 1, "%", "content/incidents/"), (21, "-", "at-least", 1, "支", "content/teams/"),
            (21, "quarter", "at-least", 1, "次", "count"), (23, "month", "at-least", 1, "次", "count"),
            (24, "month", "at-least", 1, "期", "bulletins"), (24, "year", "at-least", 12, "期", "bulletins"),
        ],
        "2026-目标识别-多篇.md": [
            (9, "-", "at-least", 30, "%", "share"), (9, "year", "at-least", 10, "户", "honours"),
            (10, "-", "at-least", 50, "%", "share"), (14, "year", "at-least", 1, "次", "honours"),
            (14, "two-years", "at-least", 1, "次", "honours"), (16, "year", "at-least", 12, "场", "count"),
            (16, "-", "at-least", 50, "人", "sum"), (22, "-", "at-least", 85, "%", "content/surveys/"),
            (22, "-", "at-least", 80, "%", "content/surveys/"), (24, "-", "at-least", 60, "%", "content/venues/"),
            (26, "-", "at-least", 1, "个", "content/venues/"), (30, "month", "at-least", 1, "次", "content/boards/"),
            (30, "month", "at-least", 1, "次", "content/boards/"), (32, "week", "at-least", 6, "小时", "duration"),
        ],
        "2026-目标识别-网页.md": [
            (15, "month", "at-least", 1, "次", "count"), (15, "-", "zero", 0, "", "content/incidents/"),
            (17, "year", "at-most", 2, "起", "content/incidents/"), (17, "quarter", "at-least", 1, "次", "count"),
            (21, "-", "at-least", 95, "%", "content/surveys/"), (23, "day", "at-least", 1, "名", "count"),
            (23, "day", "at-least", 2, "小时", "duration"), (27, "quarter", "at-least", 1, "次", "count"),
            (27, "year", "at-least", 4, "次", "count"), (29, "year", "at-least", 2, "场", "count"),
            (31, "month", "at-least", 1, "次", "count"), (31, "-", "at-least", 80, "%", "content/surveys/"),
            (33, "-", "at-least", 20, "%", "share"),
        ],
    ]

    static func planJSON(_ site: TestSite, _ slug: String) throws -> [String: Any] {
        let text = try #require(site.read("plans/\(slug)/plan.json"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func row(_ t: [String: Any]) -> String {
        let m = t["measure"] as? [String: Any]
        let kind = (m?["record"] as? String) ?? (m?["kind"] as? String ?? "-")
        let threshold = (t["threshold"] as? NSNumber)?.doubleValue ?? -1
        return "\(t["line"]!) \(t["period"] as? String ?? "-") \(t["comparison"]!) \(threshold) \(t["unit"]!) \(kind)"
    }

    @Test(arguments: ["2026-目标识别-按行.md", "2026-目标识别-多篇.md", "2026-目标识别-网页.md"])
    func everyTargetOfTheFixtureAtItsLine(file: String) throws {
        let text = try String(contentsOfFile: Self.fixtures + file, encoding: .utf8)
        let site = try TestSite(["content/plans/" + file: text])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let json = try Self.planJSON(site, String(file.dropLast(3)))
        let targets = try #require(json["targets"] as? [[String: Any]])
        let rows = try #require(Self.expected[file])
        #expect(targets.map(Self.row) == rows.map { "\($0.line) \($0.period) \($0.comparison) \($0.threshold) \($0.unit) \($0.measure)" })
        // Nothing measurable without records: every target waits for one, none is 滞后.
        #expect(targets.allSatisfy { $0["status"] as? String == "needs-record" })
        #expect(targets.allSatisfy { ($0["needs"] as? String)?.hasPrefix("需要记录：") == true })
        // Each is marked at its sentence on the plan page, with its status.
        let page = try #require(site.read("plans/\(json["slug"]!)/index.html"))
        #expect(page.matches(of: /<mark class="target-sentence">/).count == targets.count)
        #expect(!page.contains("badge-status-behind"))
    }

    @Test func sentencesStatingNoAimGiveNoTarget() throws {
        // Narratives, phones, years, ordinals, set phrases and the 6无 list of the fixtures: none of their lines has a target.
        for (file, lines) in [("2026-目标识别-按行.md", [6, 16, 25]), ("2026-目标识别-网页.md", [9]), ("2026-目标识别-多篇.md", [34])] {
            let text = try String(contentsOfFile: Self.fixtures + file, encoding: .utf8)
            let site = try TestSite(["content/plans/" + file: text])
            defer { site.remove() }
            site.build()
            let json = try Self.planJSON(site, String(file.dropLast(3)))
            let found = Set((json["targets"] as? [[String: Any]] ?? []).compactMap { $0["line"] as? Int })
            for line in lines { #expect(!found.contains(line), "\(file):\(line)") }
        }
    }

    static let plan = """
    ---
    标题: 测试社区2026年工作计划
    年度: 2026
    目标:
      - 行: 14
        编号: bulletins
        名称: 创建简报
      - 原文: 每周开展一次垃圾分类督导
        类别: 环境整治
      - 行: 16
        忽略: true
    ---
    一、主要任务
    1、每月编印一期简报。
    2、每周开展一次垃圾分类督导。
    3、全年火情不超过2起，满意率达到90%以上。
    4、每月召开一次例会。
    """

    static let ledger = """
    日期,活动名称,类别
    2026-10-05,垃圾分类督导,环境整治
    2026-10-12,垃圾分类督导,环境整治
    2026-11-16,垃圾分类督导,环境整治
    """

    @Test func measuredFromTheSitesRecordsAndCorrectedByTheFrontMatter() throws {
        var files = ["content/plans/2026-test.md": Self.plan, "content/ledger/2026.csv": Self.ledger]
        for m in 1...10 { files["content/bulletins/\(m).md"] = BulletinTests.bulletin(issue: "\(m)", date: String(format: "2026-%02d-15", m)) }
        files["content/bulletins/11.md"] = BulletinTests.bulletin(issue: "11", date: "2026-11-30")
        let site = try TestSite(files)
        defer { site.remove() }
        let result = site.build(date: "2026-11-20")
        #expect(result.errorCount == 0, "\(result.lines)")
        let targets = try #require(try Self.planJSON(site, "2026-test")["targets"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: targets.map { ($0["id"] as! String, $0) })
        // One bulletin each month: January to October have one, November's is not out yet (running, on track).
        let bulletins = try #require(byID["bulletins"])
        #expect(bulletins["label"] as? String == "创建简报")
        #expect(bulletins["status"] as? String == "on-track")
        #expect(bulletins["value"] as? Int == 10)
        // Weekly, corrected to the 环境整治 category: most weeks have none, so it is behind, with the weeks missed.
        let weekly = try #require(targets.first { ($0["text"] as? String)?.contains("垃圾分类督导") == true })
        #expect(weekly["status"] as? String == "behind")
        #expect(weekly["period"] as? String == "week")
        #expect((weekly["missed"] as? [String])?.count ?? 0 > 30)
        // Line 16 silenced (火情 and 满意率); the meeting has no 会议 in the ledger at all but the ledger exists: behind.
        #expect(!targets.contains { ($0["line"] as? Int) == 16 })
        #expect(byID["t1.4-1"]?["status"] as? String == "behind")
        // The report shows the same figures.
        let report = try #require(site.read("reports/2026/index.html"))
        #expect(report.contains("创建简报"))
    }

    @Test func checkSaysWhatToRecordAtThePlanLine() throws {
        let site = try TestSite(["content/plans/2026-test.md": "---\n标题: 测试\n年度: 2026\n---\n一、目标\n居民满意率达到90%以上，不发生重大刑事案件。\n"])
        defer { site.remove() }
        let result = site.build(writes: false)
        let notes = result.diagnostics.filter { $0.key == "plan.target-needs-record" }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.location.line == 6 && $0.severity == .warning })
        #expect(notes.contains { $0.message.contains("content/surveys/") && $0.message.contains("满意率") })
        #expect(notes.contains { $0.message.contains("content/incidents/") })
        #expect(notes.first?.location.column == 1)
    }

    /// plan.json of a fixture with a ledger and bulletins, byte for byte (Golden/plan.json): the format docs/plans.md
    /// promises to keep stable, with measured, behind, on-track and 需要记录 targets.
    @Test func planJSONGolden() throws {
        let file = "2026-目标识别-按行.md"
        var files = ["content/plans/" + file: try String(contentsOfFile: Self.fixtures + file, encoding: .utf8),
                     "content/ledger/2026.csv": Self.ledger + "\n2026-11-02,领导小组例会,会议\n"]
        for m in 1...10 { files["content/bulletins/\(m).md"] = BulletinTests.bulletin(issue: "\(m)", date: String(format: "2026-%02d-15", m)) }
        let site = try TestSite(files)
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        try expectGolden(try #require(site.read("plans/2026-目标识别-按行/plan.json")), "plan.json")
    }
}

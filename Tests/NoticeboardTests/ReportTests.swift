import Foundation
import Testing
@testable import NoticeboardKit

/// The yearly progress report: every figure on the demo report recomputed from the ledger files by hand,
/// statuses as the build date moves, and the measure language's errors at their lines.
@Suite("Progress reports")
struct ReportTests {
    /// One ledger row as the test reads it, without Noticeboard's parser.
    struct Row {
        var date: (year: Int, month: Int, day: Int)
        var category = ""
        var participants = 0
        var volunteers = 0
        var hours = 0.0
        var tasks: [String] = []
        var title = ""
    }

    /// Splits CSV text into records (quoted cells may hold commas and line breaks).
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], cell = "", quoted = false
        var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"", i + 1 < chars.count, chars[i + 1] == "\"" { cell.append("\""); i += 1 }
                else if c == "\"" { quoted = false }
                else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(cell); cell = "" }
            else if c == "\n" { record.append(cell); records.append(record); record = []; cell = "" }
            else { cell.append(c) }
            i += 1
        }
        if !cell.isEmpty || !record.isEmpty { record.append(cell); records.append(record) }
        return records
    }

    static func gb18030(_ path: String) throws -> String {
        try PrintSheetTests.tool("iconv", ["-f", "GB18030", "-t", "UTF-8", path])
    }

    /// The demo ledger: the first quarter (an .xlsx, read here from the CSV it was made from), the GB18030 CSV of the
    /// second and the YAML of the second half, read line by line.
    static func demoLedger() throws -> [Row] {
        var rows: [Row] = []
        let folder = repositoryRoot + "/content/ledger/"
        let firstQuarter = try String(contentsOfFile: repositoryRoot + "/Tests/NoticeboardTests/Fixtures/office/ledger-q1.csv", encoding: .utf8)
        var records = csvRecords(firstQuarter)
        records += csvRecords(try gb18030(folder + "2026年第二季度活动台账.csv")).dropFirst()
        let header = records[0]
        func col(_ name: String) -> Int { header.firstIndex(of: name)! }
        for r in records.dropFirst() where r.count == header.count {
            let d = r[col("日期")].split(separator: "/").map { Int($0)! }
            rows.append(Row(date: (d[0], d[1], d[2]), category: r[col("类别")], participants: Int(r[col("参与人数")]) ?? 0,
                            volunteers: Int(r[col("志愿者人数")]) ?? 0, hours: Double(r[col("志愿服务时长")]) ?? 0,
                            tasks: r[col("对应任务")].split(separator: "；").map(String.init), title: r[col("活动名称")]))
        }
        let yaml = try String(contentsOfFile: folder + "2026年下半年活动台账.yaml", encoding: .utf8)
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            func value(_ key: String) -> String? {
                line.hasPrefix(key) ? String(line.dropFirst(key.count)).trimmingCharacters(in: .whitespaces) : nil
            }
            if let v = value("- date:") {
                let d = v.split(separator: "-").map { Int($0)! }
                rows.append(Row(date: (d[0], d[1], d[2])))
            } else if let v = value("  category:") { rows[rows.count - 1].category = v }
            else if let v = value("  title:") { rows[rows.count - 1].title = v }
            else if let v = value("  participants:") { rows[rows.count - 1].participants = Int(v)! }
            else if let v = value("  volunteers:") { rows[rows.count - 1].volunteers = Int(v)! }
            else if let v = value("  volunteer_hours:") { rows[rows.count - 1].hours = Double(v)! }
            else if let v = value("  tasks:") {
                rows[rows.count - 1].tasks = v.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
        }
        return rows
    }

    static func buildDemo(date: String = "2026-11-20") throws -> (TestSite, BuildResult) {
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: site.root + "/content")
        return (site, site.build(date: date))
    }

    /// The text of an HTML fragment without tags, with runs of white space collapsed.
    static func text(_ html: Substring) -> String {
        html.replacing(/<[^>]+>/, with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The target's list item on the report page.
    static func targetBlock(_ page: String, _ id: String) throws -> Substring {
        let start = try #require(page.range(of: "id=\"target-\(id)\""))
        let end = try #require(page.range(of: "</li>\n", range: start.upperBound..<page.endIndex))
        return page[start.lowerBound..<end.upperBound]
    }

    @Test func everyFigureOfTheDemoReportComesFromTheLedgerFiles() throws {
        let rows = try Self.demoLedger().filter { ($0.date.year, $0.date.month, $0.date.day) <= (2026, 11, 20) }
        #expect(rows.count == 59)
        let (site, result) = try Self.buildDemo()
        defer { site.remove() }
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("reports/2026/index.html"))

        // Totals in the lede.
        let participants = rows.reduce(0) { $0 + $1.participants }
        let hours = rows.reduce(0) { $0 + $1.hours }
        #expect(page.contains("全年已开展活动 \(rows.count) 次，参与 \(participants) 人次，志愿服务 \(String(format: "%.1f", hours)) 小时"))

        // Monthly table: activities, participants, volunteers, hours.
        for m in 1...12 {
            let inMonth = rows.filter { $0.date.month == m }
            let line = "<tr><th scope=\"row\">\(m)月</th><td>\(inMonth.count)</td><td>\(inMonth.reduce(0) { $0 + $1.participants })</td><td>\(inMonth.reduce(0) { $0 + $1.volunteers })</td><td>\(String(format: "%.1f", inMonth.reduce(0) { $0 + $1.hours }))</td></tr>"
            #expect(page.contains(line), "month \(m): \(line)")
        }

        // Month × category table, in the site's category order.
        let siteCategories = ["我们的节日", "志愿服务", "道德讲堂", "环境整治", "健康教育", "普法宣传", "科普活动", "文体活动", "帮扶慰问", "平安创建", "会议"]
        let used = siteCategories.filter { c in rows.contains { $0.category == c } }
        #expect(page.contains("<thead><tr><th scope=\"col\">月份</th>" + used.map { "<th scope=\"col\">\($0)</th>" }.joined() + "<th scope=\"col\">合计</th></tr></thead>"))
        for m in 1...12 {
            let cells = used.map { c in rows.filter { $0.date.month == m && $0.category == c }.count }
            let line = "<tr><th scope=\"row\">\(m)月</th>" + cells.map { "<td>\($0)</td>" }.joined() + "<td>\(cells.reduce(0, +))</td></tr>"
            #expect(page.contains(line), "month \(m) by category: \(line)")
        }

        // Targets: the figure, the number of activities counted, the status, the months missed.
        func count(_ c: String) -> [Row] { rows.filter { $0.category == c } }
        func task(_ t: String) -> [Row] { rows.filter { $0.tasks.contains { $0 == "2026-civilised#" + t || $0.hasPrefix("2026-civilised#\(t).") } } }
        let meetingMonths = Set(count("会议").map(\.date.month))
        let missedMeetings = (1...10).filter { !meetingMonths.contains($0) }
        #expect(missedMeetings == [7])
        let sortingMonths = Set(count("环境整治").map(\.date.month))
        let missedSorting = (1...10).filter { !sortingMonths.contains($0) }
        let hours313 = task("3.1.3").reduce(0) { $0 + $1.hours }
        let expected: [(id: String, figure: String, counted: Int, status: String, missed: String?)] = [
            ("meetings", "\(count("会议").count) 次", count("会议").count, "滞后", missedMeetings.map { "\($0)月" }.joined(separator: "、")),
            ("moral-lecture", "\(count("道德讲堂").count) 次", count("道德讲堂").count, "滞后", nil),
            ("festivals", "\(count("我们的节日").count) 次", count("我们的节日").count, "已达标", nil),
            ("volunteer-hours", String(format: "%.1f 小时", hours313), task("3.1.3").count, "进度正常", nil),
            // 垃圾分类 in the plan's words is counted as the 环境整治 category (docs/reports.md, words → measures).
            ("sorting", "\(count("环境整治").count) 次", count("环境整治").count, "滞后", missedSorting.map { "\($0)月" }.joined(separator: "、")),
            ("fire-safety", "\(count("平安创建").count) 次", count("平安创建").count, "进度正常", nil),
            ("health", "\(count("健康教育").count) 次", count("健康教育").count, "滞后", "第三季度"),
            ("visits", "\(count("帮扶慰问").count) 次", count("帮扶慰问").count, "已达标", nil),
        ]
        for e in expected {
            let block = Self.text(try Self.targetBlock(page, e.id))
            #expect(block.contains("截至目前： \(e.figure)"), "\(e.id): \(block)")
            let statusClass = ["已达标": "met", "进度正常": "on-track", "滞后": "behind"][e.status]!
            #expect(try Self.targetBlock(page, e.id).contains("<span class=\"badge badge-status-\(statusClass)\">\(e.status)</span>"), "\(e.id)")
            #expect(block.contains("计入的活动（\(e.counted) 项）"), "\(e.id): \(block)")
            if let missed = e.missed { #expect(block.contains("未达标： \(missed)") || block.contains("未达标：\(missed)"), "\(e.id): \(block)") }
            else { #expect(!block.contains("未达标"), "\(e.id): \(block)") }
        }
        // Pro rata: 12 lectures a year, 324 of 365 days gone → 10 due.
        #expect(Self.text(try Self.targetBlock(page, "moral-lecture")).contains("按进度应达 \(12 * 324 / 365) 次"))
        #expect(page.contains("4 项已达标") && page.contains("3 项进度正常") && page.contains("6 项滞后") && !page.contains("需要记录才能评估"))
        // Registered volunteers over the population, the satisfaction and awareness surveys, fire accidents: measured
        // from the demo's own records (content/volunteers/, content/surveys/, content/incidents/), never 需要记录.
        let survey = try String(contentsOfFile: repositoryRoot + "/content/surveys/2026-10-文明创建群众满意度调查.md", encoding: .utf8)
        #expect(survey.contains("满意率: 96.3%") && survey.contains("知晓率: 93.8%"))
        for (id, figure, status) in [("t2-4", "93.8%", "滞后"), ("t2-5", "0", "进度正常"), ("t2-6", "96.3%", "已达标"), ("volunteers", "%", "已达标")] {
            let block = try Self.targetBlock(page, id)
            #expect(!block.contains("需要记录"), "\(id)")
            #expect(Self.text(block).contains("截至目前： \(figure)") || (figure == "%" && Self.text(block).contains("%")), "\(id): \(Self.text(block))")
            #expect(block.contains(">\(status)</span>"), "\(id)")
        }

        // Evidence links go to the activities counted.
        let meetings = try Self.targetBlock(page, "meetings")
        for title in rows.filter({ $0.category == "会议" }).map(\.title) { #expect(meetings.contains(">\(title)</a>"), "\(title)") }
        #expect(meetings.matches(of: /<li><time datetime="2026-\d\d-\d\d">/).count == count("会议").count)

        // Honours named in 2026: the 五好文明家庭 roll with every row of its CSV not revoked (撤销日期, 4th column) by the build date.
        let families = Self.csvRecords(try Self.gb18030(repositoryRoot + "/content/honours/2026-五好文明家庭.csv")).dropFirst()
            .filter { $0.count > 3 && ($0[3].isEmpty || $0[3] > "2026-11-20") }
        #expect(page.contains("“五好文明家庭”</a>（五好文明家庭，\(families.count) 个，2026年7月1日命名）"))

        // Gaps: the one task no activity refers to.
        #expect(page.contains("<span class=\"task-id\">3.2.3</span> 文明养犬宣传"))
        #expect(!page.contains("<span class=\"task-id\">3.2.1</span>"))

        // Charts are images with a title and a data table beside them.
        #expect(page.matches(of: /<svg class="chart" id="[^"]+" role="img" aria-label="[^"]+"/).count == 3)
        #expect(page.matches(of: /<title>2026年各月/).count == 3)
        // Charts need no script: the page's only one is the theme's site.js (关怀模式, 朗读).
        #expect(page.components(separatedBy: "<script").count - 1 == 1 && page.contains("<script src=\"../../assets/site.js\"></script>"))
    }

    @Test func theReportIsTheSameOnEveryBuild() throws {
        let (a, _) = try Self.buildDemo()
        let (b, _) = try Self.buildDemo()
        defer { a.remove(); b.remove() }
        #expect(a.read("reports/2026/index.html") == b.read("reports/2026/index.html"))
        #expect(a.read("reports/2026/print.html") == b.read("reports/2026/print.html"))
    }

    @Test func printSheetHasTheTargetsChartAndQRCode() throws {
        let (site, _) = try Self.buildDemo()
        defer { site.remove() }
        let sheet = try #require(site.read("reports/2026/print.html"))
        #expect(sheet.contains("paper-A4"))
        #expect(sheet.contains("aria-label=\"二维码：https://changqing.example.cn/reports/2026/\""))
        #expect(sheet.contains("<td>创建工作领导小组例会</td><td>每月不少于 1 次</td><td>10 次</td><td class=\"status-behind\">滞后</td>"))
        #expect(sheet.contains("二〇二六年十一月二十日"))
        let index = try #require(site.read("reports/index.html"))
        #expect(index.contains("2026年度工作进展报告"))
        #expect(try #require(site.read("index.html")).contains(">工作报告</a>"))
    }

    // MARK: status over time

    static let meetingSite: [String: String] = [
        "content/plans/2026-p.md": """
        ---
        title: 计划
        year: 2026
        targets:
          - id: meetings
            label: 例会
            task: 1.1
            measure: count
            category: 会议
            per: month
            at_least: 1
          - id: lectures
            label: 讲座
            measure: count
            category: 健康教育
            per: year
            at_least: 12
          - id: hours
            label: 志愿时长
            measure: sum
            field: 志愿服务时长
            at_least: 365
        ---
        一、组织
        （一）例会。每月一次。
        （二）讲座。
        """,
        "content/ledger/a.yaml": """
        - {date: 2026-01-10, title: 一月例会, category: 会议, tasks: [2026-p#1.1]}
        - {date: 2026-01-20, title: 讲座一, category: 健康教育, volunteer_hours: 31}
        - {date: 2026-02-10, title: 讲座二, category: 健康教育, volunteer_hours: 10}
        """,
    ]

    /// The model step's `Site` of a test site at a date.
    static func model(_ site: TestSite, date: String) throws -> Site {
        let options = BuildOptions(siteRoot: site.root, outputRoot: site.output, date: .explicit(try LocalDate.parse(date).get()),
                                   includeDrafts: false, writesOutput: false)
        let loaded = ContentLoader().load(siteRoot: site.root)
        let parsed = ContentParser.parse(loaded, options: options)
        #expect(!parsed.diagnostics.contains { $0.severity == .error }, "\(parsed.diagnostics)")
        return SiteModel.make(parsed, profile: try #require(parsed.profile), buildDate: try LocalDate.parse(date).get(),
                              options: options, loaded: loaded).site
    }

    static func evaluations(at date: String) throws -> [String: TargetEvaluation] {
        let site = try TestSite(meetingSite)
        defer { site.remove() }
        let built = try model(site, date: date)
        let report = YearReport(site: built, ledger: built.ledger, year: 2026)
        return Dictionary(uniqueKeysWithValues: report.evaluations.map { ($0.target.id, $0) })
    }

    @Test func statusChangesWhenTheBuildDateCrossesAMonth() throws {
        // 27 February: February is still running, so one January meeting is on track.
        let feb = try Self.evaluations(at: "2026-02-27")
        #expect(feb["meetings"]?.status == .onTrack)
        #expect(feb["meetings"]?.missed.isEmpty == true)
        // 1 March: February ended without a meeting.
        let march = try Self.evaluations(at: "2026-03-01")
        #expect(march["meetings"]?.status == .behind)
        #expect(march["meetings"]?.missed.map(\.label) == ["2月"])

        // 12 a year, pro rata: on 27 February 1 is due (12 × 58 / 365 = 1.9), 2 are done.
        #expect(feb["lectures"]?.status == .onTrack)
        #expect(feb["lectures"]?.expected == 1)
        // 365 hours a year: one hour a day. 41 hours are done: on track on 10 February (41 due), behind on 11 February (42 due).
        #expect(try Self.evaluations(at: "2026-02-10")["hours"]?.status == .onTrack)
        #expect(try Self.evaluations(at: "2026-02-11")["hours"]?.status == .behind)
        // Before the plan year: nothing to judge.
        #expect(try Self.evaluations(at: "2025-12-31")["meetings"]?.status == .notMeasurable)
        // After the year: monthly targets with every month met are met; here they are behind.
        let after = try Self.evaluations(at: "2027-01-05")
        #expect(after["meetings"]?.missed.count == 11)
        #expect(after["lectures"]?.status == .behind)
    }

    @Test func tasksWithoutActivityAreGaps() throws {
        let site = try TestSite(Self.meetingSite)
        defer { site.remove() }
        let built = try Self.model(site, date: "2026-03-01")
        let report = YearReport(site: built, ledger: built.ledger, year: 2026)
        #expect(report.gaps.map(\.item.id) == ["1.2"])
    }

    // MARK: the measure language's errors

    @Test func measuresThatCannotBeComputedAreErrorsAtTheirLines() throws {
        let plan = """
        ---
        title: 计划
        year: 2026
        targets:
          - id: a
            label: 未知字段
            measure: sum
            field: 满意度
          - id: b
            label: 没有户数
            measure: ratio
            field: 志愿者人数
            of: households
            at_least: 80%
          - id: c
            label: 未知类别
            measure: count
            category: 道德讲坛
            at_least: 12
          - id: d
            label: 没有字段
            measure: sum
            at_least: 100
          - id: e
            label: 没有基数
            measure: ratio
            field: 参与人数
            at_least: 5
          - id: f
            label: 未知计量
            measure: 平均
        ---
        一、任务
        """
        let site = try TestSite(["content/plans/2026-p.md": plan], siteYAML: "name: 测试社区\nbase_url: https://t.example.cn/\npopulation: 1000\n")
        defer { site.remove() }
        let result = site.build(writes: false)
        func at(_ key: String) -> [String] {
            result.diagnostics.filter { $0.key == key }.map { "\($0.severity == .error ? "E" : "W")\($0.location.line):\($0.location.column)" }
        }
        // Each at the value it is about: the field, the base, the category; a missing key at `measure`.
        #expect(at("plan.target-field") == ["E8:12", "E22:14"])
        #expect(at("plan.target-base") == ["E13:9"])
        #expect(at("plan.target-category") == ["E18:15"])
        #expect(at("plan.target-of") == ["E26:14"])
        #expect(at("plan.target-measure") == ["E31:14"])
        #expect(at("plan.target-at-least") == ["W7:14"])
        #expect(result.first("plan.target-field")?.message.contains("满意度") == true)
        #expect(result.first("plan.target-category")?.message.contains("道德讲堂") == true)
        #expect(result.errorCount == 6)
    }
}

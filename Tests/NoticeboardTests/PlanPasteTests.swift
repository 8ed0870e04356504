import Foundation
import Testing
@testable import NoticeboardKit

/// Plans as committees paste them: one paragraph per line, several documents in one file, list-item and mid-line
/// numbers, web-page chrome, signatures, summaries and reports — and nothing of the text lost on the way.
@Suite("Plans as pasted")
struct PlanPasteTests {
    static func outline(_ body: String) -> PlanOutline.Outline { PlanTests.outline(body) }
    static func ids(_ o: PlanOutline.Outline) -> [String] { o.items.flatMap(\.flattened).map(\.id) }

    static let fixtures = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/plans"
    /// The real plans of `../shared/samples/plans/` (not copied into the repository); tests using them run where they are.
    /// CI lays `shared/` beside the clone, so `../shared/samples/plans` is found there too.
    static let samples = ProcessInfo.processInfo.environment["NOTICEBOARD_PLAN_SAMPLES"]
        ?? [repositoryRoot + "/../shared/samples/plans", "/work/shared/samples/plans"].first { FileManager.default.fileExists(atPath: $0) }
        ?? repositoryRoot + "/../shared/samples/plans"
    static var hasSamples: Bool { FileManager.default.fileExists(atPath: samples + "/README.md") }

    // MARK: - Paragraphs and titles

    @Test func eachPastedLineIsItsOwnParagraph() throws {
        let o = Self.outline("2026年计划\n为做好创建工作，制定本计划\n一、任务\n第一行没有句号\n第二行\n湖光社区居委会 2026年1月\n")
        #expect(o.linesAreParagraphs)
        #expect(o.intro.children.count == 2)
        let body = try #require(o.items.first).body
        #expect(body.children.count == 2)
        #expect(body.children.map(\.plainText) == ["第一行没有句号", "第二行"])
        #expect(o.signature?.unit == "湖光社区居委会")
        #expect(o.signature?.date == "2026年1月")
        #expect(o.signature?.location.line == 9)
    }

    @Test func handWrittenMarkdownKeepsMarkdownsRule() throws {
        let o = Self.outline("一、任务\n\n这是一段手写的说明，写到这里\n换了一行继续写完。\n\n另一段。\n")
        #expect(!o.linesAreParagraphs)
        let body = try #require(o.items.first).body
        #expect(body.children.count == 2)
        #expect(body.children[0].plainText.hasPrefix("这是一段手写的说明，写到这里"))
    }

    @Test(arguments: [
        ("1、加强领导.成立领导小组", "加强领导", "成立领导小组"),
        ("1、加强领导 成立领导小组", "加强领导", "成立领导小组"),
        ("1、加强领导;成立领导小组", "加强领导", "成立领导小组"),
        ("1、加强领导：成立领导小组", "加强领导", "成立领导小组"),
        ("1、完成率达到1.5倍以上", "完成率达到1.5倍以上", ""),
        ("1、每天8:30开门", "每天8:30开门", ""),
    ])
    func titleEndsAtFullOrHalfWidthSentenceEnds(line: String, title: String, body: String) throws {
        let item = try #require(Self.outline("一、任务\n" + line + "\n").items.first?.children.first)
        #expect(item.title == title)
        #expect(item.body.plainText == body)
    }

    @Test func aLongItemWithoutAnEndHasNoTitle() throws {
        let text = "以大力加强社会主义核心价值体系建设为根本，积极构筑各族人民群众团结奋斗的共同思想基础，推动社区各项建设事业的大发展，并且要长期坚持下去"
        let o = Self.outline("一、" + text + "\n二、保障\n")
        let item = try #require(o.items.first)
        #expect(item.title.isEmpty)
        #expect(item.number == "一、")
        #expect(item.body.plainText == text)
        #expect(item.contentsLabel.count <= 13)
        #expect(o.items[1].title == "保障")
    }

    @Test func headingDropsItsTrailingFullStopAndNumbersKeepTheirDots() throws {
        let o = Self.outline("### 三、深入推进未成年思想道德建设。\n\n1. 办好家长学校\n")
        #expect(o.items[0].title == "深入推进未成年思想道德建设")
        #expect(o.items[0].children[0].number == "1.")
    }

    // MARK: - List items and lost line breaks

    @Test func numberedListItemsAreOutlineItems() throws {
        let o = Self.outline("（一）环境整洁\n\n- 1、绿化覆盖率达到30%以上。\n- 2、志愿者占人口5%以上。\n\n3、车辆停放有序。\n\n- 不是编号的一条\n")
        #expect(Self.ids(o) == ["1", "1.1", "1.2", "1.3"])
        #expect(o.diagnostics.isEmpty, "\(o.diagnostics)")
        #expect(o.items[0].children[0].title == "绿化覆盖率达到30%以上")
        #expect(o.items[0].children[0].location.line == 6)
        #expect(o.items[0].children[0].location.column == 3)
        #expect(o.items[0].children[2].body.children.contains { if case .list = $0.kind { return true }; return false })
    }

    @Test func aNumberAfterALostLineBreakIsAnItemWithAWarning() throws {
        let o = Self.outline("一、任务\n1、办好讲堂。\n2、评选好人。各项工作齐头并进”,3、通过挖掘身边典型带动居民参与。\n")
        #expect(Self.ids(o) == ["1", "1.1", "1.2", "1.3"])
        let d = try #require(o.diagnostics.first)
        #expect(o.diagnostics.map(\.key) == ["plan.line-break-lost"])
        #expect(d.location.line == 6)
        #expect(d.location.column == 18)
        #expect(o.items[0].children[2].title == "通过挖掘身边典型带动居民参与")
    }

    @Test func aRunAfterAColonBecomesChildren() throws {
        let o = Self.outline("（一）宣传发动。主要从三个方面入手:1、发放倡议书;2、召开动员会;3、开展入户宣传。\n")
        #expect(Self.ids(o) == ["1", "1.1", "1.2", "1.3"])
        #expect(o.items[0].body.plainText == "主要从三个方面入手:")
        #expect(o.diagnostics.map(\.location.column) == [19, 27, 35])
    }

    @Test(arguments: ["一、任务\n1、分两批在2026年1、2月完成。\n", "一、任务\n1、全年分1、2、3三个阶段推进。\n", "一、任务\n1、重点是：楼道整治。\n2、另有第1、第2项。\n"])
    func numbersInsideSentencesStayText(body: String) {
        let o = Self.outline(body)
        #expect(!o.diagnostics.contains { $0.key == "plan.line-break-lost" })
        #expect(Self.ids(o).count == body.split(separator: "\n").count)
    }

    // MARK: - Several documents in one file

    @Test func namedArticlesAreSectionsWithTheirOwnNumbering() throws {
        let o = Self.outline("## 方案1\n一、甲\n二、乙\n## 方案2\n一、丙\n（一）丁\n二、庚\n一、戊\n")
        #expect(o.articles.map(\.title) == ["方案1", "方案2"])
        #expect(Self.ids(o) == ["1-1", "1-2", "2-1", "2-1.1", "2-2", "2-1_2"])
        #expect(o.items.flatMap(\.flattened).map(\.anchor) == ["task-1-1", "task-1-2", "task-2-1", "task-2-1-1", "task-2-2", "task-2-1_2"])
        #expect(o.diagnostics.filter { $0.severity == .warning }.map(\.location.line) == [11])
        let restart = try #require(o.diagnostics.first { $0.key == "plan.numbering-restart" })
        #expect(restart.message.contains("docs/plans.md"))
        #expect(o.diagnostics.first { $0.key == "plan.articles" }?.severity == .note)
    }

    @Test func aTitleLineBeforeARestartStartsAnArticle() throws {
        let text = try String(contentsOfFile: Self.fixtures + "/2025-两份计划.md", encoding: .utf8)
        let (plan, diagnostics) = PlanParser.parse(SourceFile(path: "content/plans/2025-两份计划.md", text: text))
        let p = try #require(plan)
        #expect(p.articles.map(\.title) == ["湖光社区2025年垃圾分类工作计划", "湖光社区2025年健康教育工作计划"])
        #expect(p.articles[0].intro.plainText == "为推进垃圾分类，制定本计划。")
        #expect(p.intro.children.isEmpty)
        #expect(diagnostics.filter { $0.severity == .warning }.isEmpty, "\(diagnostics)")
        #expect(PlanTaskIndex([p]).resolve("2025-两份计划#2-2.1")?.1.title == "讲座")
    }

    @Test func articleTaskIdsAreLedgerReferencesAndSummariesHaveNone() throws {
        var content: [String: String] = [:]
        for f in ["2025-三篇方案.md", "2025-年度工作总结.md"] {
            content["content/plans/" + f] = try String(contentsOfFile: Self.fixtures + "/" + f, encoding: .utf8)
        }
        content["content/ledger/2025.yaml"] = """
        - date: 2025-04-12
          title: 道德讲堂
          category: 道德讲堂
          tasks: [2025-三篇方案#2-2.1]
        - date: 2025-05-10
          title: 楼道整治
          category: 环境整治
          tasks: [2025-年度工作总结#1.1]
        """
        let site = try TestSite(content)
        defer { site.remove() }
        let result = site.build(writes: false)
        let errors = result.diagnostics.filter { $0.key == "ledger.task" }
        #expect(errors.map(\.location.line) == [8], "\(result.lines)")
    }

    @Test func aSingleDocumentKeepsTodaysIds() throws {
        let o = Self.outline("2026年工作计划\n一、任务\n（一）甲\n")
        #expect(o.articles.count == 1)
        #expect(o.articles[0].title == nil)
        #expect(Self.ids(o) == ["1", "1.1"])
        #expect(o.intro.plainText == "2026年工作计划")
    }

    // MARK: - Web chrome, signature, kinds

    @Test func webChromeIsLeftOutAndReportedOnce() throws {
        let text = try String(contentsOfFile: Self.fixtures + "/2025-三篇方案.md", encoding: .utf8)
        let (plan, diagnostics) = PlanParser.parse(SourceFile(path: "content/plans/2025-三篇方案.md", text: text))
        let p = try #require(plan)
        #expect(p.omitted.map(\.line) == [5, 6, 33, 34, 35, 36])
        let chrome = diagnostics.filter { $0.key == "plan.web-chrome" }
        #expect(chrome.count == 1)
        #expect(chrome.first?.location.line == 5)
        #expect(chrome.first?.message.contains("第 36 行") == true)
        #expect(p.signature == PlanSignature(unit: "湖光社区居委会", date: "2025年3月", location: SourceLocation(path: "content/plans/2025-三篇方案.md", line: 32, column: 1)))
        #expect(!p.allItems.contains { $0.title.contains("2024年") })
        #expect(p.articles.count == 3)
        #expect(diagnostics.filter { $0.key == "plan.line-break-lost" }.map(\.location.line) == [13, 13, 13, 23])
    }

    @Test(arguments: [
        "一、任务\n（一）推荐阅读书目\n每月推荐一本好书\n",
        "一、流程\n申请→审核→公示\n",
        "一、日程\n2026-03-05 学雷锋日活动\n2026-04-04 清明祭扫\n",
        "一、目标\n共同建设美丽社区\n",
        "## 一、工作方案1\n正文。\n",
        "一、活动\n开展阅读（朗诵）比赛 每月一次\n",
        "一、任务\n二、保障措施\n\n社区居委会负责统筹，各网格员分片落实。\n",
    ])
    func aPlansOwnLinesAreNotChromeOrSignature(body: String) throws {
        let o = Self.outline(body)
        #expect(o.omitted.isEmpty)
        #expect(o.signature == nil)
        #expect(o.articles.count == 1)
        #expect(o.diagnostics.isEmpty, "\(o.diagnostics)")
    }

    /// Bounded work: a 60 000-character line of dates and numbers (a web page pasted without line breaks) is read
    /// in well under the time a quadratic scan would take (minutes).
    @Test func aHugePastedLineIsReadQuickly() {
        let line = String(repeating: "甲乙丙丁，2017-12-05 ，1、甲乙", count: 3000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = Self.outline("一、任务\n" + line + "\n" + String(repeating: "为了", count: 20000) + "\n") }
        #expect(elapsed < .seconds(20), "\(elapsed)")
        let o = Self.outline("一、任务\n" + line + "\n")
        #expect(o.diagnostics.count(where: { $0.key == "plan.line-break-lost" }) <= LostBreak.maxCuts)
    }

    @Test(arguments: [("湖光社区2025年度文明创建工作总结", PlanKind.summary), ("2025年工作总结（初稿）", .summary),
                      ("社区文明城市创建工作汇报", .report), ("2026年工作计划与总结安排", nil), ("社区文明创建工作计划（实用6篇）", nil)])
    func kindIsGuessedFromTheTitle(title: String, kind: PlanKind?) {
        #expect(PlanKind.guess(fromTitle: title) == kind)
    }

    @Test func summariesHaveNoTasksAndAreListedApart() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures).filter { $0.hasSuffix(".md") }
        var content: [String: String] = [:]
        for f in files { content["content/plans/" + f] = try String(contentsOfFile: Self.fixtures + "/" + f, encoding: .utf8) }
        let site = try TestSite(content)
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let guessed = try #require(result.first("plan.kind-guessed"))
        #expect(guessed.severity == .note)
        #expect(guessed.location.line == 2)
        #expect(result.first("plan.kind-targets")?.location.line == 5)
        let index = try #require(site.read("plans/index.html"))
        let apart = try #require(index.range(of: "<h2 id=\"h-summaries\">工作总结与汇报</h2>"))
        #expect(index[apart.upperBound...].contains("湖光社区2025年度文明创建工作总结"))
        #expect(!index[..<apart.lowerBound].contains("湖光社区2025年度文明创建工作总结"))
        let summary = try #require(site.read("plans/2025-年度工作总结/index.html"))
        #expect(summary.contains("2025年度 · 测试社区 · 工作总结"))
        #expect(summary.contains("<span class=\"plan-number\">（一）</span>"))
        #expect(!summary.contains("id=\"targets\""))
        let three = try #require(site.read("plans/2025-三篇方案/index.html"))
        #expect(three.contains("<section class=\"plan-article\" id=\"article-2\" aria-labelledby=\"h-article-2\">"))
        #expect(three.contains("<li class=\"toc-article\"><a href=\"#article-3\">方案3</a><ol><li class=\"toc-level-1\"><a href=\"#task-3-1\">"))
        #expect(three.contains("<p>湖光社区居委会</p>\n        <p>2025年3月</p>"))
        #expect(!three.contains("相关文章"))
        let sheet = try #require(site.read("plans/2025-三篇方案/print.html"))
        #expect(sheet.contains("<h2 class=\"plan-article-title\">方案2</h2>"))
        let (p, _) = PlanParser.parse(SourceFile(path: "content/plans/2025-年度工作总结.md", text: content["content/plans/2025-年度工作总结.md"]!))
        let plan = try #require(p)
        #expect(plan.kind == .summary)
        #expect(PlanTaskIndex([plan]).allReferences.isEmpty)
        #expect(plan.allItems.count == 5)
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

@Suite("Plans")
struct PlanTests {
    /// Parses a plan body (after a three-line front matter, so the body starts on line 4).
    static func outline(_ body: String) -> PlanOutline.Outline {
        PlanOutline.parse(body, file: "content/plans/p.md", bodyLine: 4)
    }

    static func ids(_ o: PlanOutline.Outline) -> [String] { o.items.flatMap(\.flattened).map(\.id) }

    @Test(arguments: [
        ("一、指导思想", 1, 1, "一、"), ("一．指导思想", 1, 1, "一．"), ("一.指导思想", 1, 1, "一."),
        ("（一）组织", 2, 1, "（一）"), ("(一)组织", 2, 1, "(一)"), ("（二)组织", 2, 2, "（二)"),
        ("1、任务", 3, 1, "1、"), ("1.任务", 3, 1, "1."), ("1．任务", 3, 1, "1．"), ("１、任务", 3, 1, "１、"),
        ("（1）检查", 4, 1, "（1）"), ("(2)检查", 4, 2, "(2)"), ("（３）检查", 4, 3, "（３）"),
        ("①楼道", 5, 1, "①"), ("⑳楼道", 5, 20, "⑳"), ("㉑楼道", 5, 21, "㉑"),
        ("十一、其他", 1, 11, "十一、"), ("二十三、其他", 1, 23, "二十三、"), ("九十九、其他", 1, 99, "九十九、"), ("(十二)其他", 2, 12, "(十二)"),
        ("12、其他", 3, 12, "12、"),
    ])
    func numberingForms(text: String, level: Int, value: Int, written: String) throws {
        let n = try #require(OutlineNumber.parse(text))
        #expect(n.level == level)
        #expect(n.value == value)
        #expect(n.written == written)
    }

    @Test(arguments: ["1.5万人参加", "2026.11.20 召开", "一是加强领导", "（注：见附件）", "三月五日", "100、太多", "", "一百、太大"])
    func sentencesAreNotNumbers(text: String) {
        #expect(OutlineNumber.parse(text) == nil)
    }

    @Test func paragraphTitleStopsAtTheFirstFullStop() throws {
        let o = Self.outline("1、加强工作领导。一是成立领导小组；二是明确分工。\n")
        let item = try #require(o.items.first)
        #expect(item.title == "加强工作领导")
        #expect(item.body.plainText == "一是成立领导小组；二是明确分工。")
    }

    @Test func headingsAndParagraphsGiveTheSameOutline() throws {
        let headings = Self.outline("## 一、指导思想\n\n正文。\n\n### （一）组织领导\n\n正文。\n")
        let paragraphs = Self.outline("一、指导思想\n\n正文。\n\n（一）组织领导\n\n正文。\n")
        #expect(Self.ids(headings) == ["1", "1.1"])
        #expect(Self.ids(paragraphs) == ["1", "1.1"])
        #expect(headings.items[0].title == "指导思想")
        #expect(headings.items[0].number == "一、")
        #expect(headings.items[0].body.plainText == "正文。")
        let site = try TestSite(["content/plans/2026-h.md": "---\ntitle: 计划\nyear: 2026\n---\n## 一、指导思想\n\n正文。\n"])
        defer { site.remove() }
        site.build()
        let page = try #require(site.read("plans/2026-h/index.html"))
        #expect(page.contains("<span class=\"plan-number\">一、</span>指导思想</h2>"))
        #expect(!page.contains("一、一、"))
        #expect(!page.contains("一、</span>一、"))
    }

    @Test func pasteWithoutBlankLinesFullWidthSpacesAndListMarkers() throws {
        let body = "一、工作目标\n　　全年举办道德讲堂十二期。\n二、主要任务\n    1. 办好道德讲堂\n2. 开展节日活动\r\n（1）春节写春联\n"
        let o = Self.outline(body.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(Self.ids(o) == ["1", "2", "2.1", "2.2", "2.2.1"])
        #expect(o.items[0].body.plainText == "全年举办道德讲堂十二期。")
        #expect(o.items[1].children[0].title == "办好道德讲堂")
        #expect(o.items[1].children[0].location.line == 7)
        #expect(o.items[1].children[0].location.column == 5)
        #expect(o.diagnostics.isEmpty, "\(o.diagnostics)")
    }

    @Test func elevenAndBeyond() {
        let lines = (1...12).map { "\(ChineseNumber.text($0))、第\($0)项" }
        let o = Self.outline(lines.joined(separator: "\n\n"))
        #expect(Self.ids(o) == (1...12).map(String.init))
        #expect(o.items[10].number == "十一、")
        #expect(o.diagnostics.isEmpty)
    }

    @Test func skippedNumberIsReportedAtItsLineAndColumn() throws {
        let o = Self.outline("一、任务\n（一）甲\n（二）乙\n（三）丙\n　（五）丁\n")
        let d = try #require(o.diagnostics.first)
        #expect(o.diagnostics.count == 1)
        #expect(d.key == "plan.numbering-skip")
        #expect(d.location.line == 8)
        #expect(d.location.column == 2)
        #expect(d.message.contains("（四）"))
        #expect(d.severity == .warning)
    }

    @Test func repeatedNumberIsReported() throws {
        let o = Self.outline("一、任务\n\n1、甲\n\n2、乙\n\n2、丙\n")
        let d = try #require(o.diagnostics.first { $0.key == "plan.numbering-repeat" })
        #expect(d.location.line == 10)
        #expect(d.message.contains("3、"))
        #expect(d.message.contains("第 8 行"))
        #expect(Set(Self.ids(o)).count == 4)
    }

    @Test func missingNumeralIsReportedWithTheExpectedNumber() throws {
        let o = Self.outline("一、任务\n1、甲\n2、乙\n3、丙\n、做好拥军优属工作\n")
        let d = try #require(o.diagnostics.first)
        #expect(d.key == "plan.numbering-missing")
        #expect(d.location.line == 8)
        #expect(d.location.column == 1)
        #expect(d.message.contains("4、"))
        #expect(Self.ids(o).last == "1.4")
        #expect(o.items[0].children.last?.title == "做好拥军优属工作")
    }

    @Test func levelThatDoesNotRestartIsReported() throws {
        let o = Self.outline("一、任务\n（一）甲\n1、子一\n2、子二\n（二）乙\n3、子三\n")
        let d = try #require(o.diagnostics.first)
        #expect(d.key == "plan.numbering-restart")
        #expect(d.location.line == 9)
        #expect(d.message.contains("1、"))
    }

    @Test func idsStayWhenTheWordingChanges() {
        let before = Self.outline("一、指导思想\n二、主要任务\n（一）思想道德建设\n1、办好道德讲堂\n（1）每月一期\n①邀请好人\n")
        let after = Self.outline("一、总体要求\n二、重点工作\n（一）道德建设\n1、办好“道德讲堂”。每月第二个周六举办。\n（1）每月举办一期\n①邀请身边好人讲述\n")
        #expect(Self.ids(before) == ["1", "2", "2.1", "2.1.1", "2.1.1.1", "2.1.1.1.1"])
        #expect(Self.ids(before) == Self.ids(after))
        #expect(before.items[1].children[0].children[0].anchor == "task-2-1-1")
    }

    static let fiveLevelPlan = """
    ---
    title: 测试社区2026年工作计划
    year: 2026
    adopted: 2026-01-16
    targets:
      - id: lecture
        label: 道德讲堂
        task: 1.1.1
        goal: 每月 1 次
        measure: count
        category: 道德讲堂
        per: month
        at_least: 1
      - id: ghost
        label: 不存在的任务
        task: 9.9
    ---
    一、主要任务
    （一）思想道德建设
    1、办好道德讲堂
    （1）每月一期
    ①邀请身边好人
    二、保障措施
    """

    @Test func aPlanTypedOnlyAsParagraphsRendersAFiveLevelTOC() throws {
        let site = try TestSite(["content/plans/2026-test.md": Self.fiveLevelPlan])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("plans/2026-test/index.html"))
        let toc = page
        #expect(toc.contains("<li class=\"toc-level-1\"><a href=\"#task-1\"><span class=\"toc-number\">一、</span>主要任务</a><ol><li class=\"toc-level-2\"><a href=\"#task-1-1\"><span class=\"toc-number\">（一）</span>思想道德建设</a><ol><li class=\"toc-level-3\"><a href=\"#task-1-1-1\"><span class=\"toc-number\">1、</span>办好道德讲堂</a><ol><li class=\"toc-level-4\"><a href=\"#task-1-1-1-1\"><span class=\"toc-number\">（1）</span>每月一期</a><ol><li class=\"toc-level-5\"><a href=\"#task-1-1-1-1-1\"><span class=\"toc-number\">①</span>邀请身边好人</a></li></ol></li></ol></li></ol></li></ol></li><li class=\"toc-level-1\"><a href=\"#task-2\">"))
        #expect(page.contains("id=\"task-1-1-1-1-1\""))
        #expect(page.contains("<tr id=\"target-lecture\"><td class=\"nowrap\">2</td><td>道德讲堂</td><td>每月 1 次</td><td><a href=\"#task-1-1-1\"><span class=\"task-id\">1.1.1</span> 办好道德讲堂</a></td><td>统计“道德讲堂”类活动次数，每月不少于 1 次</td>"))
        // （1）每月一期 is a target in the plan's own words too: first in the table, marked at its sentence.
        #expect(page.contains("<tr id=\"target-t1.1.1.1-1\"><td class=\"nowrap\">1</td><td>每月一期"))
        #expect(page.contains("<mark class=\"target-sentence\">每月一期</mark>"))
        let ghost = try #require(result.first("plan.target-task"))
        #expect(ghost.location.line == 16)
        #expect(!page.contains("暂无活动记录"))
        let index = try #require(site.read("plans/index.html"))
        #expect(index.contains("<h2 id=\"h-year-2026\">2026年</h2>"))
        #expect(index.contains("href=\"../plans/2026-test/index.html\""))
        let sheet = try #require(site.read("plans/2026-test/print.html"))
        #expect(sheet.contains("<p>测试社区居民委员会</p>"))
        #expect(sheet.contains("<p>二〇二六年一月十六日</p>"))
        #expect(sheet.contains("size: A4"))
    }

    @Test func activitiesAreListedPerTaskOrSayNone() throws {
        let ledger = """
        - date: 2026-11-14
          title: 道德讲堂第十一期
          category: 道德讲堂
          tasks: [2026-test#1.1.1]
          summary: 讲孝老爱亲。

        """
        // 二、保障措施 gets a task, （一）组织领导, with nothing recorded; 二、 itself is a heading, not a task.
        let site = try TestSite(["content/plans/2026-test.md": Self.fiveLevelPlan + "\n（一）组织领导\n", "content/ledger/2026.yaml": ledger])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let page = try #require(site.read("plans/2026-test/index.html"))
        #expect(page.contains("<a href=\"../../ledger/activities/"))
        #expect(page.contains(">道德讲堂第十一期</a>"))
        #expect(PlanActivityTests.section(of: "2.1", in: page)?.contains("暂无活动记录") == true)
        #expect(PlanActivityTests.section(of: "2", in: page)?.contains("活动记录") == false)
        #expect(page.components(separatedBy: "暂无活动记录").count == 2)

        let plain = try TestSite(["content/plans/2026-test.md": Self.fiveLevelPlan])
        defer { plain.remove() }
        #expect(plain.build().errorCount == 0)
        #expect(try #require(plain.read("plans/2026-test/index.html")).contains("暂无活动记录") == false)
    }

    @Test func demoPlanHasTheContractTasksAndOneSlip() throws {
        // The demo plan is a Word file with automatic numbering and a YAML file of targets beside it.
        let loaded = ContentLoader().load(siteRoot: repositoryRoot)
        let file = try #require(loaded.file("content/plans/2026-civilised.docx"))
        let (plan, diagnostics) = PlanParser.parse(file)
        let p = try #require(plan)
        #expect(p.slug == "2026-civilised")
        #expect(p.year == 2026)
        let index = PlanTaskIndex([p])
        for id in ["1", "2", "3", "3.1", "3.1.1", "3.1.2", "3.1.3", "3.2", "3.2.1", "3.2.2", "3.3", "3.3.1", "3.3.2",
                   "3.4", "3.4.1", "3.4.2", "3.5", "3.5.1", "4", "4.1", "4.2"] {
            #expect(index.resolve("2026-civilised#\(id)") != nil, "missing task \(id)")
        }
        #expect(index.resolve("2026-civilised＃3.1.2")?.1.title == "开展“我们的节日”活动")
        #expect(index.resolve("2026-civilised#9.9") == nil)
        #expect(index.resolve("3.1.2") == nil)
        #expect(index.allReferences == index.allReferences.sorted())
        #expect(Set(p.allItems.map(\.level)) == [1, 2, 3, 4, 5])
        #expect(diagnostics.map(\.key) == ["plan.numbering-skip"])
        #expect(p.targets.count >= 5)
    }

    @Test func frontMatterProblemsAreLocated() throws {
        let text = "---\n标题: 计划\n年度: 二〇二六\n状态: 发不\n目标:\n  - 编号: a\n    名称: 甲\n    计量: counts\n---\n一、任务\n"
        let (plan, diagnostics) = PlanParser.parse(SourceFile(path: "content/plans/x.md", text: text))
        #expect(plan == nil)
        #expect(diagnostics.first { $0.key == "number.invalid" }?.location.line == 3)
        #expect(diagnostics.first { $0.key == "plan.status" }?.location.line == 4)
        let measure = try #require(diagnostics.first { $0.key == "plan.target-measure" })
        #expect(measure.location.line == 8)
        #expect(measure.message.contains("count"))
    }
}

extension PlanTests {
    @Test func missingImageInATaskIsReportedAtItsLine() throws {
        let site = try TestSite(["content/plans/2026-img.md": "---\ntitle: 计划\nyear: 2026\n---\n一、任务\n\n（一）环境\n\n![照片](media/none.jpg)\n"])
        defer { site.remove() }
        let result = site.build(writes: false)
        let d = try #require(result.first("media.missing"))
        #expect(d.location.line == 9)
        #expect(d.location.path == "content/plans/2026-img.md")
    }

    @Test func duplicateSlugsAreAnError() throws {
        let plan = "---\ntitle: 计划\nyear: 2026\nslug: same\n---\n一、任务\n"
        let site = try TestSite(["content/plans/a.md": plan, "content/plans/b.md": plan])
        defer { site.remove() }
        #expect(site.build(writes: false).first("slug.duplicate")?.location.path == "content/plans/b.md")
    }
}

extension PlanTests {
    @Test func boldNumbersAndEmptyBracketsAreRead() throws {
        let o = Self.outline("**一、指导思想**\n\n**（一）组织领导。**成立领导小组。\n\n（）广泛宣传\n")
        #expect(Self.ids(o) == ["1", "1.1", "1.2"])
        #expect(o.items[0].title == "指导思想")
        #expect(o.items[0].children[0].title == "组织领导")
        #expect(o.items[0].children[0].body.plainText == "成立领导小组。")
        #expect(o.diagnostics.map(\.key) == ["plan.numbering-missing"])
        #expect(o.items[0].children[1].number == "（二）")
    }

    @Test func unknownReferenceGetsAHint() throws {
        let (plan, _) = PlanParser.parse(SourceFile(path: "content/plans/2026-test.md", text: Self.fiveLevelPlan))
        let index = PlanTaskIndex([try #require(plan)])
        #expect(index.resolve(" 2026-test # 1.1.1 ")?.1.title == "办好道德讲堂")
        #expect(index.hint(for: "2026-tset#1.1.1").contains("2026-test#1.1.1"))
        #expect(index.allReferences.first == "2026-test#1")
    }
}

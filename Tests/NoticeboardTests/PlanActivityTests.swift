import Foundation
import Testing
@testable import NoticeboardKit
import Markdown

/// Plan tasks list the activities recorded against them (and against their sub-tasks), so inspectors see the evidence.
@Suite("Plan tasks and their activities")
struct PlanActivityTests {
    @Test func everyDemoActivityIsListedUnderEachTaskItReferences() throws {
        let site = try TestSite([:], siteYAML: nil)
        defer { site.remove() }
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: site.root + "/content")
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let html = try #require(site.read("plans/2026-civilised/index.html"))

        // Read the ledger back from the source files, independently of the page.
        let loaded = ContentLoader().load(siteRoot: site.root)
        var activities: [Activity] = []
        for file in loaded.files where file.section == "ledger" { activities += LedgerParser.parse(file).0 }
        #expect(activities.count >= 60)
        var checked = 0
        for activity in activities where activity.date <= LocalDate(year: 2026, month: 11, day: 20)! {
            for reference in activity.tasks {
                let id = String(reference.split(separator: "#")[1])
                let section = try #require(Self.section(of: id, in: html), "task \(id) has no section")
                #expect(section.contains(HTMLEscaping.escape(activity.title)), "\(activity.title) is not listed under task \(id)")
                // Each activity is listed once under a task.
                #expect(section.components(separatedBy: ">" + HTMLEscaping.escape(activity.title) + "<").count == 2, "\(activity.title) listed twice under \(id)")
                checked += 1
            }
        }
        #expect(checked >= 60)
    }

    @Test func aTaskWithoutActivitySaysSo() throws {
        let plan = "---\ntitle: 计划\nyear: 2026\nstatus: published\n---\n一、组织领导\n二、宣传发动\n"
        let site = try TestSite([
            "content/plans/p.md": plan,
            "content/ledger/a.yaml": "- date: 2026-03-01\n  title: 动员会\n  category: 会议\n  tasks: [p#1]\n",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let html = try #require(site.read("plans/p/index.html"))
        #expect(Self.section(of: "1", in: html)?.contains("动员会") == true)
        #expect(Self.section(of: "2", in: html)?.contains("暂无活动记录") == true)
    }

    @Test func aParentTaskCountsTheActivitiesOfItsSubTasks() throws {
        let plan = "---\ntitle: 计划\nyear: 2026\nstatus: published\n---\n一、主要任务\n（一）垃圾分类\n（二）消防安全\n"
        let site = try TestSite([
            "content/plans/p.md": plan,
            "content/ledger/a.yaml": "- date: 2026-03-01\n  title: 分类宣传\n  category: 环境整治\n  tasks: [p#1.1, p#1.2]\n- date: 2026-03-02\n  title: 消防演练\n  category: 平安创建\n  tasks: [p#1.2]\n",
        ])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let html = try #require(site.read("plans/p/index.html"))
        // 一、主要任务 is not a task: no activity box, no "下级任务共有 N 项" line; each sub-task lists its own.
        let parent = try #require(Self.section(of: "1", in: html))
        #expect(!parent.contains("活动记录") && !parent.contains("下级任务"), "\(parent)")
        #expect(Self.section(of: "1.1", in: html)?.contains("分类宣传") == true)
        #expect(Self.section(of: "1.2", in: html)?.contains("消防演练") == true)
    }

    @Test func anActivityPageLinksToThePlanTaskItEvidences() throws {
        let plan = "---\ntitle: 创建计划\nyear: 2026\nstatus: published\n---\n一、主要任务\n（一）垃圾分类\n"
        let site = try TestSite([
            "content/plans/p.md": plan,
            "content/ledger/a.yaml": "- date: 2026-03-01\n  id: sorting\n  title: 分类宣传\n  category: 环境整治\n  tasks: [p#1.1]\n  summary: 在小区门口宣传垃圾分类。\n",
        ])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let page = try #require(site.read("ledger/activities/sorting/index.html"))
        #expect(page.contains("<a href=\"../../../plans/p/index.html#task-1-1\" title=\"创建计划\">1.1 垃圾分类</a>"))
    }

    /// The HTML from a task's anchor to the next task's anchor (or, with children, to the next task that is not below it).
    static func section(of id: String, in html: String, includingChildren: Bool = false) -> String? {
        let anchor = "id=\"" + PlanItem.anchor(for: id) + "\""
        guard let start = html.range(of: anchor) else { return nil }
        var searchFrom = start.upperBound
        while let next = html.range(of: "id=\"task-", range: searchFrom..<html.endIndex) {
            let rest = html[next.upperBound...]
            let nextID = rest.prefix { $0 != "\"" }.replacingOccurrences(of: "-", with: ".")
            if includingChildren, nextID.hasPrefix(id + ".") { searchFrom = next.upperBound; continue }
            return String(html[start.upperBound..<next.lowerBound])
        }
        return String(html[start.upperBound...])
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

/// The calendar of festivals and theme days: the lunar table, theme-day rules, the site's additions and drops, the
/// month pages and display loop that show it, and the warning for a festival the plan asks for that passed unmarked.
@Suite("Festival calendar", .serialized)
struct FestivalCalendarTests {
    func date(_ s: String) -> LocalDate { try! LocalDate.parse(s).get() }

    func day(_ name: String, _ year: Int) -> LocalDate? { FestivalCalendar.days(in: year).first { $0.name == name }?.date }

    /// Dates as published in the State Council's holiday notices and the Purple Mountain Observatory's almanac.
    @Test func lunarFestivalsAndQingmingMatchThePublishedCalendars() {
        let known: [(String, String)] = [
            ("春节", "2020-01-25"), ("春节", "2023-01-22"), ("春节", "2024-02-10"), ("春节", "2025-01-29"), ("春节", "2026-02-17"),
            ("元宵节", "2026-03-03"), ("清明节", "2024-04-04"), ("清明节", "2026-04-05"), ("清明节", "2023-04-05"),
            ("端午节", "2024-06-10"), ("端午节", "2025-05-31"), ("端午节", "2026-06-19"), ("七夕节", "2026-08-19"),
            ("中秋节", "2023-09-29"), ("中秋节", "2024-09-17"), ("中秋节", "2025-10-06"), ("中秋节", "2026-09-25"),
            ("重阳节", "2026-10-18"), ("春节", "2030-02-03"), ("中秋节", "2033-09-08"), ("春节", "2035-02-08"),
        ]
        for (name, expected) in known {
            #expect(day(name, date(expected).year) == date(expected), "\(name) \(expected)")
        }
        // Every supported year has all seven, in calendar order, 清明 on 4 or 5 April.
        for year in FestivalCalendar.supportedYears {
            let traditional = FestivalCalendar.days(in: year).filter { $0.kind == .traditional }
            #expect(traditional.map(\.name) == FestivalCalendar.traditionalNames, "\(year)")
            #expect([4, 5].contains(day("清明节", year)?.day ?? 0) && day("清明节", year)?.month == 4)
        }
    }

    @Test func themeDaysByDateAndByWeekday() {
        #expect(day("学雷锋日", 2026) == date("2026-03-05"))
        #expect(day("国家宪法日", 2026) == date("2026-12-04"))
        #expect(day("国际志愿者日", 2026) == date("2026-12-05"))
        #expect(day("全国科普日", 2026) == date("2026-09-19"), "third Saturday of September")
        #expect(day("全国科普日", 2025) == date("2025-09-20"))
        // Outside the table: theme days still, no lunar festival, no crash.
        let far = FestivalCalendar.days(in: 2040)
        #expect(far.contains { $0.name == "植树节" })
        #expect(!far.contains { $0.kind == .traditional })
    }

    @Test func aSiteAddsAndDropsDaysAndTheMonthPageShowsThem() throws {
        let calendar = "增加:\n  - 名称: 邻里节\n    日期: 5月第三个星期六\n  - 名称: 社区成立十周年\n    日期: 2026-05-08\n去掉: [世界读书日]\n"
        let ledger = "- date: 2026-05-16\n  title: 邻里节游园\n  category: 文体活动\n- date: 2026-04-02\n  title: 读书会\n  category: 文体活动\n"
        let site = try TestSite(["content/calendar.yaml": calendar, "content/ledger/a.yaml": ledger])
        defer { site.remove() }
        let result = site.build(date: "2026-11-20")
        #expect(result.errorCount == 0, "\(result.lines)")
        let may = try #require(site.read("ledger/2026-05/index.html"))
        #expect(may.contains("本月节日与主题日"))
        #expect(may.contains("<strong>邻里节</strong>") && may.contains("5月第三个星期六"))
        #expect(may.contains("社区成立十周年"))
        #expect(may.contains("<span class=\"cal-festival\">邻里节</span>"), "on the day's cell (16 May 2026 is the third Saturday)")
        let april = try #require(site.read("ledger/2026-04/index.html"))
        #expect(april.contains("清明节") && !april.contains("世界读书日"))
    }

    @Test func badCalendarValuesAreLocated() throws {
        let calendar = "增加:\n  - 名称: 邻里节\n    日期: 5月的某一天\n去掉: [世界读报日]\n"
        let site = try TestSite(["content/calendar.yaml": calendar])
        defer { site.remove() }
        let result = site.build(writes: false)
        let bad = try #require(result.first("calendar.date"))
        #expect("\(bad.location.line):\(bad.location.column)" == "3:9")
        #expect(bad.severity == .error)
        let drop = try #require(result.first("calendar.drop-unknown"))
        #expect(drop.location.line == 4 && drop.severity == .warning)
        #expect(drop.message.contains("世界读书日"), "suggests the nearest name")
    }

    static let plan = "---\ntitle: 计划\nyear: 2026\nstatus: published\n---\n一、开展“我们的节日”活动，春节、中秋各办一次。\n"

    @Test func aFestivalThePlanNamesThatPassedWithoutAnActivityIsAWarning() throws {
        let ledger = "- date: 2026-09-24\n  title: 邻里团圆会\n  category: 我们的节日\n- date: 2026-02-10\n  title: 写春联送福\n  category: 志愿服务\n"
        let site = try TestSite(["content/plans/p.md": Self.plan, "content/ledger/a.yaml": ledger])
        defer { site.remove() }
        var result = site.build(date: "2026-11-20", writes: false)
        #expect(result.errorCount == 0, "\(result.lines)")
        var missed = result.diagnostics.filter { $0.key == "calendar.festival-missed" }
        // 春节 (17 Feb): the activity on 10 Feb is a week early and not of the category, nor does it name 春节.
        #expect(missed.count == 1, "\(result.lines)")
        #expect(missed.first?.message.contains("春节（2月17日）") == true)
        #expect(missed.first.map { "\($0.location.path):\($0.location.line)" } == "content/plans/p.md:6")
        // Naming it counts, any day of the year, when the activity is of category 我们的节日.
        try site.write("content/ledger/a.yaml", ledger.replacingOccurrences(of: "写春联送福\n  category: 志愿服务", with: "春节写春联送福\n  category: 我们的节日"))
        result = site.build(date: "2026-11-20", writes: false)
        missed = result.diagnostics.filter { $0.key == "calendar.festival-missed" }
        #expect(missed.isEmpty, "\(result.lines)")
        // Before the festival, nothing to warn about.
        #expect(!site.build(date: "2026-02-01", writes: false).has("calendar.festival-missed"))
    }

    @Test func aTargetOfCategoryOurFestivalsAsksForEveryTraditionalFestival() throws {
        let plan = "---\ntitle: 计划\nyear: 2026\nstatus: published\ntargets:\n  - id: festivals\n    label: 我们的节日\n    measure: count\n    category: 我们的节日\n    per: year\n    at_least: 7\n---\n一、工作任务\n"
        let ledger = "- date: 2026-06-19\n  title: 包粽子\n  category: 我们的节日\n"
        let site = try TestSite(["content/plans/p.md": plan, "content/ledger/a.yaml": ledger])
        defer { site.remove() }
        let result = site.build(date: "2026-07-01", writes: false)
        let missed = result.diagnostics.filter { $0.key == "calendar.festival-missed" }
        #expect(missed.compactMap { $0.message.split(separator: "（").first.map(String.init) }.sorted() == ["2026年元宵节", "2026年春节", "2026年清明节"].sorted(), "\(result.lines)")
        #expect(missed.allSatisfy { $0.location.line == 9 }, "at the target's category")
    }

    @Test func aPlanYearOutsideTheTableIsAWarningNotACrash() throws {
        let plan = Self.plan.replacingOccurrences(of: "year: 2026", with: "year: 2040")
        let site = try TestSite(["content/plans/p.md": plan])
        defer { site.remove() }
        let result = site.build(date: "2040-11-20", writes: false)
        #expect(result.errorCount == 0, "\(result.lines)")
        let warning = try #require(result.first("calendar.year-unsupported"))
        #expect(warning.message.contains("2040年不在节日表的年份（2020—2035年）内"))
        #expect("\(warning.location.path):\(warning.location.line):\(warning.location.column)" == "content/plans/p.md:3:7", "at the plan's year")
    }

    @Test func theDisplayLoopShowsTheComingDaysAndCountsDown() throws {
        let site = try TestSite(["content/site.yaml": "name: 测试社区\ndisplay:\n  panels: [festivals, slogans]\nslogans: [文明]\n"])
        defer { site.remove() }
        #expect(site.build(date: "2026-11-20").errorCount == 0)
        let display = try #require(site.read("display/index.html"))
        #expect(display.contains("data-panel=\"festivals\""))
        #expect(display.contains("国家宪法日") && display.contains("还有 14 天"))
        #expect(display.contains("data-days-to=\"2026-12-05\""), "the script recounts from the screen's clock")
    }
}

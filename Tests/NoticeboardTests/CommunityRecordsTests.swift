import Foundation
import Testing
@testable import NoticeboardKit

/// Teams, venues, the volunteer registry, surveys and incidents (issue 16): what residents see on 联系我们 and its
/// pages, on the home page and the hall screen, and what never reaches them (residents' names, incident details).
@Suite("Community records", .serialized)
struct CommunityRecordsTests {
    static func fixture(date: String = "2026-11-18") throws -> (TestSite, BuildResult) {
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Tests/NoticeboardTests/Fixtures/community-site/content", toPath: site.root + "/content")
        return (site, site.build(date: date))
    }

    /// Every output file's text, to search for what must never be published.
    static func allText(_ result: BuildResult) -> String {
        result.files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
    }

    @Test func contactPageSaysWhichVenuesAreOpenOnTheBuildDate() throws {
        // 2026-11-18 is a Wednesday: all three are open (the 道德讲堂 only on Wednesdays).
        let (site, result) = try Self.fixture()
        defer { site.remove() }
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("community/index.html"))
        #expect(page.contains("今天（11月18日 周三）开放的场所"))
        #expect(page.contains("href=\"#venue-松林道德讲堂\">松林道德讲堂</a>"))
        #expect(page.contains("今天开放：<span class=\"nowrap\">14:00—16:00</span>"))
        #expect(page.contains("<span class=\"hours-days\">周一至周五</span> <span class=\"nowrap\">8:30—11:30、</span><span class=\"nowrap\">14:00—17:00</span>"))
        #expect(page.contains("<span class=\"hours-days\">周日</span> <span class=\"nowrap\">休息</span>"))
        #expect(page.contains("其余时间预约使用。"))

        // A Sunday: only the 活动室 (every day) is open; the school says so.
        let sunday = site.build(date: "2026-11-22")
        #expect(sunday.errorCount == 0)
        let onSunday = try #require(site.read("community/index.html"))
        #expect(onSunday.contains("今天（11月22日 周日）开放的场所"))
        let today = try #require(onSunday.components(separatedBy: "id=\"h-venues\"").first)
        #expect(today.contains("松林活动室") && !today.contains("松林市民学校") && !today.contains("松林道德讲堂"))
        #expect(onSunday.contains("今天不开放"))
        let home = try #require(site.read("index.html"))
        #expect(home.contains("今天开放") && home.contains("松林活动室</a> <span class=\"hours-now\"><span class=\"nowrap\">8:00—20:00</span>"))
        #expect(!home.contains("松林市民学校</a>"))
    }

    @Test func displayLoopShowsEveryVenuesHoursForTodayAndTheOtherDaysHidden() throws {
        let (site, _) = try Self.fixture()
        defer { site.remove() }
        let display = try #require(site.read("display/index.html"))
        #expect(display.contains("<h1>今日开放时间</h1>"))
        // Wednesday (3) shown, the other days hidden until the screen's clock says otherwise.
        #expect(display.contains("<span class=\"badge\">松林道德讲堂</span><span data-weekday=\"1\" hidden>休息</span><span data-weekday=\"2\" hidden>休息</span><span data-weekday=\"3\">14:00—16:00</span>"))
        #expect(display.contains("now.getDay() || 7"))
    }

    @Test func teamsShowOfficialsInFullAndMaskResidents() throws {
        let (site, result) = try Self.fixture()
        defer { site.remove() }
        let page = try #require(site.read("community/teams/index.html"))
        #expect(page.contains("<dt>组长</dt><dd><span class=\"member\">赵明远（社区党委书记）</span></dd>"))
        #expect(page.contains("孙＊＊") && page.contains("欧阳＊＊") && page.contains("李秋菊"))
        #expect(page.contains("<dt>队长</dt><dd><span class=\"member\">周＊＊</span></dd>"))
        #expect(page.contains("<dt>成员</dt><dd><span class=\"member\">吴＊＊</span><span class=\"member\">郑＊＊</span></dd>"))
        #expect(page.contains("松林夕阳红文艺队 <span class=\"venue-kind\">文艺队</span>"))
        let all = Self.allText(result)
        for name in ["孙大海", "欧阳春生", "周桂英", "吴美兰", "郑小芳"] { #expect(!all.contains(name), "\(name) published") }
    }

    @Test func aResidentsNameTypedElsewhereStopsTheBuildWhereItWasTyped() throws {
        let (site, _) = try Self.fixture()
        defer { site.remove() }
        try site.write("content/notices/2026-11-01-感谢.md", "---\n标题: 感谢信\n类型: 通知\n日期: 2026-11-01\n---\n感谢文艺队周桂英和当事人王德胜。\n")
        let result = site.build(date: "2026-11-18", writes: false)
        let leaks = result.diagnostics.filter { $0.key == "privacy.leak" }
        #expect(leaks.count == 2)
        #expect(leaks.allSatisfy { $0.location.path == "content/notices/2026-11-01-感谢.md" && $0.location.line == 6 })
        #expect(leaks.contains { $0.message.contains("队伍成员未打码的姓名（周＊＊") })
        #expect(leaks.contains { $0.message.contains("事件当事人未打码的姓名（王＊＊") })
    }

    @Test func volunteerFiguresChartAndTableWithoutPrivateNames() throws {
        let (site, result) = try Self.fixture()
        defer { site.remove() }
        let page = try #require(site.read("community/volunteers/index.html"))
        // 300 + 20 + 12 + two people = 334 of 4000 residents.
        #expect(page.contains("<span class=\"figure-value\">334</span>"))
        #expect(page.contains("<span class=\"figure-value\">8.3%</span><span class=\"figure-label\">占常住人口 4000 人的比例</span>"))
        #expect(page.contains("<svg class=\"chart\" id=\"chart-volunteers-2026\" role=\"img\""))
        #expect(page.contains("<th scope=\"col\">松林志愿服务队</th><th scope=\"col\">松林巡逻队</th>"))
        #expect(page.contains("<tr><th scope=\"row\">3月</th><td>321</td><td>0</td><td>321</td>"))
        #expect(page.contains("<tr><th scope=\"row\">11月</th><td>322</td><td>12</td><td>334</td>"))
        #expect(page.contains("<li>陈美玲</li>"))
        #expect(!Self.allText(result).contains("冯志高"))

        let registry = try #require(Optional(SiteReaderProbe.site(site).volunteerRegistry))
        #expect(registry.registered(on: try LocalDate.parse("2026-02-28").get()) == 301)
        #expect(registry.registered(on: try LocalDate.parse("2026-11-18").get(), team: "松林巡逻队") == 12)
    }

    @Test func surveyRatesAndSummary() throws {
        let (site, _) = try Self.fixture()
        defer { site.remove() }
        let list = try #require(site.read("community/surveys/index.html"))
        #expect(list.contains("<span class=\"rate-inline\">满意率 95%</span><span class=\"rate-inline\">知晓率 88.5%</span>"))
        let page = try #require(site.read("community/surveys/2026-09-满意度/index.html"))
        #expect(page.contains("<span class=\"rate-name\">知晓率</span><span class=\"rate-bar\" aria-hidden=\"true\"><span style=\"width:88.5%\"></span></span><span class=\"rate-value\">88.5%</span>"))
        #expect(page.contains("<strong>停车</strong>"))
        #expect(page.contains("样本 150 份"))
    }

    @Test func incidentsArePublishedAsCountsByMonthAndKindOnly() throws {
        let (site, result) = try Self.fixture()
        defer { site.remove() }
        let page = try #require(site.read("community/incidents/index.html"))
        #expect(page.contains("2026年：共 4 起"))
        #expect(page.contains("<th scope=\"col\">案件</th><th scope=\"col\">纠纷</th><th scope=\"col\">上访</th><th scope=\"col\">火情</th>"))
        #expect(page.contains("<tr><th scope=\"row\">4月</th><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>"))
        #expect(page.contains("全年零发生：上访"))
        #expect(page.contains("楼道杂物起火，及时扑灭") && page.contains("处理结果：清理楼道堆物"))
        let all = Self.allText(result)
        #expect(!all.contains("王德胜") && !all.contains("电动车被盗"))
        // What zero and at-most targets measure.
        let incidents = SiteReaderProbe.site(site).incidents
        #expect(incidents.count(kind: "纠纷", from: try LocalDate.parse("2026-01-01").get(), to: try LocalDate.parse("2026-12-31").get()) == 2)
        #expect(incidents.count(kind: "上访", from: try LocalDate.parse("2026-01-01").get(), to: try LocalDate.parse("2026-12-31").get()) == 0)
    }

    @Test func openingHoursWrittenEitherWay() throws {
        var d = DiagnosticList()
        let line = YAMLValue(shape: .scalar("周一至周五上午 8:30—11:30，下午 14:00—17:30；周六、周日 9:00-12:00"), location: SourceLocation(path: "x.yaml", line: 3, column: 7))
        let hours = OpeningHoursParser.parse(line, diagnostics: &d)
        #expect(d.items.isEmpty, "\(d.items)")
        #expect(hours.text(weekday: 2) == "8:30—11:30、14:00—17:30")
        #expect(hours.text(weekday: 7) == "9:00—12:00")
        #expect(hours.summary.map { "\($0.days) \($0.hours)" } == ["周一至周五 8:30—11:30、14:00—17:30", "周六、周日 9:00—12:00"])
        #expect(hours.isOpen(on: try LocalDate.parse("2026-11-22").get()))

        let text = "名称: 活动室\n开放时间:\n  星期一到星期三: 9:00—11:00\n  周四: 闭馆\n  周五: 9:00～24:00\n"
        let (venues, diagnostics) = VenueParser.parse(SourceFile(path: "content/venues/a.yaml", text: text))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let v = try #require(venues.first)
        #expect(v.hours.text(weekday: 3) == "9:00—11:00" && v.hours.text(weekday: 4) == "休息" && v.hours.text(weekday: 5) == "9:00—24:00")
        #expect(v.hours.text(weekday: 6) == "休息", "days not written are closed")
    }

    @Test func badInputIsReportedWhereItWasTyped() throws {
        let site = try TestSite([
            "content/venues/a.yaml": "名称: 图书室\n开放时间:\n  周一: 8:30—25:00\n  周二: 17:00—9:00\n  周八: 9:00—10:00\n",
            "content/teams/a.yaml": "名称: 足球俱乐部\n类型: 足球队\n",
            "content/surveys/a.md": "---\n主题: 调查\n日期: 2026-10-01\n满意率: 120%\n---\n说明。\n",
            "content/volunteers/a.yaml": "- {月份: 2026-03, 人数: -2}\n",
            "content/incidents/a.csv": "日期,类别,情况,公开\n2026-03-01,纠纷,居民张建国与邻居争吵,是\n2026-03-02,斗殴,,\n",
        ])
        defer { site.remove() }
        let result = site.build(writes: false)
        func at(_ key: String) -> [String] { result.diagnostics.filter { $0.key == key }.map { "\($0.location.path):\($0.location.line):\($0.location.column)" } }
        #expect(at("venue.hours") == ["content/venues/a.yaml:3:7"])
        #expect(at("venue.hours-order") == ["content/venues/a.yaml:4:7"])
        #expect(at("venue.weekday") == ["content/venues/a.yaml:5:3"])
        #expect(at("team.kind") == ["content/teams/a.yaml:2:5"])
        #expect(at("survey.rate") == ["content/surveys/a.md:4:6"])
        #expect(at("number.range") == ["content/volunteers/a.yaml:1:21"])
        #expect(at("incident.public-name") == ["content/incidents/a.csv:2:17"])
        #expect(at("incident.kind") == ["content/incidents/a.csv:3:2"])
        #expect(result.exitCode == 1)
    }
}

/// The model of a built test site, for the accessors other work (plan targets) uses.
enum SiteReaderProbe {
    static func site(_ site: TestSite, date: String = "2026-11-18") -> Site {
        let options = BuildOptions(siteRoot: site.root, outputRoot: site.root + "/unused", date: .explicit(try! LocalDate.parse(date).get()), writesOutput: false)
        let loaded = ContentLoader().load(siteRoot: site.root)
        let parsed = ContentParser.parse(loaded, options: options)
        let profile = parsed.profile!
        return SiteModel.make(parsed, profile: profile, buildDate: try! LocalDate.parse(date).get(), options: options, loaded: loaded).site
    }
}

@Suite("Community golden pages")
struct CommunityGoldenTests {
    @Test func communityPages() throws {
        let (site, result) = try CommunityRecordsTests.fixture()
        defer { site.remove() }
        #expect(result.errorCount == 0, "\(result.lines)")
        try expectGolden(try #require(site.read("community/index.html")), "community.html")
        try expectGolden(try #require(site.read("community/print.html")), "community-print.html")
        try expectGolden(try #require(site.read("community/teams/index.html")), "community-teams.html")
        try expectGolden(try #require(site.read("community/volunteers/index.html")), "community-volunteers.html")
        try expectGolden(try #require(site.read("community/surveys/2026-09-满意度/index.html")), "community-survey.html")
        try expectGolden(try #require(site.read("community/incidents/index.html")), "community-incidents.html")
    }
}

/// `noticeboard new team|venue|volunteer|survey|incident` writes a file that builds as it is.
@Suite("Community records: new")
struct CommunityStubTests {
    @Test func newFilesOfTheCommunityKindsBuildAsTheyAre() throws {
        let day = try LocalDate.parse("2026-11-25").get()
        var files: [String: String] = [:]
        for kind in [ContentKind.team, .venue, .volunteer, .survey, .incident] {
            let file = ContentStub(kind: kind, title: "新的记录", date: day, chinese: true).file
            #expect(file.path.hasPrefix("content/\(kind.folder)/"))
            #expect(file.path.contains("2026-11-25") == ![.team, .venue].contains(kind), "\(file.path)")
            files[file.path] = file.text
            let english = ContentStub(kind: kind, title: "new", date: day, chinese: false).file
            files[english.path.replacingOccurrences(of: "new", with: "english")] = english.text
        }
        let site = try TestSite(files)
        defer { site.remove() }
        let result = site.build(date: "2026-11-25")
        #expect(result.errorCount == 0 && result.warningCount == 0, "\(result.lines)")
        #expect(site.read("community/index.html")?.contains("新的记录") == true)
        #expect(site.read("community/surveys/index.html")?.contains("满意率 0%") == true)
    }
}

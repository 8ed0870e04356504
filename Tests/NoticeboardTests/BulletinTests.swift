import Foundation
import Testing
@testable import NoticeboardKit

/// Briefings (简报): front matter, issue numbering checks, pages with the digest, and the printed A4 with its masthead.
@Suite("Briefings", .serialized)
struct BulletinTests {
    static func bulletin(issue: String, date: String, extra: String = "") -> String {
        "---\ntitle: 测试社区简报\nissue: \(issue)\ndate: \(date)\n\(extra)---\n## 本期要闻\n\n正文。\n"
    }

    @Test func issueNumbersThatRepeatOrSkipWithinAYear() throws {
        let site = try TestSite([
            "content/bulletins/a.md": Self.bulletin(issue: "9", date: "2026-09-30"),
            "content/bulletins/b.md": Self.bulletin(issue: "第9期", date: "2026-10-31"),
            "content/bulletins/c.md": Self.bulletin(issue: "12", date: "2026-11-30"),
            "content/bulletins/d.md": Self.bulletin(issue: "1", date: "2027-01-31"),
        ])
        defer { site.remove() }
        let result = site.build(date: "2027-02-01", writes: false)
        let repeats = result.diagnostics.filter { $0.key == "bulletin.issue-repeat" }
        #expect(repeats.count == 1)
        #expect(repeats.first?.severity == .error)
        #expect(repeats.first.map { "\($0.location.path):\($0.location.line):\($0.location.column)" } == "content/bulletins/b.md:3:8")
        let skips = result.diagnostics.filter { $0.key == "bulletin.issue-skip" }
        #expect(skips.count == 1)
        #expect(skips.first?.severity == .warning)
        #expect(skips.first.map { "\($0.location.path):\($0.location.line)" } == "content/bulletins/c.md:3")
        #expect(skips.first?.message.contains("缺少第10—11期") == true)
        // A new year starts again without a warning; a first issue other than 1 is fine.
        #expect(!result.diagnostics.contains { $0.location.path.hasSuffix("d.md") || $0.location.path.hasSuffix("a.md") })
    }

    @Test func issueNumbersOutOfDateOrderAndRunningNumbersGivenTwice() throws {
        let site = try TestSite([
            "content/bulletins/a.md": Self.bulletin(issue: "1", date: "2026-03-01", extra: "total_issue: 总第40期\n"),
            "content/bulletins/b.md": Self.bulletin(issue: "2", date: "2026-02-01", extra: "总期号: 40\n"),
        ])
        defer { site.remove() }
        let result = site.build(writes: false)
        #expect(result.first("bulletin.issue-order")?.location.line == 3)
        #expect(result.first("bulletin.total-repeat").map { "\($0.location.path):\($0.location.line)" } == "content/bulletins/b.md:5")
    }

    @Test func chineseKeysNumbersAndMistakes() throws {
        let good = "---\n标题: 测试简报\n期号: 第１０期\n总期号: 总第58期\n日期: 2026年10月31日\n编辑: 王晓梅\n报送:\n  - 报：街道文明办\n  - 发：各网格\n印数: 共印60份\n---\n正文。\n"
        let bad = "---\ntitle: 测试简报\nissue: 第x期\ndate: 2026-13-01\ncopys: 5\n---\n正文。\n"
        let site = try TestSite(["content/bulletins/good.md": good, "content/bulletins/bad.md": bad])
        defer { site.remove() }
        let result = site.build(writes: false)
        let goodDiagnostics = result.diagnostics.filter { $0.location.path.hasSuffix("good.md") }
        #expect(goodDiagnostics.isEmpty, "\(goodDiagnostics)")
        #expect(result.first("number.invalid").map { "\($0.location.line):\($0.location.column)" } == "3:8")
        #expect(result.diagnostics.contains { $0.key.hasPrefix("date.") && $0.location.line == 4 })
        #expect(result.first("key.unknown")?.message.contains("copies") == true)

        let (parsed, _) = BulletinParser.parse(SourceFile(path: "content/bulletins/good.md", text: good))
        let b = try #require(parsed)
        #expect(b.issue == 10 && b.totalIssue == 58 && b.copies == 60)
        #expect(b.numberText == "第10期（总第58期）")
        #expect(b.distribution == ["报：街道文明办", "发：各网格"])
    }

    @Test func navigationAndHomeShowBriefingsOnlyWhenThereAreSome() throws {
        let site = try TestSite(["content/notices/n.md": "---\ntitle: 通知\nkind: 通知\ndate: 2026-11-01\n---\n正文。\n"])
        defer { site.remove() }
        site.build()
        let home = try #require(site.read("index.html"))
        #expect(!home.contains(">简报</a>"))
        #expect(!home.contains("最新简报"))
        #expect(!home.contains(">工作报告</a>"))
        #expect(site.read("bulletins/index.html") == nil)
        #expect(site.read("reports/index.html") == nil)
    }

    @Test func briefingDatedAfterTheBuildDateIsNotPublished() throws {
        let site = try TestSite(["content/bulletins/a.md": Self.bulletin(issue: "1", date: "2026-12-01")])
        defer { site.remove() }
        site.build(date: "2026-11-30")
        #expect(site.read("bulletins/a/index.html") == nil)
        site.build(date: "2026-12-01")
        #expect(site.read("bulletins/a/index.html") != nil)
    }

    /// The demo built once for the page tests and the printed sheet.
    static let demo: Result<TestSite, any Error> = Result {
        let (site, result) = try ReportTests.buildDemo()
        guard result.errorCount == 0 else { throw PrintSheetTests.BuildFailed(lines: result.lines) }
        return site
    }

    @Test func demoPagesListTheIssuesAndTheDigestOfTheMonth() throws {
        let site = try Self.demo.get()
        let index = try #require(site.read("bulletins/index.html"))
        #expect(index.matches(of: /class="card bulletin-card"/).count == 3)
        #expect(index.contains("第11期（总第59期） · 消防宣传月：人人都是安全员"))
        let page = try #require(site.read("bulletins/2026-11-文明创建简报/index.html"))
        #expect(page.contains("<h1 class=\"bulletin-name\">长青社区文明创建简报</h1>"))
        #expect(page.contains("2026年第11期（总第59期）"))
        #expect(page.contains("<span>报：和平街道党工委、办事处，和平街道文明办</span>"))
        #expect(page.contains("共印 80 份"))

        // The digest: November's activities up to the briefing's date, counted from the ledger files.
        let november = try ReportTests.demoLedger().filter { $0.date.year == 2026 && $0.date.month == 11 && $0.date.day <= 20 }
        let digest = try #require(page.split(separator: "class=\"bulletin-digest\"").last)
        #expect(digest.contains("11月以来共开展活动 \(november.count) 次，参与 \(november.reduce(0) { $0 + $1.participants }) 人次"))
        for row in november { #expect(digest.contains(">\(row.title)</a>"), "\(row.title)") }
        #expect(digest.matches(of: /<li><time/).count == november.count)
        // Notices of the month up to the 20th, the drill notice of the 18th among them (it comes before the drill).
        let notices = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/content/notices")
            .filter { $0.hasPrefix("2026-11-") && Int($0.dropFirst(8).prefix(2))! <= 20 }
        #expect(notices.count == 4)
        #expect(digest.contains("11月28日冬季消防疏散演练通知"))
        // …and the 公示 notice the 最美家庭 roll produces when its publicity starts on the 16th.
        #expect(digest.contains("【公示】2026年度长青社区“最美家庭”评选结果公示"))
        #expect(digest.matches(of: /<li>2026年11月\d+日 <a href/).count == notices.count + 1)
        // Briefings without `digest` have none.
        #expect(!(try #require(site.read("bulletins/2026-10-文明创建简报/index.html"))).contains("bulletin-digest"))

        let home = try #require(site.read("index.html"))
        #expect(home.contains("最新简报"))
        #expect(home.contains("<span class=\"card-meta\">长青社区文明创建简报 · 2026年第11期</span>"))
        #expect(home.contains("<span class=\"card-title\">消防宣传月：人人都是安全员</span>"))
        #expect(home.contains(">简报</a>"))
    }

    @Test func printedBriefingIsOneOrTwoA4PagesWithTheMastheadOnPageOne() throws {
        let site = try Self.demo.get()
        let sheet = try #require(site.read("bulletins/2026-11-文明创建简报/print.html"))
        #expect(sheet.contains("<p class=\"bulletin-masthead-title\" role=\"heading\" aria-level=\"1\">长青社区文明创建简报</p>"))
        #expect(sheet.contains("<p class=\"bulletin-masthead-number\">第11期（总第59期）</p>"))
        #expect(sheet.contains("<span>长青社区居民委员会编</span><span>2026年11月20日</span>"))
        #expect(try #require(site.read("assets/print.css")).contains(".bulletin-columns { columns: 2;"))

        let pdfRoot = site.root + "/pdf"
        let report = try PDFExport(outputRoot: site.output, pdfRoot: pdfRoot).run(only: ["bulletins/2026-11-"])
        #expect(report.printed == ["bulletins/2026-11-文明创建简报.pdf"])
        let pdf = pdfRoot + "/bulletins/2026-11-文明创建简报.pdf"
        let info = try PrintSheetTests.tool("pdfinfo", [pdf])
        #expect(info.contains("(A4)"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect((1...2).contains(pages), "\(pages) pages")
        let first = try PrintSheetTests.tool("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).replacingOccurrences(of: " ", with: "")
        #expect(first.contains("长青社区文明创建简报"))
        #expect(first.contains("第11期（总第59期）"))
        let all = try PrintSheetTests.tool("pdftotext", [pdf, "-"]).replacingOccurrences(of: " ", with: "")
        #expect(all.contains("共印80份"))
        #expect(all.contains("报：和平街道党工委"))
        _ = try PrintSheetTests.tool("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "1", pdf, NSTemporaryDirectory() + "bulletin-11"])
    }
}

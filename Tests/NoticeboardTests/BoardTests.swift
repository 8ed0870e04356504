import Foundation
import Testing
@testable import NoticeboardKit

/// Publicity boards (宣传栏): the file format, the overdue warning, the index and history pages, the print layout
/// sized to the board, and the privacy guard on what a board says.
@Suite("Publicity boards", .serialized)
struct BoardTests {
    static let notice = "---\ntitle: 停水通知\nkind: 通知\ndate: 2026-10-01\n---\n10月3日停水一天，请提前储水。\n"

    static func board(rotation: String = "30", kind: String = "宣传栏", size: String = "A3", issues: String? = nil) -> String {
        """
        名称: 3号楼宣传栏
        地点: 3号楼门口
        类型: \(kind)
        尺寸: \(size)
        更换周期: \(rotation)
        期:
        \(issues ?? """
          - 日期: 2026-09-01
            主题: 垃圾分类
            正文: 分类投放，**人人有责**。
          - 日期: 2026-10-06
            主题: 重阳敬老
            通知: [停水通知]
            照片: [photos/b.png]
        """)
        """
    }

    static func site(_ board: String, extra: [String: String] = [:]) throws -> TestSite {
        var files = ["content/boards/3号楼宣传栏.yaml": board, "content/notices/2026-10-01-停水通知.md": notice]
        files.merge(extra) { _, b in b }
        let site = try TestSite(files)
        try site.write("content/boards/photos/b.png", bytes: TestImages.png)
        return site
    }

    @Test func aBoardPastItsRotationIsAWarningAtTheRotationLine() throws {
        let site = try Self.site(Self.board())
        defer { site.remove() }
        let result = site.build(date: "2026-11-20")
        #expect(result.errorCount == 0, "\(result.lines)")
        let overdue = try #require(result.first("board.overdue"))
        #expect(overdue.severity == .warning)
        #expect(overdue.message.hasPrefix("3号楼宣传栏上次更换已45天，应每30天更换"))
        #expect("\(overdue.location.path):\(overdue.location.line):\(overdue.location.column)" == "content/boards/3号楼宣传栏.yaml:5:7")
        // Within its rotation: no warning.
        #expect(!site.build(date: "2026-11-05", writes: false).has("board.overdue"))
    }

    @Test func theIndexShowsEachBoardsCurrentIssueAndTheHistoryEveryIssue() throws {
        let site = try Self.site(Self.board())
        defer { site.remove() }
        #expect(site.build(date: "2026-11-20").errorCount == 0)
        let index = try #require(site.read("boards/index.html"))
        #expect(index.contains("本期：重阳敬老"))
        #expect(index.contains("45 天前"))
        #expect(index.contains("已超期 15 天"))
        #expect(index.contains(">宣传栏</a>") || index.contains("宣传栏"), "the navigation names the section")
        let page = try #require(site.read("boards/3号楼宣传栏/index.html"))
        let newer = try #require(page.range(of: "重阳敬老")), older = try #require(page.range(of: "垃圾分类"))
        #expect(newer.lowerBound < older.lowerBound, "newest issue first")
        #expect(page.contains("<strong>人人有责</strong>"), "the issue's own Markdown is rendered")
        #expect(page.contains("href=\"../../notices/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5/index.html\""), "a posted notice links to its page")
        #expect(page.contains("photos/b.w960.jpg"), "the board's photo, resized")
        // Before the second issue went up, the first is current and the second not shown yet.
        #expect(site.build(date: "2026-09-10").errorCount == 0)
        let early = try #require(site.read("boards/index.html"))
        #expect(early.contains("本期：垃圾分类"))
        #expect(!(site.read("boards/3号楼宣传栏/index.html") ?? "").contains("重阳敬老</h3>"))
    }

    @Test func thePrintLayoutIsTheBoardsSizeAndGathersTheCurrentIssue() throws {
        let site = try Self.site(Self.board(size: "120×80"))
        defer { site.remove() }
        #expect(site.build(date: "2026-11-20").errorCount == 0)
        let sheet = try #require(site.read("boards/3号楼宣传栏/print.html"))
        #expect(sheet.contains("@page { size: 120cm 80cm;"))
        #expect(sheet.contains("重阳敬老"))
        #expect(sheet.contains("10月3日停水一天"), "the posted notice's text is on the sheet")
        #expect(sheet.contains("<svg"), "with a QR code to the board's page")
        #expect(!sheet.contains("分类投放"), "older issues are not on the sheet")
        let a4 = try Self.site(Self.board(size: "A4"))
        defer { a4.remove() }
        #expect(a4.build(date: "2026-11-20").errorCount == 0)
        #expect(a4.read("boards/3号楼宣传栏/print.html")?.contains("@page { size: A4;") == true)
    }

    /// Excel's "CSV UTF-8" (with a BOM); the demo's blackboard has its issues in Excel's default GB18030.
    @Test func issuesFromAnExcelCSV() throws {
        let board = "名称: 黑板报\n类型: 黑板报\n更换周期: 每月\n期: 各期.csv\n"
        let csv = "日期,主题,通知,照片\n2026-10-05,冬季防火,停水通知,photos/b.png\n2026-11-05,文明养犬,,\n"
        let site = try Self.site(board)
        defer { site.remove() }
        try site.write("content/boards/黑板报.yaml", board)
        try FileManager.default.removeItem(atPath: site.root + "/content/boards/3号楼宣传栏.yaml")
        try site.write("content/boards/各期.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(csv.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let result = site.build(date: "2026-11-20")
        #expect(result.errorCount == 0, "\(result.lines)")
        #expect(!result.has("board.overdue"), "every month is 30 days: 15 days since the last issue")
        let page = try #require(site.read("boards/黑板报/index.html"))
        #expect(page.contains("冬季防火") && page.contains("文明养犬"))
        #expect(page.contains("停水通知"))
    }

    @Test func badValuesAreErrorsAtTheValue() throws {
        let cases: [(String, String, String)] = [
            (Self.board(kind: "广告牌"), "board.kind", "3:5"),
            (Self.board(size: "大号"), "board.size", "4:5"),
            (Self.board(size: "5000×80"), "board.size", "4:5"),
            (Self.board(rotation: "看情况"), "board.rotation", "5:7"),
            (Self.board(rotation: "99999999999999999999"), "board.rotation", "5:7"),
            (Self.board(issues: "  - 日期: 2026-02-30\n    主题: 春节"), "date.invalid", "7:9"),
            (Self.board(issues: "  - 日期: 2026-10-06\n    主题: 敬老\n    通知: [不存在的通知]"), "board.link-missing", "9:10"),
            (Self.board(issues: "  - 日期: 2026-10-06\n    主题: 敬老\n    照片: [../../etc/passwd.png]"), "media.outside", "9:10"),
        ]
        for (text, key, at) in cases {
            let site = try Self.site(text)
            defer { site.remove() }
            let result = site.build(date: "2026-11-20", writes: false)
            let d = try #require(result.first(key), "\(key) expected, got \(result.lines)")
            #expect(d.severity == .error)
            #expect("\(d.location.line):\(d.location.column)" == at, "\(key): \(d.location)")
            #expect(result.exitCode == 1)
        }
    }

    @Test func aBlackListNameInABoardIsCaughtByThePrivacyGuard() throws {
        let board = Self.board(issues: "  - 日期: 2026-11-01\n    主题: 曝光\n    正文: 司马文涛在3号楼高空抛物。")
        let site = try Self.site(board, extra: ["content/honours/black.yaml": HonourPrivacyTests.black])
        defer { site.remove() }
        let result = site.build(date: "2026-11-20", writes: false)
        #expect(result.diagnostics.contains { $0.key == "privacy.leak" && $0.location.path == "content/boards/3号楼宣传栏.yaml" }, "\(result.lines)")
        #expect(result.exitCode == 1)
    }

    @Test func theDemoHasBoardsWithHistoryAndTheOverdueWarningOfTheIssue() throws {
        let site = try IncrementalBuildTests.demoSite()
        defer { site.remove() }
        let result = site.build(date: "2026-11-20")
        #expect(result.errorCount == 0, "\(result.lines)")
        let overdue = result.diagnostics.filter { $0.key == "board.overdue" }
        #expect(overdue.map(\.location.path) == ["content/boards/3号楼宣传栏.yaml"])
        #expect(overdue.first?.message.hasPrefix("3号楼宣传栏上次更换已45天，应每30天更换") == true)
        let boards = try #require(site.read("boards/index.html"))
        for name in ["3号楼宣传栏", "中心广场黑板报", "党群服务中心公示栏", "长青社区居民公约"] { #expect(boards.contains(name)) }
        let blackboard = try #require(site.read("boards/中心广场黑板报/index.html"))
        #expect(blackboard.components(separatedBy: "class=\"board-issue\"").count - 1 == 3, "three issues from the CSV")
        #expect(site.read("index.html")?.contains("h-boards") == true, "the home page has the 宣传栏 box")
        let display = try #require(site.read("display/index.html"))
        #expect(display.contains("data-panel=\"boards\"") && display.contains("中心广场黑板报：文明养犬 和谐邻里"))
    }
}

import Testing
@testable import NoticeboardKit

@Suite("Notices")
struct NoticeTests {
    static let notice = """
    ---
    标题: 停水通知
    类型: 通知
    日期: 2026-11-10
    截止日期: 2026-11-30
    ---
    明天停水。
    """

    @Test func chineseKeysAndPagesAreBuilt() throws {
        let site = try TestSite(["content/notices/2026-11-10-停水通知.md": Self.notice])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("notices/停水通知/index.html"))
        #expect(page.contains("<h1>停水通知</h1>"))
        #expect(page.contains("二〇二六年十一月十日"))
        let home = try #require(site.read("index.html"))
        #expect(home.contains("href=\"notices/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5/index.html\""))
    }

    @Test(arguments: [("2026-11-09", "即将发布"), ("2026-11-10", "有效"), ("2026-11-30", "有效"), ("2026-12-01", "已归档")])
    func currencyFollowsTheBuildDate(date: String, label: String) throws {
        let site = try TestSite(["content/notices/a.md": Self.notice])
        defer { site.remove() }
        let result = site.build(date: date, writes: false)
        #expect(result.errorCount == 0)
        let notice = try NoticeParser.parse(SourceFile(path: "content/notices/a.md", text: Self.notice)).0.unwrap()
        let today = try LocalDate.parse(date).get()
        #expect(NoticeView.statusLabel(notice.currency(on: today)) == label)
    }

    @Test func publicityCountsDaysLeftInclusive() throws {
        let p = PublicityPeriod(from: LocalDate(year: 2026, month: 11, day: 16)!, to: LocalDate(year: 2026, month: 11, day: 22)!)
        #expect(p.daysLeft(on: LocalDate(year: 2026, month: 11, day: 20)!) == 3)
        #expect(p.daysLeft(on: LocalDate(year: 2026, month: 11, day: 22)!) == 1)
        #expect(p.isRunning(on: LocalDate(year: 2026, month: 11, day: 23)!) == false)
        #expect(p.days == 7)
    }

    @Test func unknownKindSuggestsTheNearest() throws {
        let text = "---\ntitle: 测试\nkind: 公式\ndate: 2026-11-10\n---\n正文\n"
        let (_, diagnostics) = NoticeParser.parse(SourceFile(path: "content/notices/x.md", text: text))
        let d = try #require(diagnostics.first { $0.key == "notice.kind" })
        #expect(d.location.line == 3)
        #expect(d.location.column == 7)
        #expect(d.message.contains("公示"))
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let site = try TestSite(["content/notices/d.md": "---\ntitle: 草稿通知\nkind: 通知\ndate: 2026-11-10\ndraft: true\n---\n内容\n"])
        defer { site.remove() }
        site.build()
        #expect(site.read("notices/d/index.html") == nil)
        site.build(drafts: true)
        #expect(site.read("notices/d/index.html") != nil)
    }
}

extension Optional {
    struct Missing: Error {}
    func unwrap() throws -> Wrapped {
        guard let self else { throw Missing() }
        return self
    }
}

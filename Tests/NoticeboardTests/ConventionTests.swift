import Foundation
import Testing
@testable import NoticeboardKit

/// Conventions (文明公约, 居民公约, 十禁止): numbered articles from Markdown, the page, the A3 poster and the display panel.
@Suite("Conventions", .serialized)
struct ConventionTests {
    static let convention = """
    ---
    标题: 文明养犬公约
    日期: 2026-03-28
    落款: 测试社区居民代表会议
    ---
    为了邻里和睦，制定本公约。

    一、出门拴绳，
    主动避让老人和儿童。
    二、及时清理犬只粪便。
    三、不在夜间放任犬只吠叫。

    本公约自公布之日起施行。

    """

    @Test func articlesAreNumberedWhateverTheStyle() {
        for (line, number, rest) in [("一、爱国守法", 1, "爱国守法"), ("10. 讲究卫生", 10, "讲究卫生"), ("（三）节约用水", 3, "节约用水"),
                                     ("第十二条 不高空抛物", 12, "不高空抛物"), ("②不乱贴", 2, "不乱贴"), ("３、不占通道", 3, "不占通道")] {
            let found = ConventionParser.articleStart(line)
            #expect(found?.0 == number && found?.1 == rest, "\(line)")
        }
        for line in ["1.5 米以下的犬只", "一些说明", "十分重要"] {
            #expect(ConventionParser.articleStart(line) == nil, "\(line)")
        }
    }

    @Test func thePagePosterAndDisplayPanel() throws {
        let site = try TestSite([
            "content/conventions/文明养犬公约.md": Self.convention,
            "content/site.yaml": "name: 测试社区\nbase_url: https://test.example.cn/\ndisplay:\n  panels: [conventions]\n",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("conventions/文明养犬公约/index.html"))
        #expect(page.contains("<span class=\"convention-number\">一、</span><div class=\"convention-text\"><p>出门拴绳，主动避让老人和儿童。</p>"), "a continued line joins its article")
        #expect(page.contains("<span class=\"convention-number\">三、</span>"))
        #expect(page.contains("本公约自公布之日起施行。"), "the closing paragraph")
        #expect(page.contains("测试社区居民代表会议"))
        let poster = try #require(site.read("conventions/文明养犬公约/print.html"))
        #expect(poster.contains("@page { size: A3;"))
        #expect(poster.contains("class=\"poster-title\">文明养犬公约"))
        #expect(poster.contains("二〇二六年三月二十八日"))
        #expect(poster.contains("<svg"))
        let display = try #require(site.read("display/index.html"))
        #expect(display.contains("data-panel=\"conventions\"") && display.contains("及时清理犬只粪便"))
        #expect(site.read("boards/index.html")?.contains("文明养犬公约") == true, "listed under 宣传栏")
    }

    @Test func problemsAreLocated() throws {
        let noArticles = "---\n标题: 公约\n---\n大家要讲文明。\n"
        let skipped = "---\n标题: 公约\n---\n一、讲文明\n三、树新风\n"
        let unsafe = "---\n标题: 公约\n---\n一、见[这里](javascript:alert(1))\n"
        let untitled = "---\n日期: 2026-13-01\n---\n一、讲文明\n"
        let site = try TestSite(["content/conventions/a.md": noArticles, "content/conventions/b.md": skipped,
                                 "content/conventions/c.md": unsafe, "content/conventions/d.md": untitled])
        defer { site.remove() }
        let result = site.build(writes: false)
        let at = { (key: String) in result.diagnostics.first { $0.key == key }.map { "\($0.location.path):\($0.location.line)" } }
        #expect(at("convention.no-articles") == "content/conventions/a.md:4")
        #expect(at("convention.numbering") == "content/conventions/b.md:5")
        #expect(at("link.unsafe") == "content/conventions/c.md:4")
        #expect(at("date.invalid") == "content/conventions/d.md:2")
        #expect(result.has("key.missing"))
    }
}

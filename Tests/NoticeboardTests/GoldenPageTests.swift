import Foundation
import Testing
@testable import NoticeboardKit

@Suite("Golden pages")
struct GoldenPageTests {
    func build() throws -> (TestSite, BuildResult) {
        let fixture = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/golden-site"
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: fixture + "/content", toPath: site.root + "/content")
        return (site, site.build(date: "2026-11-18"))
    }

    @Test func homePage() throws {
        let (site, result) = try build()
        defer { site.remove() }
        #expect(result.errorCount == 0, "\(result.lines)")
        try expectGolden(try #require(site.read("index.html")), "home.html")
    }

    @Test func noticePage() throws {
        let (site, _) = try build()
        defer { site.remove() }
        try expectGolden(try #require(site.read("notices/评优公示/index.html")), "notice.html")
    }

    @Test func noticePrintSheet() throws {
        let (site, _) = try build()
        defer { site.remove() }
        try expectGolden(try #require(site.read("notices/评优公示/print.html")), "notice-print.html")
    }

    /// A roll in its publicity period: its page and its A3 poster are a 公示 (issue 21), asking for objections once.
    @Test func rollInPublicity() throws {
        let (site, _) = try build()
        defer { site.remove() }
        try expectGolden(try #require(site.read("honours/2026-好邻居/index.html")), "roll-publicity.html")
        try expectGolden(try #require(site.read("honours/2026-好邻居/print.html")), "roll-publicity-print.html")
        try expectGolden(try #require(site.read("notices/2026-好邻居-公示/print.html")), "roll-publicity-notice-print.html")
    }

    /// A black list says 曝光于, keeps its dates on one line and masks the plate.
    @Test func blackList() throws {
        let (site, _) = try build()
        defer { site.remove() }
        try expectGolden(try #require(site.read("honours/2026-曝光台/index.html")), "blacklist.html")
    }

    @Test func feedEscapesTitles() throws {
        let (site, _) = try build()
        defer { site.remove() }
        let feed = try #require(site.read("feed.xml"))
        #expect(feed.contains("<title>【通知】停电通知 &lt;维修&gt;</title>"))
        #expect(feed.contains("<link href=\"https://xiaohe.example.cn/notices/%E5%81%9C%E7%94%B5%E9%80%9A%E7%9F%A5/\"/>"))
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("<loc>https://xiaohe.example.cn/notices/%E8%AF%84%E4%BC%98%E5%85%AC%E7%A4%BA/</loc>"))
    }
}

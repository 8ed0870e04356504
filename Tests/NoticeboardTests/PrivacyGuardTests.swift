import Foundation
import Testing
@testable import NoticeboardKit

/// The privacy guard as a build step: mobile numbers and ID-card numbers in any rendered file fail the build at their source.
@Suite("Privacy guard")
struct PrivacyGuardTests {
    static let site = "name: 测试社区\nbase_url: https://test.example.cn/\ncontact:\n  phone: 138 0000 1111\npublic_phones:\n  - 139-0000-2222\n"

    func leaks(_ files: [String: String]) throws -> (BuildResult, TestSite) {
        let site = try TestSite(files, siteYAML: Self.site)
        return (site.build(), site)
    }

    @Test func mobileInANoticeBodyFailsTheBuildAtItsLine() throws {
        let (result, site) = try leaks(["content/notices/2026-11-01-停水.md": "---\ntitle: 停水\nkind: 通知\ndate: 2026-11-01\n---\n有事请找王师傅，电话13712345678。\n"])
        defer { site.remove() }
        let d = try #require(result.first("privacy.phone"))
        #expect(d.location.description == "content/notices/2026-11-01-停水.md:6:11")
        #expect(d.message.contains("137＊＊＊＊5678"))
        #expect(!d.message.contains("13712345678"), "the diagnostic itself is masked")
        #expect(result.exitCode == 1)
        #expect(site.read("index.html") == nil, "nothing is written")
    }

    @Test func mobileInARedListDeed() throws {
        let red = "title: 好人榜\nlist: red\ncategory: 身边好人\nyear: 2026\nannounced: 2026-10-01\nterm: 1\nentries:\n  - name: 李明\n    deeds: 常年照顾孤寡老人，联系电话 186-1234-5678\n"
        let (result, site) = try leaks(["content/honours/2026-好人榜.yaml": red])
        defer { site.remove() }
        let d = try #require(result.first("privacy.phone"))
        #expect(d.location.path == "content/honours/2026-好人榜.yaml")
        #expect(d.location.line == 9)
    }

    @Test func mobileInAnImageAltText() throws {
        let site = try TestSite(["content/notices/2026-11-01-寻物.md": "---\ntitle: 寻物\nkind: 通知\ndate: 2026-11-01\n---\n![失主 159 8765 4321](../media/包.png)\n"],
                                siteYAML: Self.site)
        defer { site.remove() }
        try site.write("content/media/包.png", bytes: TestImages.png)
        let result = site.build()
        let d = try #require(result.first("privacy.phone"))
        #expect(d.location.description == "content/notices/2026-11-01-寻物.md:6:6")
        let html = try #require(result.files.first { $0.path == "notices/寻物/index.html" })
        #expect(String(decoding: html.bytes, as: UTF8.self).contains("alt=\"失主 159 8765 4321\""), "the number really is in an attribute")
    }

    @Test func mobileInALedgerSummary() throws {
        let ledger = "- date: 2026-11-02\n  title: 义诊\n  category: 健康教育\n  summary: 报名请联系 15011112222。\n"
        let (result, site) = try leaks(["content/ledger/2026.yaml": ledger])
        defer { site.remove() }
        let d = try #require(result.first("privacy.phone"))
        #expect(d.location.description == "content/ledger/2026.yaml:4:18")
    }

    @Test func mobileInATitleIsFoundInTheFeedToo() throws {
        let (result, site) = try leaks(["content/notices/2026-11-01-x.md": "---\ntitle: 急寻 13612345678\nkind: 通知\ndate: 2026-11-01\n---\n正文\n"])
        defer { site.remove() }
        let d = try #require(result.first("privacy.phone"))
        #expect(d.location.description == "content/notices/2026-11-01-x.md:2:11")
        #expect(d.message.contains("feed.xml") || d.message.contains("个文件"))
        #expect(result.diagnostics.count { $0.key == "privacy.phone" } == 1, "one error per number, not per page")
    }

    @Test func publishedNumbersPass() throws {
        let notice = "---\ntitle: 公示\nkind: 公示\ndate: 2026-11-01\npublicity:\n  days: 5\n  contact: 社区 13800001111，网格员 139 0000 2222\n---\n座机 0571-8800 1234，编号 2013812345678901。\n"
        let (result, site) = try leaks(["content/notices/2026-11-01-公示.md": notice])
        defer { site.remove() }
        #expect(result.errorCount == 0, "\(result.lines)")
        #expect(site.read("notices/公示/index.html")?.contains("139 0000 2222") == true)
    }

    @Test func blackListPhoneIsReportedOnceAsALeak() throws {
        let black = "title: 曝光台\nlist: black\ncategory: 不文明行为曝光\nannounced: 2026-11-01\nentries:\n  - behaviour: 乱停车\n    phone: 13857102468\n"
        let notice = "---\ntitle: 挪车\nkind: 通知\ndate: 2026-11-10\n---\n请 13857102468 的车主挪车。\n"
        let (result, site) = try leaks(["content/honours/2026-曝光台.yaml": black, "content/notices/2026-11-10-挪车.md": notice])
        defer { site.remove() }
        #expect(result.has("privacy.leak"))
        #expect(!result.has("privacy.phone"), "the same number is not reported twice: \(result.lines)")
    }

    @Test func scannerFindsSeparatedNumbersAndSkipsLongerRuns() {
        let text = "a13812345678b 138-1234-5678\n电话：139 1234 5678。 +86 150 1111 2222 12345678901 0571-8800 1234 2013812345678901 x17712345678"
        let hits = MobileNumberScan.find(in: Array(text.utf8))
        #expect(hits.map(\.digits) == ["13812345678", "13912345678", "15011112222"])
        #expect(hits.map(\.line) == [1, 2, 2])
        #expect(hits[1].column == 4)
    }

    @Test func outputGuardRequiresTheIDCheckDigit() {
        let files = [OutputFile(path: "a/index.html", text: "<p>11010519491231002X</p>", source: "content/a.md"),
                     OutputFile(path: "b/index.html", text: "<p>110105194912310021</p>", source: "content/b.md")]
        let d = OutputChecks.check(files)
        #expect(d.map(\.key) == ["privacy.id-number"])
        #expect(d.first?.location.path == "content/a.md")
    }

    @Test func idNumberInOutputIsTracedToItsSourceLine() {
        let files = [OutputFile(path: "feed.xml", text: "<title>330106198503151238</title>")]
        let sources = [SourceFile(path: "content/notices/x.md", text: "---\ntitle: 330106198503151238\n---\n")]
        let d = OutputChecks.check(files, sources: sources)
        #expect(d.map(\.location.description) == ["content/notices/x.md:2:8"])
    }
}

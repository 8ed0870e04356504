import Foundation
import Testing
@testable import NoticeboardKit

/// Search as residents use it: the demo indexed by Pagefind's extended build, searched in headless Chromium for
/// Chinese substrings of two characters that cross word boundaries.
@Suite("Search in Chinese", .serialized)
struct SearchTests {
    @Test func twoCharacterSubstringsFindTheRightPages() throws {
        let site = try TestSite([:], siteYAML: nil)
        defer { site.remove() }
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: site.root + "/content")
        #expect(site.build().errorCount == 0)
        let outcome = SearchIndex.build(outputRoot: site.output)
        guard case .indexed = outcome else {
            Issue.record("Pagefind did not index the demo: \(outcome) (scripts/install-dependencies --test installs it)")
            return
        }
        #expect(FileManager.default.fileExists(atPath: site.output + "/pagefind/pagefind-ui.js"))
        // 水通 spans 停水|通知, 老爱 spans 孝老|爱亲: substrings, not words.
        let json = try PrintSheetTests.tool("python3", [repositoryRoot + "/scripts/check-search", site.output, "水通", "老爱", "不存在的词语"])
        let found = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String]], "\(json)")
        let decoded = found.mapValues { $0.map { $0.removingPercentEncoding ?? $0 } }
        #expect(decoded["水通"]?.first == "/notices/停水通知/", "\(decoded)")
        #expect(decoded["老爱"]?.contains { $0.contains("道德讲堂：孝老爱亲") } == true, "\(decoded)")
        #expect(decoded["不存在的词语"] == [], "\(decoded)")
        // Only pages are indexed: print sheets (no data-pagefind-body) never show up as results.
        #expect(decoded.values.joined().allSatisfy { !$0.hasSuffix("print.html") })
    }

    @Test func theSearchPageSaysWhenSearchIsUnavailable() throws {
        let site = try TestSite(["content/notices/a.md": "---\ntitle: 停水通知\nkind: 通知\ndate: 2026-11-10\n---\n明天停水。\n"])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let page = try #require(site.read("search/index.html"))
        #expect(page.contains("id=\"search-unavailable\"") && page.contains("不能搜索"))
        #expect(page.contains("<noscript>"))
        let notice = try #require(site.read("notices/a/index.html"))
        #expect(notice.contains("href=\"../../search/index.html\"") && notice.contains("data-pagefind-body"))
        #expect(notice.contains("<meta name=\"section\" data-pagefind-filter=\"栏目[content]\" content=\"通知公告\">"))
    }
}

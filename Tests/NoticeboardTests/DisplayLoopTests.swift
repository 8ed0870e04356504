import Foundation
import Testing
@testable import NoticeboardKit

/// The hall screen's loop, opened from `file://` in headless Chromium with its timers run on virtual time.
@Suite("Display loop", .serialized)
struct DisplayLoopTests {
    static func panelShown(_ file: String, afterMilliseconds budget: Int) throws -> String {
        let dom = try PrintSheetTests.tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=\(budget)", "--dump-dom", "file://" + file])
        guard let match = dom.firstMatch(of: /<body[^>]*data-panel="([a-z]*)"/) else { return "" }
        return String(match.1)
    }

    @Test func cyclesThroughThePanelsInTheOrderSiteYAMLGives() throws {
        let site = try TestSite([
            "content/site.yaml": "name: 测试社区\nslogans: [文明你我他]\ndisplay:\n  interval: 5\n  panels: [slogans, notices]\n",
            "content/notices/a.md": "---\ntitle: 停水通知\nkind: 通知\ndate: 2026-11-10\n---\n明天停水。\n",
        ], siteYAML: nil)
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let page = site.output + "/display/index.html"
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("http://") && !html.contains("https://"), "the display page must work without a network")
        #expect(html.contains("停水通知") && html.contains("文明你我他"))
        #expect(try Self.panelShown(page, afterMilliseconds: 1000) == "slogans")
        #expect(try Self.panelShown(page, afterMilliseconds: 6000) == "notices")
        #expect(try Self.panelShown(page, afterMilliseconds: 11000) == "slogans")
    }

    @Test func panelsWithNothingToShowAreLeftOut() throws {
        let site = try TestSite(["content/site.yaml": "name: 测试社区\n"], siteYAML: nil)
        defer { site.remove() }
        site.build()
        let html = try #require(site.read("display/index.html"))
        #expect(html.contains("data-panels=\"0\""))
    }
}

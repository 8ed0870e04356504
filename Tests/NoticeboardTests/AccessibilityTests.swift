import Foundation
import Testing
@testable import NoticeboardKit

/// One page of every kind of the demo, checked by `scripts/check-pages` in headless Chromium at 390 px from
/// `file://` and 1366 px over HTTP: axe-core finds no violation, images and style sheets load, no text under 12 px on
/// screen pages, paragraphs spaced as 适老化 asks; and the Nu HTML Checker finds no error.
@Suite("Accessibility of every page kind", .serialized)
struct AccessibilityTests {
    /// A page kind and how to recognise its files (the first match in path order is checked).
    static let kinds: [(name: String, matches: @Sendable (String) -> Bool)] = [
        ("home", { $0 == "index.html" }),
        ("404", { $0 == "404.html" }),
        ("display loop", { $0 == "display/index.html" }),
        ("search", { $0 == "search/index.html" }),
        ("notice index", { $0 == "notices/index.html" }),
        ("notice archive", { $0 == "notices/archive/index.html" }),
        ("notices of a year", { $0.wholeMatch(of: /notices\/archive\/\d{4}\/index\.html/) != nil }),
        ("notice", { $0.hasPrefix("notices/") && !$0.hasPrefix("notices/archive/") && !$0.contains("公示") && $0.hasSuffix("/index.html") && $0.count > 20 }),
        ("公示 notice", { $0.hasPrefix("notices/") && $0.contains("公示/index.html") }),
        ("notice print sheet", { $0.hasPrefix("notices/") && $0.hasSuffix("/print.html") }),
        ("plans", { $0 == "plans/index.html" }),
        ("plan", { $0.hasPrefix("plans/") && $0.hasSuffix("/index.html") && $0 != "plans/index.html" }),
        ("plan print sheet", { $0.hasPrefix("plans/") && $0.hasSuffix("/print.html") }),
        ("honours", { $0 == "honours/index.html" }),
        ("red list", { $0.hasPrefix("honours/20") && $0.hasSuffix("/index.html") && !$0.contains("曝光") }),
        ("red list print sheet", { $0.hasPrefix("honours/20") && $0.hasSuffix("/print.html") && !$0.contains("曝光") }),
        ("black list", { $0.hasPrefix("honours/20") && $0.hasSuffix("/index.html") && $0.contains("曝光") }),
        ("black list print sheet", { $0.hasPrefix("honours/20") && $0.hasSuffix("/print.html") && $0.contains("曝光") }),
        ("honours of a year", { $0.hasPrefix("honours/years/") }),
        ("honours of a category", { $0.hasPrefix("honours/categories/") }),
        ("ledger", { $0 == "ledger/index.html" }),
        ("ledger month", { $0.wholeMatch(of: /ledger\/\d{4}-\d{2}\/index\.html/) != nil }),
        ("ledger category", { $0.hasPrefix("ledger/category/") }),
        ("activity", { $0.hasPrefix("ledger/activities/") }),
        ("reports", { $0 == "reports/index.html" }),
        ("report", { $0.wholeMatch(of: /reports\/\d{4}\/index\.html/) != nil }),
        ("report print sheet", { $0.wholeMatch(of: /reports\/\d{4}\/print\.html/) != nil }),
        ("briefings", { $0 == "bulletins/index.html" }),
        ("briefing", { $0.hasPrefix("bulletins/") && $0.hasSuffix("/index.html") && $0 != "bulletins/index.html" }),
        ("briefing print sheet", { $0.hasPrefix("bulletins/") && $0.hasSuffix("/print.html") }),
        ("boards", { $0 == "boards/index.html" }),
        ("board", { $0.hasPrefix("boards/") && $0.hasSuffix("/index.html") && $0 != "boards/index.html" }),
        ("board print layout", { $0.hasPrefix("boards/") && $0.hasSuffix("/print.html") }),
        ("convention", { $0.hasPrefix("conventions/") && $0.hasSuffix("/index.html") }),
        ("convention poster", { $0.hasPrefix("conventions/") && $0.hasSuffix("/print.html") }),
    ]

    /// The demo's page of each kind; a kind the demo lacks is reported.
    static func pages(_ files: [String]) -> (pages: [String], missing: [String]) {
        var pages: [String] = [], missing: [String] = []
        for kind in kinds {
            if let file = files.first(where: kind.matches) { pages.append(file) } else { missing.append(kind.name) }
        }
        return (pages, missing)
    }

    @Test func everyPageKindPassesAxeAndTheNuHTMLChecker() throws {
        let site = try DemoSite.built.get()
        // With the search index, the search page is checked with Pagefind's interface in it (over HTTP).
        #expect(SearchIndex.build(outputRoot: site.output) != .notInstalled, "Pagefind is not installed")
        let (pages, missing) = Self.pages(DemoSite.files(of: site))
        #expect(missing.isEmpty, "the demo has no page of kind \(missing)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot + "/scripts/check-pages", site.output] + pages
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let report = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "scripts/check-pages found faults:\n\(report)")
        #expect(report.contains("\(pages.count) pages at 390/1366 px: 0 faults"), "\(report)")
    }
}

/// 关怀模式 used as a resident does (scripts/check-care-mode, headless Chromium at 390 px from `file://`).
@Suite("Elder-friendly mode", .serialized)
struct CareModeTests {
    @Test func theSwitchEnlargesTextAndIsRememberedAcrossPages() throws {
        let site = try DemoSite.built.get()
        let json = try PrintSheetTests.tool("python3", [repositoryRoot + "/scripts/check-care-mode", site.output, "index.html", "notices/停水通知/index.html"])
        let r = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
        let standard = try #require(r["standard"] as? Double), care = try #require(r["care"] as? Double)
        #expect(r["buttonShown"] as? Bool == true)
        #expect(care >= standard * 1.25, "text \(standard) → \(care) px")
        #expect(r["pressed"] as? String == "true" && r["label"] as? String == "标准模式")
        #expect(r["nextPage"] as? Double == care, "the next page opened from disk must keep the mode: \(r)")
        #expect(r["switchedBack"] as? Double == standard)
        // Headless Chromium has no Chinese voice: 朗读 stays hidden rather than failing when pressed.
        if r["voices"] as? Int == 0 { #expect(r["readAloudHidden"] as? Bool == true) }
        // Without JavaScript the 关怀模式 link (#care) enlarges the page it is on.
        let noScript = try #require(r["noScriptStandard"] as? Double)
        #expect((r["noScriptCare"] as? Double ?? 0) >= noScript * 1.25, "\(r)")
    }
}

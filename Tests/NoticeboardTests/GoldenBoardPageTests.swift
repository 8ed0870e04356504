import Foundation
import Testing
@testable import NoticeboardKit

/// Golden files of the pages issue 16a added: the boards index, a board's history and print layout, a convention and
/// its poster (a fixture of their own, so the other golden pages keep their navigation).
@Suite("Golden board pages")
struct GoldenBoardPageTests {
    func build() throws -> (TestSite, BuildResult) {
        let fixture = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/golden-boards"
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: fixture + "/content", toPath: site.root + "/content")
        return (site, site.build(date: "2026-11-18"))
    }

    @Test func boardPages() throws {
        let (site, result) = try build()
        defer { site.remove() }
        #expect(result.errorCount == 0, "\(result.lines)")
        try expectGolden(try #require(site.read("boards/index.html")), "boards.html")
        try expectGolden(try #require(site.read("boards/一号楼宣传栏/index.html")), "board.html")
        try expectGolden(try #require(site.read("boards/一号楼宣传栏/print.html")), "board-print.html")
    }

    @Test func conventionPages() throws {
        let (site, _) = try build()
        defer { site.remove() }
        try expectGolden(try #require(site.read("conventions/小河社区文明公约/index.html")), "convention.html")
        try expectGolden(try #require(site.read("conventions/小河社区文明公约/print.html")), "convention-print.html")
    }
}

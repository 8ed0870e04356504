import Foundation
import Testing
@testable import NoticeboardKit

/// The demo's Office files (plan .docx, a ledger quarter and the 曝光台 as .xlsx) build to the same pages as the
/// Markdown and CSV files they replace (kept in Fixtures/office/markdown-equivalents).
@Suite("Office demo equivalence")
struct OfficeEquivalenceTests {
    static func demoCopy(_ name: String) throws -> TestSite {
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: site.root + "/content")
        return site
    }

    static func files(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return result }
        while let path = walker.nextObject() as? String {
            if path.hasPrefix(".noticeboard") { continue }
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDir), !isDir.boolValue {
                result[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return result
    }

    @Test func officeDemoBuildsTheSamePagesAsMarkdownAndCSV() throws {
        let office = try Self.demoCopy("office")
        defer { office.remove() }
        #expect(FileManager.default.fileExists(atPath: office.root + "/content/plans/2026-civilised.docx"))
        let markdown = try Self.demoCopy("markdown")
        defer { markdown.remove() }
        let content = markdown.root + "/content/"
        let equivalents = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/office/markdown-equivalents/"
        for path in ["plans/2026-civilised.docx", "plans/2026-civilised.yaml", "ledger/2026年第一季度活动台账.xlsx", "honours/2026-曝光台.xlsx", "honours/2026-曝光台.yaml"] {
            try FileManager.default.removeItem(atPath: content + path)
        }
        for path in ["plans/2026-civilised.md", "ledger/2026年第一季度活动台账.csv", "honours/2026-曝光台.csv", "honours/2026-曝光台.yaml"] {
            try FileManager.default.copyItem(atPath: equivalents + path, toPath: content + path)
        }
        let a = office.build(), b = markdown.build()
        #expect(a.errorCount == 0 && b.errorCount == 0, "\(a.lines)\n\(b.lines)")
        #expect(a.diagnostics.map(\.key) == b.diagnostics.map(\.key))
        let pagesA = Self.files(office.output), pagesB = Self.files(markdown.output)
        #expect(pagesA.count > 90)
        #expect(Set(pagesA.keys) == Set(pagesB.keys))
        // plan.json names the file the user typed and its lines (¶ paragraphs of the .docx, lines of the .md): it differs by design.
        for (path, bytes) in pagesA.sorted(by: { $0.key < $1.key }) where !path.hasSuffix("/plan.json") {
            #expect(pagesB[path] == bytes, "\(path) differs")
        }
    }
}

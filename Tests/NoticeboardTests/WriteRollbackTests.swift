import Foundation
import Testing
@testable import NoticeboardKit

/// A write that fails part-way puts the output folder back exactly as the previous build left it, says so in one
/// sentence naming the path, and the bookkeeping files never hold content values.
@Suite("Write rollback and bookkeeping")
struct WriteRollbackTests {
    static let old = "---\ntitle: 旧通知\nkind: 通知\ndate: 2026-11-01\n---\n上一次的内容。\n"

    @Test func aFailedRenameRollsBackEveryReplacedFile() throws {
        let site = try TestSite(["content/notices/2026-11-01-旧通知.md": Self.old])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        // Something in the way of one file the next build writes: a non-empty folder where index.html must go.
        let blocker = site.output + "/notices/新通知/index.html"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker + "/keep"))
        let before = folderSnapshot(site.output)

        try site.write("content/notices/2026-11-01-旧通知.md", Self.old.replacingOccurrences(of: "上一次", with: "这一次"))
        try site.write("content/notices/2026-11-02-新通知.md", "---\ntitle: 新通知\nkind: 通知\ndate: 2026-11-02\n---\n新的。\n")
        let result = site.build()
        let failure = try #require(result.first("output.write"))
        #expect(failure.location.path.hasSuffix("notices/新通知/index.html"))
        #expect(!failure.message.contains("NSCocoaErrorDomain") && !failure.message.contains("\n"))
        #expect(result.exitCode == 1)
        #expect(folderSnapshot(site.output) == before, "the failed write changed the output folder")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/" + OutputWriter.stagingName))

        // With the obstacle gone the same build succeeds.
        try FileManager.default.removeItem(atPath: site.output + "/notices/新通知")
        #expect(site.build().errorCount == 0)
        #expect(site.read("notices/新通知/index.html")?.contains("新的") == true)
    }

    @Test func bookkeepingFilesHoldNoContentValues() throws {
        let site = try TestSite(["content/notices/2026-11-01-王小明家门口.md": "---\ntitle: 通知\nkind: 通知\ndate: 2026-11-01\n---\n正文。\n"])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        #expect(site.read("notices/王小明家门口/index.html") != nil)
        for name in [OutputWriter.manifestName, RenderCache.stateName] {
            let text = try #require(site.read(name))
            #expect(!text.contains("王小明") && !text.contains(URLPath.encode("王小明")) && !text.contains("notices/"), "\(name) holds paths")
        }
        // Stale files are still found and removed through the hashes; an unchanged rebuild reuses every page.
        try FileManager.default.removeItem(atPath: site.root + "/content/notices/2026-11-01-王小明家门口.md")
        try site.write("content/notices/2026-11-02-b.md", "---\ntitle: 另一则\nkind: 通知\ndate: 2026-11-02\n---\n正文。\n")
        let second = site.build()
        #expect(second.report?.removed.contains("notices/王小明家门口/index.html") == true)
        #expect(!FileManager.default.fileExists(atPath: site.output + "/notices/王小明家门口"))
        let third = site.build()
        #expect(third.report?.written.isEmpty == true)
    }
}

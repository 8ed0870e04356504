import Foundation
import Testing
@testable import NoticeboardKit

/// Incremental builds: after an edit of any kind of input, a build that reuses the previous state writes exactly the
/// bytes a clean build writes, and re-renders only the groups that read the edited file.
@Suite("Incremental build", .serialized)
struct IncrementalBuildTests {
    /// The demo site copied into a temporary folder.
    static func demoSite() throws -> TestSite {
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/templates", toPath: site.root + "/templates")
        return site
    }

    static func replace(_ site: TestSite, _ path: String, _ old: String, _ new: String) throws {
        let full = site.root + "/" + path
        let text = try String(contentsOfFile: full, encoding: .utf8)
        #expect(text.contains(old), "fixture text to edit not found in \(path)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: full))
    }

    static func build(_ site: TestSite, into output: String, incremental: Bool) -> BuildResult {
        var options = BuildOptions(siteRoot: site.root, outputRoot: output, date: .explicit(try! LocalDate.parse("2026-11-20").get()), writesOutput: true)
        options.incremental = incremental
        return BuildPipeline(options: options, log: .silent).run()
    }

    static func files(_ folder: String) -> [String: Data] {
        CommandLineTests.snapshot(folder).mapValues(\.0)
    }

    struct Edit: CustomTestStringConvertible, Sendable {
        var kind: String
        var path: String
        var old: String
        var new: String
        /// Groups that must be re-rendered, at most.
        var maxRendered: Int
        var testDescription: String { kind }
    }

    static let edits: [Edit] = [
        Edit(kind: "notice", path: "content/notices/2026-11-10-冬季用火用电安全提示.md", old: "入冬以来气温下降", new: "入冬以来气温明显下降", maxRendered: 6),
        Edit(kind: "plan", path: "content/plans/2026-civilised.yaml", old: "名称: 道德讲堂", new: "名称: 社区道德讲堂", maxRendered: 6),
        Edit(kind: "ledger row", path: "content/ledger/2026年下半年活动台账.yaml", old: "place: 社区中心广场", new: "place: 社区东广场", maxRendered: 6),
        Edit(kind: "honour roll", path: "content/honours/2026-最美家庭.yaml", old: "文号: 长居公示〔2026〕12号", new: "文号: 长居公示〔2026〕13号", maxRendered: 8),
        Edit(kind: "site.yaml", path: "content/site.yaml", old: "committee: 长青社区居民委员会", new: "committee: 长青社区居委会", maxRendered: 1000),
        Edit(kind: "template", path: "templates/notice.mustache", old: "<article class=\"notice kind-{{kindClass}}\">", new: "<article class=\"notice kind-{{kindClass}} edited\">", maxRendered: 1000),
    ]

    @Test(arguments: edits)
    func incrementalBuildEqualsCleanBuild(_ edit: Edit) throws {
        let site = try Self.demoSite()
        defer { site.remove() }
        let incremental = site.root + "/out-incremental", clean = site.root + "/out-clean"
        #expect(Self.build(site, into: incremental, incremental: true).errorCount == 0)
        try Self.replace(site, edit.path, edit.old, edit.new)

        var options = BuildOptions(siteRoot: site.root, outputRoot: incremental, date: .explicit(try LocalDate.parse("2026-11-20").get()), writesOutput: true)
        options.incremental = true
        let cache = RenderCache(outputRoot: incremental)
        let result = BuildPipeline(options: options, log: .silent, cache: cache).run()
        #expect(result.errorCount == 0)
        #expect(cache.rendered <= edit.maxRendered, "\(edit.kind): \(cache.rendered) groups re-rendered")
        #expect(cache.rendered >= 1, "\(edit.kind): the edit must re-render something")
        let written = result.report?.written ?? []
        #expect(written.count > 0, "\(edit.kind): the edit must change some page")

        #expect(Self.build(site, into: clean, incremental: false).errorCount == 0)
        let a = Self.files(incremental), b = Self.files(clean)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in b where a[path] != bytes {
            Issue.record("\(edit.kind): \(path) differs from a clean build")
        }
    }

    @Test func unchangedRebuildRendersNothingAndWritesNothing() throws {
        let site = try Self.demoSite()
        defer { site.remove() }
        let out = site.root + "/out"
        #expect(Self.build(site, into: out, incremental: true).errorCount == 0)
        let cache = RenderCache(outputRoot: out)
        var options = BuildOptions(siteRoot: site.root, outputRoot: out, date: .explicit(try LocalDate.parse("2026-11-20").get()), writesOutput: true)
        options.incremental = true
        let result = BuildPipeline(options: options, log: .silent, cache: cache).run()
        #expect(cache.rendered == 0)
        #expect(result.report?.written == [])
    }

    @Test func aDeletedOutputFileIsRenderedAgain() throws {
        let site = try Self.demoSite()
        defer { site.remove() }
        let out = site.root + "/out"
        #expect(Self.build(site, into: out, incremental: true).errorCount == 0)
        let page = out + "/notices/index.html"
        let before = try Data(contentsOf: URL(fileURLWithPath: page))
        try FileManager.default.removeItem(atPath: page)
        #expect(Self.build(site, into: out, incremental: true).errorCount == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: page)) == before)
    }
}

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

    /// Replaces bytes (so GB18030 files keep their encoding: the edits are ASCII), or appends `new` when `old` is empty.
    static func replace(_ site: TestSite, _ path: String, _ old: String, _ new: String) throws {
        let full = site.root + "/" + path
        let data = try Data(contentsOf: URL(fileURLWithPath: full))
        if old.isEmpty, PublishedPhotos.isPhoto(path) {
            // Another picture: photos are published resized, so bytes that do not change the picture change nothing.
            try Data(TestImages.png).write(to: URL(fileURLWithPath: full))
            return
        }
        if old.isEmpty {
            try (data + Data(new.utf8)).write(to: URL(fileURLWithPath: full))
            return
        }
        let range = try #require(data.range(of: Data(old.utf8)), "fixture text to edit not found in \(path)")
        var edited = data
        edited.replaceSubrange(range, with: Data(new.utf8))
        try edited.write(to: URL(fileURLWithPath: full))
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
        /// Groups that must be re-rendered, at least (a photo's new bytes re-render no page, only the copy changes).
        var minRendered = 1
        var testDescription: String { kind }
    }

    static let edits: [Edit] = [
        // 9: the notice is also posted on the demo's blackboard, whose print layout carries its text.
        Edit(kind: "notice", path: "content/notices/2026-11-10-冬季用火用电安全提示.md", old: "入冬以来气温下降", new: "入冬以来气温明显下降", maxRendered: 9),
        Edit(kind: "plan", path: "content/plans/2026-civilised.yaml", old: "名称: 道德讲堂", new: "名称: 社区道德讲堂", maxRendered: 6),
        Edit(kind: "ledger row", path: "content/ledger/2026年下半年活动台账.yaml", old: "place: 社区中心广场", new: "place: 社区东广场", maxRendered: 10),
        Edit(kind: "honour roll", path: "content/honours/2026-最美家庭.yaml", old: "文号: 长居公示〔2026〕12号", new: "文号: 长居公示〔2026〕13号", maxRendered: 13),
        Edit(kind: "ledger CSV (GB18030)", path: "content/ledger/2026年第二季度活动台账.csv", old: ",175,16,40,", new: ",176,16,40,", maxRendered: 10),
        Edit(kind: "honour entries CSV (GB18030)", path: "content/honours/2026-五好文明家庭.csv", old: "2", new: "3", maxRendered: 8),
        Edit(kind: "black list roll (entries in .xlsx)", path: "content/honours/2026-曝光台.yaml", old: "请相关居民尽快整改", new: "请相关居民及时整改", maxRendered: 1000),
        Edit(kind: "bulletin", path: "content/bulletins/2026-11-文明创建简报.md", old: "copies: 80", new: "copies: 90", maxRendered: 4),
        Edit(kind: "board", path: "content/boards/3号楼宣传栏.yaml", old: "主题: 重阳敬老 孝亲尚德", new: "主题: 重阳敬老 孝亲尚德 爱老助老", maxRendered: 5),
        Edit(kind: "board issues CSV (GB18030)", path: "content/boards/中心广场黑板报-各期.csv", old: "2026-11-06", new: "2026-11-07", maxRendered: 5),
        Edit(kind: "convention", path: "content/conventions/长青社区居民公约.md", old: "不乱扔乱倒", new: "不乱扔垃圾", maxRendered: 4),
        Edit(kind: "calendar.yaml", path: "content/calendar.yaml", old: "  - 世界读书日", new: "  - 植树节", maxRendered: 4),
        Edit(kind: "team", path: "content/teams/巡逻队.yaml", old: "消防通道巡查", new: "消防通道检查", maxRendered: 3),
        Edit(kind: "team members CSV", path: "content/teams/志愿服务队成员.csv", old: "顾文娟,队员", new: "顾文娟,副队长", maxRendered: 3),
        Edit(kind: "venue hours", path: "content/venues/活动室.yaml", old: "8:00—11:00", new: "8:00—11:30", maxRendered: 4),
        Edit(kind: "volunteer counts", path: "content/volunteers/注册人数.yaml", old: "人数: 24}", new: "人数: 25}", maxRendered: 3),
        Edit(kind: "volunteer registrations CSV", path: "content/volunteers/2026年11月注册登记.csv", old: "2026-11-12", new: "2026-10-12", maxRendered: 3),
        Edit(kind: "survey", path: "content/surveys/2026-10-文明创建群众满意度调查.md", old: "提高 1.8 个", new: "提高 1.9 个", maxRendered: 4),
        Edit(kind: "incidents CSV", path: "content/incidents/2026年下半年事件台账.csv", old: "2026-11-06,纠纷", new: "2026-10-06,纠纷", maxRendered: 3),
        Edit(kind: "incidents YAML", path: "content/incidents/2026年上半年事件统计.yaml", old: "起数: 4}", new: "起数: 5}", maxRendered: 3),
        Edit(kind: "photo", path: "content/honours/photos/曝光-小广告.png", old: "", new: "\n", maxRendered: 0, minRendered: 0),
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
        #expect(cache.rendered >= edit.minRendered, "\(edit.kind): the edit must re-render something")
        let written = result.report?.written ?? []
        #expect(written.count > 0, "\(edit.kind): the edit must change some page")

        #expect(Self.build(site, into: clean, incremental: false).errorCount == 0)
        let a = Self.files(incremental), b = Self.files(clean)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in b where a[path] != bytes {
            Issue.record("\(edit.kind): \(path) differs from a clean build")
        }
    }

    /// `serve` keeps its cache in memory: one process, an edit, a rebuild — the same bytes as a clean build.
    @Test(arguments: edits)
    func serveRebuildEqualsCleanBuild(_ edit: Edit) throws {
        let site = try Self.demoSite()
        defer { site.remove() }
        let cache = RenderCache()
        var options = BuildOptions(siteRoot: site.root, outputRoot: site.root + "/unused", date: .explicit(try LocalDate.parse("2026-11-20").get()), writesOutput: false)
        #expect(BuildPipeline(options: options, log: .silent, cache: cache).run().errorCount == 0)
        try Self.replace(site, edit.path, edit.old, edit.new)
        let rebuilt = BuildPipeline(options: options, log: .silent, cache: cache).run()
        #expect(rebuilt.errorCount == 0)
        #expect(cache.rendered <= edit.maxRendered, "\(edit.kind): \(cache.rendered) groups re-rendered")
        options.incremental = false
        let clean = BuildPipeline(options: options, log: .silent).run()
        #expect(rebuilt.files.map(\.path) == clean.files.map(\.path))
        for (a, b) in zip(rebuilt.files, clean.files) where a.bytes != b.bytes {
            Issue.record("\(edit.kind): \(b.path) differs from a clean build")
        }
    }

    /// A roll in its publicity period with its names in a CSV makes a 公示 notice; editing only the CSV changes it.
    @Test func editingARollsCSVUpdatesItsPublicityNotice() throws {
        let roll = """
        标题: 2026年度最美楼道
        榜单: red
        类别: 最美楼道
        年度: 2026
        公示:
          开始: 2026-11-16
          结束: 2026-11-22
        名单: 楼道.csv

        """
        let site = try TestSite(["content/honours/楼道.yaml": roll, "content/honours/楼道.csv": "名称,楼栋\n三号楼一单元,3幢\n"])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let notice = try #require(site.read("notices/楼道-公示/index.html"))
        #expect(notice.contains("三号楼一单元"))
        try Self.replace(site, "content/honours/楼道.csv", "三号楼一单元", "五号楼二单元")
        #expect(site.build().errorCount == 0)
        let edited = try #require(site.read("notices/楼道-公示/index.html"))
        #expect(edited.contains("五号楼二单元"))
        #expect(!edited.contains("三号楼一单元"))
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

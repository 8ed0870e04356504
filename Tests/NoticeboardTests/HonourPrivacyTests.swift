import Foundation
import Testing
@testable import NoticeboardKit

@Suite("Honour roll privacy")
struct HonourPrivacyTests {
    static let black = """
    title: 曝光台
    list: black
    category: 不文明行为曝光
    year: 2026
    announced: 2026-10-01
    entries:
      - 行为: 高空抛物
        当事人: 司马文涛
      - 行为: 占用消防通道
        车牌: 浙AD52817
      - 行为: 乱贴小广告
        电话: 13857102468
    """

    @Test func blackEntriesAreMaskedOnEveryPage() throws {
        let site = try TestSite(["content/honours/black.yaml": Self.black])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("honours/black/index.html"))
        #expect(page.contains("司马＊＊"))
        #expect(page.contains("浙A＊＊＊＊17"))
        #expect(page.contains("138＊＊＊＊2468"))
        for file in result.files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for secret in ["司马文涛", "浙AD52817", "13857102468"] { #expect(!text.contains(secret), "\(file.path)") }
        }
    }

    @Test func photoOnABlackEntryMustBeMarkedRedacted() throws {
        let yaml = Self.black + "\n    照片: p.png\n"
        let site = try TestSite(["content/honours/black.yaml": yaml])
        try site.write("content/honours/p.png", bytes: TestImages.png)
        defer { site.remove() }
        let result = site.build()
        let d = try #require(result.first("honour.photo-unredacted"))
        #expect(d.severity == .error)
        #expect(d.location.line == 13)
        #expect(site.read("honours/black/index.html") == nil, "a failed build writes nothing")

        try site.write("content/honours/black.yaml", yaml + "    已打码: 是\n")
        let fixed = site.build()
        #expect(fixed.errorCount == 0, "\(fixed.lines)")
    }

    @Test func leakInARedListDeedIsCaughtAtItsSource() throws {
        let red = "title: 好人榜\nlist: red\ncategory: 身边好人\nyear: 2026\nannounced: 2026-10-01\nterm: 1\nentries:\n  - name: 李明\n    deeds: 劝阻司马文涛高空抛物\n"
        let site = try TestSite(["content/honours/black.yaml": Self.black, "content/honours/red.yaml": red])
        defer { site.remove() }
        let result = site.build()
        let leaks = result.diagnostics.filter { $0.key == "privacy.leak" }
        #expect(leaks.contains { $0.location.path == "content/honours/red.yaml" && $0.message.contains("司马＊＊") })
        #expect(!leaks.contains { $0.message.contains("司马文涛") }, "the diagnostic itself stays masked")
        #expect(site.read("index.html") == nil)
    }

    @Test func leakInANoticeBodyIsCaughtAtItsSource() throws {
        let notice = "---\ntitle: 提醒\nkind: 通知\ndate: 2026-11-10\n---\n车牌 浙A·D52817 的车主请挪车，或致电 138-5710-2468。\n"
        let site = try TestSite(["content/honours/black.yaml": Self.black, "content/notices/n.md": notice])
        defer { site.remove() }
        let result = site.build(writes: false)
        let leaks = result.diagnostics.filter { $0.key == "privacy.leak" && $0.location.path == "content/notices/n.md" }
        #expect(leaks.contains { $0.message.contains("车牌") })
        #expect(leaks.contains { $0.message.contains("电话") })
    }

    @Test func guardScansEveryOutputFile() {
        let value = PrivacyGuard.values(from: [HonourRoll(source: SourceLocation(path: "content/honours/b.yaml"), slug: "b", title: "b", list: .black,
                                                          category: "c", year: 2026, status: .confirmed, red: [],
                                                          black: [BlackEntry(location: SourceLocation(path: "content/honours/b.yaml", line: 3, column: 1), behaviour: "x", name: "欧阳志远", photoRedacted: false)])])
        let files = [OutputFile(path: "feed.xml", text: "<entry>欧阳志远</entry>"), OutputFile(path: "a/index.html", text: "欧阳＊＊", source: "content/a.md"),
                     OutputFile(path: "b/index.html", text: "<a href=\"x/\(URLPath.encode("欧阳志远"))/\">", source: "content/b.md")]
        let d = OutputChecks.check(files, privateValues: value)
        // One error for the value, at the first page's source (no content file holds it here), naming every file it reaches.
        #expect(d.map(\.location.path) == ["content/b.md"])
        #expect(d.first?.message.contains("feed.xml") == true && d.first?.message.contains("b/index.html") == true)
        #expect(d.first?.message.contains("a/index.html") == false)
    }

    /// The demo site: no black-list name, plate or phone, and no ID number, in any output file.
    @Test func demoOutputHasNoUnmaskedBlackListValueOrIDNumber() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("nb-demo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let options = BuildOptions(siteRoot: repositoryRoot, outputRoot: out, date: .explicit(LocalDate(year: 2026, month: 11, day: 20)!),
                                   includeDrafts: false, writesOutput: true)
        let result = BuildPipeline(options: options, log: .silent).run()
        #expect(result.errorCount == 0, "\(result.lines)")
        let loaded = ContentLoader().load(siteRoot: repositoryRoot)
        let parsed = ContentParser.parse(loaded, options: options)
        let black = parsed.honours.filter { $0.list == .black }.flatMap(\.black)
        let secrets = black.compactMap(\.name) + black.compactMap(\.plate) + black.compactMap(\.phone)
        #expect(black.count >= 5)
        #expect(black.contains { $0.name != nil } && black.contains { $0.plate != nil } && black.contains { $0.phone != nil })
        #expect(black.contains { $0.rectified != nil })
        let files = try FileManager.default.subpathsOfDirectory(atPath: out)
        var scanned = 0
        // The build's bookkeeping files (`.noticeboard-*`) hold hashes, are never published (docs/deploy.md) and are skipped.
        for path in files.sorted() where !path.hasPrefix(".noticeboard-") {
            guard let data = FileManager.default.contents(atPath: out + "/" + path), !data.isEmpty else { continue }
            let text = String(decoding: data, as: UTF8.self)
            scanned += 1
            for secret in secrets {
                #expect(!text.contains(secret), "\(path) contains a black-list value")
                #expect(!text.contains(Masking.normalizedPlate(secret)) || Masking.normalizedPlate(secret).count < 5, "\(path)")
                #expect(!text.contains(URLPath.encode(secret)), "\(path) contains a black-list value in a link")
            }
            for phone in black.compactMap(\.phone) { #expect(!text.contains(Masking.phoneDigits(phone)), "\(path)") }
            #expect(!Self.hasEighteenDigitRun(text), "\(path) contains an 18-digit ID number")
        }
        #expect(scanned > 40)
    }

    /// Any run of exactly 18 characters of digits (the last may be X), whether or not it is a valid ID.
    static func hasEighteenDigitRun(_ text: String) -> Bool {
        var run = 0
        var lastWasX = false
        for c in text + " " {
            if c.isASCII, c.isNumber, !lastWasX { run += 1; continue }
            if c == "X" || c == "x", run == 17 { run += 1; lastWasX = true; continue }
            if run == 18 { return true }
            run = 0
            lastWasX = false
        }
        return false
    }
}

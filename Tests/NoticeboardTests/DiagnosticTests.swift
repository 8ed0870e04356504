import Testing
@testable import NoticeboardKit

@Suite("Diagnostics")
struct DiagnosticTests {
    func notice(_ text: String) -> [Diagnostic] {
        NoticeParser.parse(SourceFile(path: "content/notices/x.md", text: text)).1
    }

    @Test func yamlSyntaxErrorIsLocatedInTheFile() throws {
        let d = try #require(notice("---\ntitle: 好\nkind: [通知\ndate: 2026-11-10\n---\n正文\n").first)
        #expect(d.key == "yaml.syntax")
        #expect(d.location.line >= 3)
        #expect(d.location.path == "content/notices/x.md")
    }

    @Test func impossibleDateIsAnErrorAtTheValue() throws {
        let d = try #require(notice("---\ntitle: 好\nkind: 通知\ndate: 2023-02-30\n---\n正文\n").first { $0.key == "date.invalid" })
        #expect(d.location.line == 4)
        #expect(d.location.column == 7)
    }

    @Test func listWhereADateWasExpected() throws {
        let d = try #require(notice("---\ntitle: 好\nkind: 通知\ndate: [2023, 1]\n---\n正文\n").first { $0.key == "yaml.type" })
        #expect(d.location.line == 4)
    }

    @Test func missingRequiredKeys() {
        let keys = notice("---\ntitle: 好\n---\n正文\n").filter { $0.key == "key.missing" }
        #expect(keys.count == 2)
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let d = try #require(notice("---\ntitle: 好\nkind: 通知\ndate: 2026-01-01\nexpire: 2026-02-01\n---\n正文\n").first { $0.key == "key.unknown" })
        #expect(d.severity == .warning)
        #expect(d.message.contains("expires"))
        #expect(d.location.line == 5)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let d = try #require(notice("---\n标题: 好\n类型: 通知\n日期: 二〇二六年\n---\n正文\n").first { $0.key == "date.format" })
        #expect(d.location.line == 4)
        #expect(d.location.column == 5)  // 日期: is three characters and a space
    }

    @Test func unclosedFrontMatter() throws {
        let d = try #require(notice("---\ntitle: 好\nkind: 通知\n正文\n").first)
        #expect(d.key == "frontmatter.unclosed")
        #expect(d.description == "content/notices/x.md:1:1: error: \(d.message) [frontmatter.unclosed]")
    }

    @Test func everyProblemInOneRun() throws {
        let site = try TestSite([
            "content/notices/a.md": "---\ntitle: A\nkind: 公式\ndate: 2026-11-10\n---\n正文\n",
            "content/notices/b.md": "---\ntitle: B\nkind: 通知\ndate: 2026-13-10\n---\n正文\n",
        ])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 2)
        #expect(result.lines.contains { $0.hasPrefix("content/notices/a.md:3:7: error:") })
        #expect(result.lines.contains { $0.hasPrefix("content/notices/b.md:4:7: error:") })
    }

    @Test func templateNamingAMissingPartial() throws {
        let site = try TestSite(["templates/notices.mustache": "{{<layout}}{{$content}}\n  {{> partials/nothing}}{{/content}}{{/layout}}\n"])
        defer { site.remove() }
        let result = site.build(writes: false)
        let d = try #require(result.first("template.missing"))
        #expect(d.location == SourceLocation(path: "templates/notices.mustache", line: 2, column: 3))
    }

    @Test func invalidUTF8NamesTheByteOffsetAndSuggestsGB18030() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let gbk: [UInt8] = Array("---\ntitle: x\nkind: 通知\ndate: 2026-11-10\n---\n".utf8) + [0xB9, 0xAB, 0xCA, 0xBE]  // 公示 in GBK
        try site.write("content/notices/gbk.md", bytes: gbk)
        let result = site.build(writes: false)
        let d = try #require(result.first("encoding.invalid"))
        #expect(d.location.line == 6)
        #expect(d.message.contains("GB18030"))
        #expect(d.message.contains("\(gbk.count - 4)"))
    }

    @Test func bomAndCRLFJustWork() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/notices/win.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: 窗口\r\nkind: 通知\r\ndate: 2026-11-10\r\n---\r\n第一行\r\n第二行\r\n".utf8))
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        #expect(site.read("notices/win/index.html")?.contains("第一行第二行") == true)
    }

    @Test func idNumberInContentIsAnError() throws {
        let site = try TestSite(["content/notices/id.md": "---\ntitle: x\nkind: 通知\ndate: 2026-11-10\n---\n身份证 11010519491231002X 请核对\n"])
        defer { site.remove() }
        let d = try #require(site.build(writes: false).first("privacy.id-number"))
        #expect(d.location.line == 6)
        #expect(d.location.column == 5)
    }
}

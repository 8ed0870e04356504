import Foundation
import Testing
@testable import NoticeboardKit

@Suite("Honour roll CSV")
struct HonourCSVTests {
    static let redYAML = "title: 五好文明家庭\nlist: red\ncategory: 五好文明家庭\nyear: 2026\nannounced: 2026-07-01\nterm: 2\nentries: roll.csv\n"

    func site(csv bytes: [UInt8], yaml: String = redYAML) throws -> TestSite {
        let site = try TestSite(["content/honours/roll.yaml": yaml])
        try site.write("content/honours/roll.csv", bytes: bytes)
        return site
    }

    @Test func gb18030WithCRLFQuotedCommaAndLineBreakIsReadAndNamed() throws {
        let fixture = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/honours-gb18030/"
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: fixture + "roll.csv")))
        let yaml = try String(contentsOfFile: fixture + "roll.yaml", encoding: .utf8)
        let site = try self.site(csv: bytes, yaml: yaml)
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let warning = try #require(result.first("csv.encoding"))
        #expect(warning.location.path == "content/honours/roll.csv")
        #expect(warning.message.contains("GB18030"))
        let page = try #require(site.read("honours/roll/index.html"))
        #expect(page.contains("林海家庭"))
        #expect(page.contains("3幢, 201室"))
        #expect(page.contains("热心助人"))
        #expect(page.contains("多次救助邻居"))
        #expect(page.contains("钱芳家庭"))
    }

    @Test func utf8WithAndWithoutBOMGiveNoEncodingWarning() throws {
        let text = "姓名,楼栋,事迹\n李明,1幢,好人好事\n"
        for bytes in [Array(text.utf8), [0xEF, 0xBB, 0xBF] + Array(text.utf8)] {
            let site = try self.site(csv: bytes)
            defer { site.remove() }
            let result = site.build()
            #expect(result.errorCount == 0, "\(result.lines)")
            #expect(!result.has("csv.encoding"))
            #expect(!result.has("csv.unknown-column"), "BOM must not stick to the first header")
            #expect(try #require(site.read("honours/roll/index.html")).contains("李明"))
        }
    }

    @Test func unknownHeaderIsAWarningNamingFileAndColumn() throws {
        let site = try self.site(csv: Array("姓名,楼栋,爱好\n李明,1幢,下棋\n".utf8))
        defer { site.remove() }
        let result = site.build(writes: false)
        let d = try #require(result.first("csv.unknown-column"))
        #expect(d.severity == .warning)
        #expect(d.location.path == "content/honours/roll.csv")
        #expect(d.location.line == 1)
        #expect(d.location.column == 3)
        #expect(d.message.contains("content/honours/roll.csv"))
        #expect(d.message.contains("C 列"))
        #expect(d.message.contains("爱好"))
    }

    @Test func rowWithTheWrongNumberOfCellsIsAnErrorAtItsLine() throws {
        let csv = "姓名,楼栋,事迹\r\n李明,1幢,\"好人,\r\n好事\"\r\n王芳,2幢\r\n赵强,3幢,热心\r\n"
        let site = try self.site(csv: Array(csv.utf8))
        defer { site.remove() }
        let result = site.build(writes: false)
        let errors = result.diagnostics.filter { $0.key == "csv.row-width" }
        #expect(errors.count == 1)
        #expect(errors.first?.location.path == "content/honours/roll.csv")
        #expect(errors.first?.location.line == 4, "the quoted line break moves the bad row to line 4")
    }

    @Test func badDateInACellIsReportedAtItsRowAndColumn() throws {
        let csv = "行为,地点,日期\n乱停车,东门,2026-13-01\n"
        let yaml = "title: 曝光台\nlist: black\ncategory: 曝光\nyear: 2026\nannounced: 2026-10-01\nentries: roll.csv\n"
        let site = try self.site(csv: Array(csv.utf8), yaml: yaml)
        defer { site.remove() }
        let d = try #require(site.build(writes: false).first("date.invalid"))
        #expect(d.location.line == 2)
        #expect(d.location.column == 3)
    }

    @Test func missingEntriesFileIsAnError() throws {
        let site = try TestSite(["content/honours/roll.yaml": Self.redYAML])
        defer { site.remove() }
        let d = try #require(site.build(writes: false).first("honour.entries-missing"))
        #expect(d.location.line == 7)
    }
}

@Suite("Honour roll files")
struct HonourFileTests {
    @Test func idNumberInACSVCellIsAnErrorAtItsCell() throws {
        let yaml = "title: 曝光台\nlist: black\ncategory: 曝光\nyear: 2026\nannounced: 2026-10-01\nentries: b.csv\n"
        let site = try TestSite(["content/honours/b.yaml": yaml, "content/honours/b.csv": "行为,当事人\n乱停车,王五 330106199001011234\n"])
        defer { site.remove() }
        let result = site.build()
        let d = try #require(result.first("privacy.id-number"))
        #expect(d.location.path == "content/honours/b.csv")
        #expect(d.location.line == 2)
        #expect(d.location.column == 8)
        #expect(site.read("index.html") == nil)
    }

    @Test func publicityDaysWithoutAStartIsAnError() throws {
        let yaml = "title: 最美家庭\nlist: red\ncategory: 最美家庭\nyear: 2026\npublicity:\n  days: 7\nterm: 2\nentries:\n  - name: 甲\n"
        let (_, d) = HonourRollParser.parse(SourceFile(path: "content/honours/r.yaml", text: yaml)) { _ in nil }
        let e = try #require(d.first { $0.key == "publicity.start-missing" })
        #expect(e.location.line == 6)
    }

    @Test func unknownRollKeySuggestsTheNearest() throws {
        let yaml = "title: t\nlist: red\ncategory: c\nyear: 2026\nannounced: 2026-01-01\nterm: 1\nentris:\n  - name: 甲\n"
        let (_, d) = HonourRollParser.parse(SourceFile(path: "content/honours/r.yaml", text: yaml)) { _ in nil }
        let w = try #require(d.first { $0.key == "key.unknown" })
        #expect(w.location.line == 7)
        #expect(w.message.contains("entries"))
    }
}

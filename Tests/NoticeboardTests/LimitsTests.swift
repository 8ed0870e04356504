import Foundation
import Markdown
import Testing
@testable import NoticeboardKit

/// The documented limits and normalisations, one value at a time: nothing traps, every refusal is a located error.
@Suite("Limits and normalisation")
struct LimitsTests {
    @Test func datesOutsideTheSupportedYearsAreRefusedWithoutTrapping() {
        #expect(LocalDate.parse("9999-12-31") == .failure(.outOfRange))
        #expect(LocalDate.parse("1899-12-31") == .failure(.outOfRange))
        #expect(LocalDate.parse("2200-12-31").map(\.year) == .success(2200))
        #expect(LocalDate.parse("2026-99999999999999999999-01") == .failure(.format))
        #expect(LocalDate.parse("99999999999999999999999") == .failure(.format))
        let d = LocalDate(year: 2026, month: 2, day: 28)!
        #expect(d.adding(years: Int.max).year == 9999)
        #expect(d.adding(years: Int.min).year == 1)
    }

    @Test func aNumberTooLongForAnIntegerIsARangeError() {
        let value = YAMLValue(shape: .scalar("12345678901234567890"), location: SourceLocation(path: "content/ledger/a.yaml", line: 4, column: 20))
        var reader = FieldReader(YAMLValue(shape: .mapping([(YAMLValue(shape: .scalar("participants"), location: value.location), value)]), location: value.location),
                                 specs: [FieldSpec("participants")], at: value.location, what: "t")
        #expect(reader.int("participants") == nil)
        #expect(reader.diagnostics.items.map(\.key) == ["number.range"])
        #expect(reader.diagnostics.items.first?.location == value.location)
    }

    @Test func slugsFitEveryFileSystem() {
        let long = String(repeating: "关于开展文明社区创建工作", count: 9)
        let fitted = Slug.fit(long)
        #expect(fitted.utf8.count <= Slug.maximumBytes)
        #expect(fitted == Slug.fit(long), "stable between builds")
        #expect(Slug.fit(long + "甲") != Slug.fit(long + "乙"), "distinct names stay distinct")
        #expect(fitted.hasPrefix("关于开展文明社区创建工作"))
        #expect(Slug.fit("CON") == "CON-page" && Slug.fit("通知.") == "通知")
        #expect(Slug.isReserved("Index.html") && Slug.isReserved(".noticeboard-state") && !Slug.isReserved("停水通知"))
        #expect(OutputPathRules.problem(in: "notices/" + String(repeating: "文", count: 90) + "/index.html") != nil)
        #expect(OutputPathRules.problem(in: "notices/\(fitted)/index.html") == nil)
    }

    @Test func theChineseBoldFixIsLinearAndKeepsColumns() {
        let text = String(repeating: "**“", count: 64_000) + "\n\n**“文明”** [x](javascript:alert(1))\n"
        let started = Date()
        let node = ChineseTypography.parse(text)
        #expect(Date().timeIntervalSince(started) < 10, "64 000 openers took \(Date().timeIntervalSince(started)) s")
        let diagnostics = BodyChecks.check(node, file: "content/notices/a.md", bodyLine: 1, media: [], allowsRawHTML: false)
        #expect(diagnostics.map { "\($0.location) \($0.key)" } == ["content/notices/a.md:3:10 link.unsafe"])
    }

    @Test func privacyTextReadsWhatAReaderSees() {
        #expect(PrivacyText.normalize("１３８１２３４５６７８") == "13812345678")
        #expect(PrivacyText.normalize("&#49;38&#x31;2345678") == "13812345678")
        #expect(PrivacyText.normalize("%31%33%38") == "138")
        #expect(PrivacyText.normalize("+86 13812345678").trimmingCharacters(in: .whitespaces) == "13812345678")
        #expect(PrivacyText.normalize("0086-13812345678").trimmingCharacters(in: .whitespaces) == "13812345678")
        #expect(PrivacyText.normalize("a%0Ab") == "a%0Ab", "escaped line breaks stay, so lines do not move")
        #expect(MobileNumberScan.find(in: Array(PrivacyText.normalize("电话+8613812345678").utf8)).map(\.digits) == ["13812345678"])
        #expect(Masking.phone("+86 139-1234-5678") == "139＊＊＊＊5678")
    }

    @Test func svgLosesEverythingActive() throws {
        let svg = ##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)"><rect width="1" height="1" fill="url(#g)"/></a><use href="#g"/><foreignObject><p>x</p></foreignObject><image href="https://e.example/x.png"/><rect style="fill:url(https://e.example/)"/></svg>"##
        let clean = try #require(SVGSanitizer.sanitize(Array(svg.utf8)))
        let text = String(decoding: clean.bytes, as: UTF8.self)
        for banned in ["onload", "script", "javascript", "foreignObject", "e.example"] { #expect(!text.contains(banned), "\(banned) survived: \(text)") }
        #expect(text.contains("url(#g)") && text.contains("href=\"#g\""))
        #expect(SVGSanitizer.sanitize(Array("<svg><rect></svg>".utf8)) == nil)
        #expect(SVGSanitizer.sanitize(Array("<html><script/></html>".utf8)) == nil)
    }

    @Test func onlyReferencedMediaIsPublished() {
        let media = [OutputFile(path: "media/a.jpg", bytes: [1], source: "content/media/a.jpg"),
                     OutputFile(path: "media/张三.jpg", bytes: [2], source: "content/media/张三.jpg"),
                     OutputFile(path: "honours/b.png", bytes: [3], source: "content/honours/b.png")]
        let pages = [OutputFile(path: "notices/x/index.html", text: "<img src=\"../../media/a.jpg?v=1\" alt=\"\">"),
                     OutputFile(path: "display/index.html", text: "{\"photo\":\"honours/b.png\"}")]
        let (files, diagnostics) = MediaUse.published(media, pages: pages)
        #expect(files.map(\.path) == ["media/a.jpg", "honours/b.png"])
        #expect(diagnostics.map { "\($0.location.path) \($0.key)" } == ["content/media/张三.jpg media.unused"])
    }
}

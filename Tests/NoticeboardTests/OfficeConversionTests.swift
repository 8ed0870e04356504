import Foundation
import Testing
@testable import NoticeboardKit

/// `noticeboard convert` with LibreOffice (skipped where LibreOffice is not installed, as in CI), and the scans of
/// every file's text reaching into Office files.
@Suite("Office conversion and scans")
struct OfficeConversionTests {
    @Test(.enabled(if: OfficeConversion.findLibreOffice() != nil, "LibreOffice is not installed"))
    func oldWordFileBecomesADocxTheBuildReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-convert-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = folder + "/通知.doc"
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Tests/NoticeboardTests/Corpus/plan-doc-old-format/content/plans/2026-计划.doc", toPath: old)
        let output = try OfficeConversion.convert(old, soffice: try #require(OfficeConversion.findLibreOffice()))
        #expect(output == folder + "/通知.docx")
        let result = try DocxConverter.convert(path: "content/notices/通知.docx", bytes: [UInt8](try #require(FileManager.default.contents(atPath: output))))
        #expect(result.text.contains("**12月5日上午9:00**"))
        #expect(throws: OfficeConversion.Failure.self) { try OfficeConversion.convert(old, soffice: "/bin/false") }  // never overwrites
    }

    @Test func idNumbersInCellsAndParagraphsAreFoundAtTheirPlace() throws {
        let rows = """
        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>行为</t></is></c><c r="B1" t="inlineStr"><is><t>地点</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>乱停车</t></is></c><c r="B2" t="inlineStr"><is><t>门口 110105199003071234</t></is></c></row></sheetData>
        """
        let roll = "标题: 曝光台\n榜单: black\n类别: 不文明行为曝光\n命名日期: 2026-10-01\n名单: 名单.xlsx\n"
        let site = try TestSite(["content/honours/2026-曝光台.yaml": roll])
        defer { site.remove() }
        try site.write("content/honours/名单.xlsx", bytes: try OfficeZip.xlsx(sheets: [("名单", rows)]))
        try site.write("content/notices/通知.docx", bytes: try OfficeZip.docx(["标题：通知", "类型：通知", "日期：2026-11-01", "", "正文", "身份证 110105199003071234"]))
        let result = site.build(writes: false)
        let hits = result.diagnostics.filter { $0.key == "privacy.id-number" }.map { "\($0.location) \($0.location.anchor ?? "")" }.sorted()
        #expect(hits == ["content/honours/名单.xlsx:2:2 名单!B2", "content/notices/通知.docx:6:1 ¶6"], "\(result.lines)")
    }
}

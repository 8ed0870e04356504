import Foundation
import Testing
@testable import NoticeboardKit

/// Excel files: cells shown as Excel shows them, the header found under title rows and merged cells, every value
/// located as `工作表!C12`.
@Suite("Office xlsx")
struct OfficeXlsxTests {
    @Test func libreOfficeLedgerWithTitleRowMergedHeaderAndDateSerials() throws {
        let (workbook, problems) = try WorkbookReader.read(try OfficeDocxTests.fixture("ledger.xlsx"))
        #expect(problems.isEmpty)
        #expect(workbook.sheets.map(\.name) == ["一季度", "说明"])
        let table = try #require(SheetTable.table(workbook.sheets[0], specs: LedgerParser.specs))
        #expect(table.headerLine == 2)  // row 1 is the merged title; rows 2–3 the header (参与情况 over three columns)
        #expect(table.header == ["日期", "时间", "活动名称", "类别", "地点", "组织者", "参与人数", "志愿者人数", "志愿服务时长", "对应任务", "照片", "简介"])
        let source = try String(contentsOfFile: OfficeDocxTests.fixtures + "ledger-q1.csv", encoding: .utf8)
        let csvRows = ReportTests.csvRecords(source).dropFirst().filter { $0.count > 1 }
        #expect(table.rows.count == csvRows.count)
        #expect(table.rows.first?.line == 4)
        #expect(table.rows.first?.cells.prefix(3) == ["2026-01-08", "14:30-16:00", "一月份创建工作领导小组会议"])
        #expect(table.rows.contains { $0.cells[11] == "挂出灯谜300条，猜中的居民领取小礼品；\n志愿者教小朋友包汤圆。" })
        #expect(table.rows.contains { $0.cells[8] == "22.5" })
        #expect(SheetTable.table(workbook.sheets[1], specs: LedgerParser.specs) == nil)
    }

    @Test func dateSerialsIn1900And1904Systems() {
        #expect(CellFormat.dateText(1, uses1904: false) == "1900-01-01")
        #expect(CellFormat.dateText(59, uses1904: false) == "1900-02-28")
        #expect(CellFormat.dateText(60, uses1904: false) == "1900-02-29")  // Excel's day that never was: reported by the date check
        #expect(CellFormat.dateText(61, uses1904: false) == "1900-03-01")
        #expect(CellFormat.dateText(45658, uses1904: false) == "2025-01-01")
        #expect(CellFormat.dateText(46000, uses1904: false) == "2025-12-09")
        #expect(CellFormat.dateText(0, uses1904: true) == "1904-01-01")
        #expect(CellFormat.dateText(44196, uses1904: true) == "2025-01-01")
        #expect(CellFormat.time.text(0.375, uses1904: false) == "9:00")
        #expect(CellFormat.time.text(0.6875, uses1904: false) == "16:30")
        #expect(CellFormat.dateTime.text(46023.5, uses1904: false) == "2026-01-01 12:00")
        #expect(CellFormat.general.text(7.5, uses1904: false) == "7.5")
        #expect(CellFormat.general.text(0.1 + 0.2, uses1904: false) == "0.3")
        #expect(CellFormat.general.text(13857102468, uses1904: false) == "13857102468")
        #expect(CellFormat.percent.text(0.07, uses1904: false) == "7%")
    }

    @Test func numberFormatCodes() {
        let cases: [(String, CellFormat)] = [
            ("yyyy\"年\"m\"月\"d\"日\"", .date), ("yyyy/m/d", .date), ("m/d/yy", .date), ("h:mm", .time), ("mm:ss", .time),
            ("[h]:mm:ss", .time), ("h:mm AM/PM", .time), ("yyyy-mm-dd hh:mm", .dateTime), ("0.00%", .percent), ("General", .general),
            ("0.00", .general), ("#,##0\"人\"", .general), ("[Red]0.0", .general), ("@", .general),
        ]
        for (code, format) in cases { #expect(CellFormat.custom(code) == format, "\(code)") }
        #expect(CellFormat.builtin(14) == .date && CellFormat.builtin(31) == .date && CellFormat.builtin(20) == .time && CellFormat.builtin(22) == .dateTime)
    }

    /// A workbook written by hand: shared strings (rich text with a phonetic guide), inline strings, booleans, an error
    /// cell, a custom date format in the 1904 system, a title row, an empty trailing row and column.
    static func handWorkbook() throws -> [UInt8] {
        let rows = """
        <sheetData>
        <row r="1"><c r="A1" t="s"><v>0</v></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>日期</t></is></c><c r="B2" t="inlineStr"><is><t>活动名称</t></is></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="inlineStr"><is><t>参与人数</t></is></c><c r="E2" t="inlineStr"><is><t>志愿者人数</t></is></c></row>
        <row r="3"><c r="A3" s="1"><v>44196</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="inlineStr"><is><t>会议</t></is></c><c r="D3"><v>15</v></c><c r="E3" t="e"><v>#N/A</v></c></row>
        <row r="4"><c r="A4" t="str"><v>2025-01-02</v></c><c r="B4" t="inlineStr"><is><t>第二次</t></is></c><c r="C4" t="inlineStr"><is><t>会议</t></is></c><c r="D4" t="b"><v>1</v></c></row>
        <row r="9"><c r="F9" t="inlineStr"><is><t> </t></is></c></row>
        </sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>
        """
        return try OfficeZip.xlsx(sheets: [("台账", rows), ("空表", "<sheetData/>")],
                                  sharedStrings: ["2025年活动台账", "类别", "<r><t>领导小组</t></r><r><rPr><b/></rPr><t>例会</t></r><rPh sb=\"0\" eb=\"2\"><t>リョウ</t></rPh>"],
                                  cellXfs: [0, 164], numFmts: [(164, "yyyy\"年\"m\"月\"d\"日\"")], date1904: true)
    }

    @Test func handWrittenWorkbookCells() throws {
        let (workbook, problems) = try WorkbookReader.read(try Self.handWorkbook())
        #expect(workbook.uses1904)
        let sheet = workbook.sheets[0]
        #expect(sheet.cell(row: 3, column: 1) == "2025-01-01")
        #expect(sheet.cell(row: 3, column: 2) == "领导小组例会")
        #expect(sheet.cell(row: 4, column: 4) == "TRUE")
        #expect(problems.map { "\($0.sheet)!\($0.row),\($0.column) \($0.text)" } == ["台账!3,5 #N/A"])
        let table = try #require(SheetTable.table(sheet, specs: LedgerParser.specs))
        #expect(table.headerLine == 2 && table.rows.map(\.line) == [3, 4])
    }

    @Test func valuesAreLocatedAtTheirCell() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/ledger/台账.xlsx", bytes: try Self.handWorkbook())
        let result = site.build(writes: false)
        // Row 4's 参与人数 is TRUE: not a number, at 台账!D4; the #N/A cell is a warning at 台账!E3.
        let number = try #require(result.first("number.invalid"), "\(result.lines)")
        #expect(number.location == SourceLocation(path: "content/ledger/台账.xlsx", line: 4, column: 4, anchor: "台账!D4"))
        #expect(number.description.hasPrefix("content/ledger/台账.xlsx:4:4: error: 台账!D4: "))
        let error = try #require(result.first("xlsx.cell-error"))
        #expect(error.location.anchor == "台账!E3" && error.location.line == 3 && error.location.column == 5)
    }

    @Test func excelsFictitiousLeapDayIsAnErrorAtItsCell() throws {
        let rows = """
        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>活动名称</t></is></c><c r="C1" t="inlineStr"><is><t>类别</t></is></c></row>
        <row r="2"><c r="A2" s="1"><v>60</v></c><c r="B2" t="inlineStr"><is><t>例会</t></is></c><c r="C2" t="inlineStr"><is><t>会议</t></is></c></row></sheetData>
        """
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/ledger/old.xlsx", bytes: try OfficeZip.xlsx(sheets: [("Sheet 1", rows)], cellXfs: [0, 14]))
        let result = site.build(writes: false)
        let d = try #require(result.first("date.invalid"), "\(result.lines)")
        #expect(d.location == SourceLocation(path: "content/ledger/old.xlsx", line: 2, column: 1, anchor: "'Sheet 1'!A2"))
    }

    @Test func mergedCellsFillOnlyRowsWithValuesAndStayBounded() throws {
        // A date merged down to Excel's last row, and 20,000 more merges: two activities, read at once.
        let merges = (0..<20_000).map { "<mergeCell ref=\"B\($0 + 10):B1048576\"/>" }.joined()
        let rows = """
        <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>活动名称</t></is></c><c r="C1" t="inlineStr"><is><t>类别</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>2026-03-01</t></is></c><c r="B2" t="inlineStr"><is><t>例会</t></is></c><c r="C2" t="inlineStr"><is><t>会议</t></is></c></row>
        <row r="3"><c r="B3" t="inlineStr"><is><t>第二场</t></is></c><c r="C3" t="inlineStr"><is><t>会议</t></is></c></row></sheetData>
        <mergeCells><mergeCell ref="A2:A1048576"/>\(merges)</mergeCells>
        """
        let started = Date()
        let (workbook, _) = try WorkbookReader.read(try OfficeZip.xlsx(sheets: [("台账", rows)]))
        let table = try #require(SheetTable.table(workbook.sheets[0], specs: LedgerParser.specs))
        #expect(table.rows.map(\.cells) == [["2026-03-01", "例会", "会议"], ["2026-03-01", "第二场", "会议"]])
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func honourRollReadsTheSheetItNames() throws {
        let roll = "标题: 曝光台\n榜单: black\n类别: 不文明行为曝光\n命名日期: 2026-10-01\n名单: 名单.xlsx\n工作表: 曝光台\n"
        let site = try TestSite(["content/honours/2026-曝光台.yaml": roll])
        defer { site.remove() }
        try site.write("content/honours/名单.xlsx", bytes: try OfficeDocxTests.fixture("blacklist.xlsx"))
        let photo = try #require(FileManager.default.contents(atPath: repositoryRoot + "/content/honours/photos/曝光-小广告.png"))
        try site.write("content/honours/photos/曝光-小广告.png", bytes: [UInt8](photo))
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("honours/2026-曝光台/index.html"))
        #expect(page.contains("占用消防通道停车"))
        #expect(page.contains("冯＊＊") && !page.contains("冯大伟"))  // masked as from CSV
        #expect(!page.contains("13857102468"))

        try site.write("content/honours/2026-曝光台.yaml", roll.replacingOccurrences(of: "工作表: 曝光台", with: "工作表: 曝光"))
        let missing = site.build(writes: false)
        let d = try #require(missing.first("xlsx.sheet-missing"), "\(missing.lines)")
        #expect(d.location.path == "content/honours/2026-曝光台.yaml" && d.location.line == 6)
        #expect(d.message.contains("曝光台"))
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

/// The evaluation checklist (测评体系): reading the street office's table, matching evidence, the self-assessment page,
/// and the internal output folder.
@Suite("Checklists")
struct ChecklistTests {
    static let header = "序号,测评项目,测评内容,分值,测评方法,佐证材料\n"

    /// A site with one ledger and one checklist table (internal unless `public`).
    static func site(_ table: String, yaml: String? = nil, ledger: String = "", extra: [String: String] = [:]) throws -> TestSite {
        var files = ["content/checklists/2026-测评.csv": header + table,
                     "content/ledger/2026.yaml": ledger.isEmpty ? "- date: 2026-03-05\n  title: 三月例会\n  category: 会议\n" : ledger]
        if let yaml { files["content/checklists/2026-测评.yaml"] = yaml }
        files.merge(extra) { $1 }
        return try TestSite(files, siteYAML: "name: 测试社区\nbase_url: https://test.example.cn/\ncategories: [会议, 志愿服务, 道德讲堂]\n")
    }

    @Test func aWrongColumnAndABrokenNumberAreErrorsAtTheirCells() throws {
        let site = try Self.site("一、,组织领导,,,,\n1、,例会制度,每月召开例会,5,查阅资料,会议记录\n2、,工作计划,制定计划,3o,查阅资料,制度文件\n")
        defer { site.remove() }
        try site.write("content/checklists/2026-测评.csv", "序号,测评项目,测评內容,分值,测评方法,佐证材料\n一、,组织领导,,,,\n1、,例会制度,每月召开例会,5,查阅资料,会议记录\n2、,工作计划,制定计划,3o,查阅资料,制度文件\n")
        let result = site.build(writes: false)
        #expect(result.lines.contains { $0.hasSuffix("2026-测评.csv:1:3: error: content/checklists/2026-测评.csv 第 C 列的表头“测评內容”无法识别，此列被忽略；是否想写“测评内容”？(did you mean '测评内容'?) (unknown column '测评內容') [checklist.column]") }, "\(result.lines)")
        let broken = try #require(result.first("number.invalid"))
        #expect((broken.location.line, broken.location.column) == (4, 4))
        #expect(broken.message.contains("3o"))
        #expect(result.exitCode == 1)
    }

    @Test func numbersNestInThreeLevelsAndDuplicatesAreRefused() throws {
        let site = try Self.site("一、,组织领导,,9,,\n（一）,工作机制,,,,\n1、,例会制度,每月召开例会,5,查阅资料,会议记录\n2.1.2,工作计划,制定计划,4,查阅资料,制度文件\n2.1.2,重复,重复,1,,\n")
        defer { site.remove() }
        let result = site.build(writes: false)
        let duplicate = try #require(result.first("checklist.duplicate"))
        #expect(duplicate.location.line == 6)
        #expect(duplicate.message.contains("第 5 行"))
        // 2.1.2 names a parent (2.1) that does not exist: a warning, and the row still counts.
        #expect(result.has("checklist.numbering"))
    }

    @Test func sectionPointsThatDoNotAddUpAreWarnedAtTheirCell() throws {
        let site = try Self.site("一、,组织领导,,12,,\n1、,例会制度,每月召开例会,5,查阅资料,会议记录\n2、,工作计划,制定计划,4,查阅资料,制度文件\n")
        defer { site.remove() }
        let warning = try #require(site.build(writes: false).first("checklist.points-total"))
        #expect((warning.location.line, warning.location.column) == (2, 4))
        #expect(warning.message.contains("12") && warning.message.contains("9"))
    }

    @Test func aTablePathOutsideTheFolderIsRefused() throws {
        let site = try Self.site("1、,例会制度,每月召开例会,5,查阅资料,会议记录\n", yaml: "年度: 2026\n表格: ../ledger/2026.yaml\n")
        defer { site.remove() }
        let error = try #require(site.build(writes: false).first("checklist.path"))
        #expect((error.location.line, error.location.column) == (2, 5))
    }

    @Test func ownScoreAboveThePointsIsAnError() throws {
        let site = try Self.site("1、,例会制度,每月召开例会,5,查阅资料,会议记录\n", yaml: "年度: 2026\n自评:\n  - 序号: 1\n    自评分: 6\n")
        defer { site.remove() }
        let error = try #require(site.build(writes: false).first("checklist.score-range"))
        #expect(error.location.line == 4)
    }

    /// The demo: an internal checklist of 21 criteria in three levels; one without evidence, one with behind targets.
    @Test func theDemoSelfAssessmentIsInternalAndFlagsWhatIsMissing() throws {
        let site = try DemoSite.built.get()
        let hiddenRoot = site.root + "/internal"
        let page = try #require(FileManager.default.contents(atPath: hiddenRoot + "/checklists/2026-文明社区测评体系/index.html").map { String(decoding: $0, as: UTF8.self) })
        #expect(page.contains("共 21 项测评内容，满分 100 分"))
        // 市民学校 has no record: 无佐证, and the committee's own score with its note.
        let school = try #require(page.range(of: "id=\"c-4-2-20\"").map { String(page[$0.lowerBound...].prefix(1500)) })
        #expect(school.contains("flag-no-evidence\">无佐证"))
        #expect(school.contains("自评 <strong>2</strong>（建议 0）"))
        #expect(school.contains("纸质档案盒"))
        // 例会制度: the monthly meeting target is behind (July was missed), and July has no evidence.
        let meetings = try #require(page.range(of: "id=\"c-1-1-2\"").map { String(page[$0.lowerBound...].prefix(2500)) })
        #expect(meetings.contains("flag-behind\">指标滞后"))
        #expect(meetings.contains("缺：7月"))
        #expect(meetings.contains("badge-status-behind\">滞后</span> 创建工作领导小组例会"))
        // The ledger's 测评项目 key links the drowning-safety talk to 3.2.17.
        let safety = try #require(page.range(of: "id=\"c-3-2-17\"").map { String(page[$0.lowerBound...].prefix(3000)) })
        #expect(safety.contains("暑期防溺水安全教育"))
        // Evidence links lead to the public site by its address, and the chart is there.
        #expect(page.contains("href=\"https://changqing.example.cn/ledger/activities/"))
        #expect(page.contains("<svg class=\"chart\" id=\"chart-checklist\""))
    }

    @Test func nothingInternalReachesThePublicFolder() throws {
        let site = try DemoSite.built.get()
        let files = DemoSite.files(of: site)
        #expect(!files.contains { $0.hasPrefix("checklists/") })
        for file in files where MediaUse.isText(file) {
            let text = try #require(site.read(file))
            #expect(!text.contains("checklists/") && !text.contains("2026年度文明社区测评体系") && !text.contains("迎检台账"), "\(file) mentions the internal checklist")
        }
        #expect(FileManager.default.fileExists(atPath: site.root + "/internal/assets/print.css"))
        #expect(FileManager.default.fileExists(atPath: site.root + "/internal/ledger/photos/道德讲堂-邻里和睦-1.w960.jpg"))
    }

    @Test func theLeakCheckCatchesALinkToAnInternalChecklist() throws {
        let site = try Self.site("1、,例会制度,每月召开例会,5,查阅资料,会议记录\n")
        defer { site.remove() }
        let list = try #require(ChecklistParser.parse([SourceFile(path: "content/checklists/2026-测评.csv", text: Self.header + "1、,例会制度,每月召开例会,5,查阅资料,会议记录\n")]).0.first)
        let leaking = OutputFile(path: "index.html", text: "<a href=\"checklists/2026-%E6%B5%8B%E8%AF%84/index.html\">")
        #expect(InternalLeakCheck.check([leaking], checklists: [list]).map(\.key) == ["privacy.internal-leak"])
        #expect(InternalLeakCheck.check([OutputFile(path: "checklists/2026-测评/index.html", text: "")], checklists: [list]).count == 1)
        var open = list
        open.isPublic = true
        #expect(InternalLeakCheck.check([leaking], checklists: [open]).isEmpty)
    }

    @Test func anInternalFolderInsideTheOutputIsRefusedAndNothingIsWritten() throws {
        let site = try Self.site("1、,例会制度,每月召开例会,5,查阅资料,会议记录\n")
        defer { site.remove() }
        var options = BuildOptions(siteRoot: site.root, outputRoot: site.output, date: .explicit(LocalDate(year: 2026, month: 11, day: 20)!))
        options.internalRoot = site.output + "/internal"
        let result = BuildPipeline(options: options, log: .silent).run()
        #expect(result.first("output.internal-inside") != nil)
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func aPublicChecklistIsPublishedWithTheSite() throws {
        let site = try Self.site("一、,组织领导,,,,\n1、,例会制度,每月召开例会，有会议记录,5,查阅资料,会议记录\n2、,道德讲堂,每季度一次,3,查阅资料,活动照片\n",
                                 yaml: "标题: 测评体系\n年度: 2026\n公开: 是\n",
                                 ledger: "- date: 2026-03-05\n  title: 三月例会\n  category: 会议\n- date: 2026-10-05\n  title: 十月例会\n  category: 会议\n")
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("checklists/2026-测评/index.html"))
        #expect(site.read("checklists/index.html")?.contains("测评体系") == true)
        #expect(site.read("index.html")?.contains("测评自评") == true)
        #expect(site.read("sitemap.xml")?.contains("checklists/") == true)
        // Monthly meetings: evidence in March and October only, so partial: 5 × 2/10 = 1.
        let meetings = try #require(page.range(of: "id=\"c-1-1\"").map { String(page[$0.lowerBound...].prefix(1500)) })
        #expect(meetings.contains("自评 <strong>1</strong>"), "\(meetings)")
        #expect(meetings.contains("有佐证的周期 2/10"))
        #expect(meetings.contains("href=\"../../ledger/"))
        // 道德讲堂 has no activity: 无佐证 and 0.
        let lecture = try #require(page.range(of: "id=\"c-1-2\"").map { String(page[$0.lowerBound...].prefix(1200)) })
        #expect(lecture.contains("无佐证") && lecture.contains("自评 <strong>0</strong>"))
        #expect(!FileManager.default.fileExists(atPath: site.root + "/internal"))
    }

    /// The street office's workbook: read like the CSV, a broken number located at its sheet cell.
    @Test func anExcelChecklistIsReadAndABrokenNumberIsAtItsCell() throws {
        func cell(_ ref: String, _ text: String) -> String { "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>" }
        let header = zip(["A", "B", "C", "D", "E", "F"], ["序号", "测评项目", "测评内容", "分值", "测评方法", "佐证材料"]).map { cell("\($0)1", $1) }.joined()
        let rows = """
        <sheetData><row r="1">\(header)</row>
        <row r="2">\(cell("A2", "一、"))\(cell("B2", "组织领导"))</row>
        <row r="3">\(cell("A3", "1、"))\(cell("B3", "例会制度"))\(cell("C3", "每月召开例会"))<c r="D3"><v>5</v></c>\(cell("F3", "会议记录"))</row>
        <row r="4">\(cell("A4", "2、"))\(cell("B4", "工作计划"))\(cell("D4", "三分半"))</row></sheetData>
        """
        let site = try Self.site("")
        defer { site.remove() }
        try FileManager.default.removeItem(atPath: site.root + "/content/checklists/2026-测评.csv")
        try site.write("content/checklists/2026-测评.xlsx", bytes: try OfficeZip.xlsx(sheets: [("测评体系", rows)]))
        let result = site.build(writes: false)
        let d = try #require(result.first("number.invalid"), "\(result.lines)")
        #expect(d.location == SourceLocation(path: "content/checklists/2026-测评.xlsx", line: 4, column: 4, anchor: "测评体系!D4"))
    }

    @Test func aLedgerRecordNamingNoCriterionIsWarnedAtItsValue() throws {
        let site = try Self.site("1、,市民学校,正常开放,4,实地查看,制度文件\n",
                                 ledger: "- date: 2026-06-01\n  title: 开学第一课\n  category: 道德讲堂\n  测评项目: [1, 9.9]\n")
        defer { site.remove() }
        let warning = try #require(site.build(writes: false).first("ledger.criterion"))
        #expect((warning.location.line, warning.location.column) == (4, 13))
        #expect(warning.message.contains("9.9"))
    }

    @Test func aLedgerRecordNamesItsCriterion() throws {
        let site = try Self.site("1、,市民学校,正常开放,4,实地查看,制度文件\n", yaml: "年度: 2026\n公开: 是\n",
                                 ledger: "- date: 2026-06-01\n  title: 市民学校开学第一课\n  category: 道德讲堂\n  测评项目: 1\n")
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        #expect(site.read("checklists/2026-测评/index.html")?.contains("市民学校开学第一课") == true)
    }
}

/// The binder printed by Chromium: page count, contents page numbers, bookmarks and QR codes.
@Suite("Checklist binder in a real browser", .serialized)
struct ChecklistBinderTests {
    @Test func theBinderPrintsToOnePDFWhosePagesBookmarksAndQRCodesMatch() throws {
        let site = try DemoSite.built.get()
        let hiddenRoot = site.root + "/internal"
        let folder = site.root + "/binder-pdf"
        let report = try PDFExport(outputRoot: hiddenRoot, pdfRoot: folder).run()
        #expect(report.printed == ["checklists/2026-文明社区测评体系.pdf"])
        let pdf = folder + "/checklists/2026-文明社区测评体系.pdf"
        // As many pages as the layout planned.
        let html = try #require(FileManager.default.contents(atPath: hiddenRoot + "/checklists/2026-文明社区测评体系/print.html").map { String(decoding: $0, as: UTF8.self) })
        let planned = html.components(separatedBy: "<section class=\"binder-page\"").count - 1
        let info = try PrintSheetTests.tool("pdfinfo", [pdf])
        #expect(info.contains("Pages:") && info.contains(" \(planned)\n"), "\(info)")
        #expect(planned > 20)
        // Every contents line's page starts with that criterion.
        let contents = try PrintSheetTests.tool("pdftotext", ["-layout", "-f", "2", "-l", "3", pdf, "-"])
        var checked = 0
        for line in contents.split(separator: "\n") {
            let parts = line.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count >= 3, let page = Int(parts.last!), parts[0].hasSuffix("、"), parts[0].first!.isASCII else { continue }
            let title = String(parts[1])
            let text = try PrintSheetTests.tool("pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf, "-"])
            #expect(text.contains(parts[0] + " " + title), "contents say \(title) is on page \(page)")
            checked += 1
        }
        #expect(checked == 21)
        // Bookmarks: a section, a subsection and a criterion, at their pages.
        let outline = try PrintSheetTests.tool("pdftohtml", ["-xml", "-i", "-stdout", pdf])
        #expect(outline.contains("<item page=\"4\">一、组织领导</item>"))
        #expect(outline.contains("<item page=\"4\">（一）工作机制</item>"))
        #expect(outline.contains("<item page=\"6\">2、 例会制度</item>"), "\(outline.prefix(800))")
        // The QR codes on the 道德讲堂 page scan to the activities' pages online.
        let lecturePage = try #require(outline.range(of: ">6、 道德讲堂活动</item>").flatMap { r -> Int? in
            let before = outline[..<r.lowerBound]
            guard let p = before.range(of: "page=\"", options: .backwards) else { return nil }
            return Int(before[p.upperBound...].prefix { $0.isNumber })
        })
        _ = try PrintSheetTests.tool("pdftoppm", ["-png", "-r", "150", "-f", "\(lecturePage)", "-l", "\(lecturePage)", pdf, folder + "/lecture"])
        let png = try #require(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("lecture") })
        let scanned = try PrintSheetTests.tool("zbarimg", ["--quiet", "--raw", folder + "/" + png]).split(separator: "\n").map(String.init)
        #expect(scanned.count >= 3, "\(scanned)")
        #expect(scanned.allSatisfy { $0.hasPrefix("https://changqing.example.cn/ledger/") }, "\(scanned)")
        #expect(scanned.contains { $0.removingPercentEncoding?.contains("道德讲堂") == true })
    }
}

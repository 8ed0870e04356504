import Foundation
import Testing
@testable import NoticeboardKit

/// Word files: the text the plan, notice and briefing parsers read, with Word's automatic numbering as Word shows it,
/// and every diagnostic located at its paragraph.
@Suite("Office docx")
struct OfficeDocxTests {
    static let fixtures = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/office/"

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try #require(FileManager.default.contents(atPath: fixtures + name)))
    }

    @Test func libreOfficePlanShowsItsAutomaticNumbering() throws {
        let result = try DocxConverter.convert(path: "content/plans/p.docx", bytes: try Self.fixture("plan.docx"))
        let lines = result.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // None of these numbers is in the paragraphs' text: numbering.xml has them (chineseCountingThousand, decimal,
        // decimalEnclosedCircle, level texts %1、 （%2） %3、 （%4） %5).
        for start in ["一、指导思想", "二、工作目标", "三、主要任务", "（一）思想道德建设", "1、办好道德讲堂。", "3、深化学雷锋志愿服务。",
                      "（二）人居环境整治", "1、推进垃圾分类。", "（三）平安和谐社区", "（1）开展消防安全检查。", "①高层住宅楼道和消防通道；",
                      "②电动自行车集中停放和充电场所；", "④沿街", "（2）组织消防演练。", "2、普法宣传。", "（五）关爱帮扶",
                      "## 四、保障措施", "（二）广泛宣传发动。"] {
            #expect(lines.contains { $0.hasPrefix(start) }, "no line starts with \(start):\n\(result.text)")
        }
        // After 四、 the second level restarts.
        let four = try #require(lines.firstIndex(of: "## 四、保障措施"))
        #expect(lines[four...].contains { $0.hasPrefix("（一）加强组织领导") })
        // The first-page block became the front matter, and is not in the body.
        #expect(lines.prefix(7) == ["---", "\"标题\": \"长青社区2026年文明社区创建工作计划\"", "\"年度\": \"2026\"", "\"网址名\": \"2026-civilised\"",
                                    "\"通过日期\": \"2026-01-16\"", "\"状态\": \"已印发\"", "---"])
        // Lines map to paragraphs: 5 block lines, an empty paragraph, the intro, then 一、 is the 8th paragraph.
        let first = try #require(lines.firstIndex { $0.hasPrefix("一、指导思想") })
        #expect(result.lineMap[first] == SourceLocation(path: "content/plans/p.docx", line: 8, column: 1, anchor: "¶8"))
    }

    @Test func libreOfficeNoticeKeepsFormattingListsTablesPicturesAndLinks() throws {
        let result = try DocxConverter.convert(path: "content/notices/n.docx", bytes: try Self.fixture("notice.docx"))
        let text = result.text
        #expect(text.hasPrefix("---\n\"标题\": \"消防演练通知\"\n\"类型\": \"通知\"\n\"日期\": \"2026-11-28\"\n---\n"), "\(text)")
        #expect(text.contains("**12月5日上午9:00**"))
        #expect(text.contains("*请准时参加*"))
        #expect(text.contains("\n## 注意事项\n"))
        #expect(text.contains("- 听从工作人员指挥；\n- 不要乘坐电梯。"))
        #expect(text.contains("* 时间：9:00；地点：中心广场"))
        #expect(text.contains("[消防安全知识](<https://www.119.gov.cn/>)"))
        #expect(text.contains("![疏散路线示意图](<n-images/"))
        let image = try #require(result.images.first)
        #expect(image.path.hasPrefix("content/notices/n-images/"))
        #expect(image.bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func noticeFromWordBuildsWithItsPicture() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/notices/2026-11-28-消防演练.docx", bytes: try Self.fixture("notice.docx"))
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("notices/消防演练/index.html"))
        #expect(page.contains("<h1") && page.contains("消防演练通知"))
        #expect(page.contains("<strong>12月5日上午9:00</strong>"))
        // The bullet list and the table (as a list of rows) stay two tight lists.
        #expect(page.contains("<ul>\n<li>听从工作人员指挥；\n</li>\n<li>不要乘坐电梯。\n</li>\n</ul>\n<ul>\n<li>时间：9:00；地点：中心广场\n</li>\n</ul>"))
        #expect(page.contains("<p>详见<a href=\"https://www.119.gov.cn/\">消防安全知识</a>。</p>"))
        // Word's picture goes through the photo pipeline like any photo: resized copies, never the original.
        #expect(page.contains("<img src=\"../../notices/2026-11-28-%E6%B6%88%E9%98%B2%E6%BC%94%E7%BB%83-images/image1.w960.jpg\""))
        #expect(page.contains("alt=\"疏散路线示意图\""))
        let pictures = try FileManager.default.contentsOfDirectory(atPath: site.output + "/notices/2026-11-28-消防演练-images")
        #expect(pictures.sorted() == ["image1.w1600.jpg", "image1.w480.jpg", "image1.w960.jpg"])
    }

    @Test func chineseNumberFormats() {
        let cases: [(Int, String, String)] = [
            (1, "chineseCountingThousand", "一"), (10, "chineseCountingThousand", "十"), (11, "chineseCounting", "十一"),
            (20, "chineseCountingThousand", "二十"), (21, "chineseCountingThousand", "二十一"), (100, "chineseCountingThousand", "一百"),
            (101, "chineseCountingThousand", "一百零一"), (110, "chineseCountingThousand", "一百一十"), (1000, "chineseCountingThousand", "一千"),
            (10001, "chineseCountingThousand", "一万零一"), (3, "ideographTraditional", "丙"), (10, "ideographTraditional", "癸"),
            (1, "decimalEnclosedCircle", "①"), (20, "decimalEnclosedCircle", "⑳"), (21, "decimalEnclosedCircle", "㉑"),
            (12, "chineseLegalSimplified", "壹拾贰"), (7, "decimal", "7"), (28, "lowerLetter", "bb"), (14, "upperRoman", "XIV"),
            (12, "decimalFullWidth", "１２"), (2026, "ideographDigital", "二〇二六"),
        ]
        for (n, format, expected) in cases {
            #expect(NumberFormat.text(n, format: format) == expected, "\(n) \(format)")
        }
    }

    @Test func briefingFromWord() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let body = ["标题：长青社区文明创建简报", "期号：第12期", "日期：2026年11月15日", "印数：共印80份", "", "本期刊发消防演练的消息。"]
        try site.write("content/bulletins/2026-11-简报.docx", bytes: try OfficeZip.docx(body))
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("bulletins/2026-11-简报/index.html"), "\(result.lines)")
        #expect(page.contains("长青社区文明创建简报") && page.contains("第12期") && page.contains("本期刊发消防演练的消息。"))
        #expect(!page.contains("期号："))
    }

    @Test func numberingRestartsStartValuesAndOverrides() throws {
        let xml = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3、"/></w:lvl>
          <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%1.%4"/><w:isLgl/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>
        """
        let root = try OfficeXML.parseTree(Array("<w:numbering \(OfficeZip.w)>\(xml)</w:numbering>".utf8), part: "word/numbering.xml")
        var numbering = DocxNumbering(root)
        func next(_ id: String, _ level: Int) -> String { numbering.next(numId: id, level: level)?.text ?? "nil" }
        #expect(next("1", 0) == "一、")
        #expect(next("1", 1) == "（一）")
        #expect(next("1", 1) == "（二）")
        #expect(next("1", 2) == "3、")  // start value 3
        #expect(next("1", 3) == "1.1")  // isLgl: the level-1 number in decimal
        #expect(next("1", 0) == "二、")
        #expect(next("1", 1) == "（一）")  // restarts after a higher level
        #expect(next("1", 3) == "2.2")  // lvlRestart 0: never restarts
        #expect(next("2", 0) == "五、")  // startOverride on its own instance
        #expect(next("3", 0) == "三、")  // another instance of the same abstract numbering continues it
        #expect(numbering.next(numId: "0", level: 0) == nil)
    }

    @Test func headerProblemsAreLocatedAtTheParagraph() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/notices/停水.docx", bytes: try OfficeZip.docx(["标题：停水通知", "类型：通知", "日期：2026-02-30", "", "明天停水。"]))
        let result = site.build()
        let d = try #require(result.first("date.invalid"), "\(result.lines)")
        #expect(d.location == SourceLocation(path: "content/notices/停水.docx", line: 3, column: 1, anchor: "¶3"))
        #expect(d.description.hasPrefix("content/notices/停水.docx:3:1: error: ¶3: "))
        #expect(DiagnosticFormat.github.render([d]).contains("line=3,col=1,title=date.invalid::¶3: "))
        #expect(DiagnosticFormat.json.render([d]).contains("\"anchor\":\"¶3\""))
    }

    @Test func documentWithTooManyElementsIsRefused() throws {
        let body = String(repeating: "<w:p/>", count: OfficePackage.Limits.elements + 10)
        #expect(throws: OfficeFailure.tooMany(what: "word/document.xml 中的 XML 元素 (XML elements)", limit: OfficePackage.Limits.elements)) {
            try DocxConverter.convert(path: "content/notices/x.docx", bytes: try OfficeZip.docx([], bodyXML: body))
        }
    }

    @Test func textThatLooksLikeMarkdownStaysText() throws {
        let bytes = try OfficeZip.docx(["标题：说明", "类型：通知", "日期：2026-11-01", "", "<script>alert(1)</script> *星号* [链接](javascript:x)", "1. 不是列表", "# 不是标题"])
        let result = try DocxConverter.convert(path: "content/notices/x.docx", bytes: bytes)
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/notices/x.docx", bytes: bytes)
        let build = site.build()
        #expect(build.errorCount == 0, "\(build.lines)\n\(result.text)")
        let page = try #require(site.read("notices/x/index.html"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; *星号* [链接](javascript:x)"))
        #expect(page.contains("1. 不是列表") && page.contains("# 不是标题"))
        #expect(!page.contains("<script>alert"))
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import NoticeboardKit

/// Injection attempts in every field of every content type: none may reach any output file as live markup,
/// a script URL, broken XML or an extra iCalendar property.
@Suite("Injection")
struct InjectionTests {
    /// Markup, attribute breakers, script URLs (also entity-encoded), template syntax and XML/CDATA/title closers.
    static let payload = #"<script>alert(1)</script>"><img src=x onerror=alert(1)>'><svg onload=alert(1)>{{mustache}}{{{triple}}}]]></title></textarea>&#106;avascript:alert(1) javascript:alert(1) data:text/html,x"#
    /// The same with CR LF and iCalendar property lines after it.
    static let payloadCRLF = payload + "\r\nDTSTART:19700101T000000Z\r\nX-INJECT:1"

    /// A YAML double-quoted scalar holding `s` exactly.
    static func q(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// A CSV cell holding `s`.
    static func cell(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func hostileSite() throws -> TestSite {
        let p = q(payload), pcr = q(payloadCRLF)
        let site = """
        name: \(p)
        committee: \(p)
        street_office: \(p)
        district: \(p)
        contact:
          phone: \(q("0571-8800 1234\"><script>alert(1)</script>"))
          address: \(p)
          hours: \(p)
          email: \(q("a@b.cn\"><script>alert(1)</script>"))
        base_url: https://test.example.cn/
        document_prefix: \(p)
        slogans:
          - \(p)
        categories:
          - \(p)
          - 志愿服务

        """
        let body = "正文 \(payload)\n\n<script>alert(2)</script>\n\n段落<img src=x onerror=alert(3)>结束\n\n[链接](https://example.cn/\"onmouseover=\"alert(1)) 与 <https://example.cn/?a=\"><script>>\n\n![图 \" onerror=\"alert(1)](../media/a.png \"标题\\\" onerror=\\\"alert(1)\")\n"
        let notice = "---\ntitle: \(p)\nkind: 公示\ndate: 2026-11-01\nsigned_by: \(p)\nnumber: \(p)\npublicity:\n  days: 30\n  contact: \(p)\n  objection: \(p)\n---\n" + body
        let upcoming = "---\ntitle: \(p)\nkind: 通知\ndate: 2026-11-15\nexpires: 2026-12-31\n---\n" + body
        let plan = "---\ntitle: \(p)\nyear: 2026\nsigned_by: \(p)\ncommunity: \(p)\ntargets:\n  - id: t1\n    label: \(p)\n    goal: \(p)\n    task: 1\n---\n一、\(payload)\n\n（一）\(payload)\n\n1、\(payload)\n"
        let ledger = """
        - date: 2026-12-05
          time: 9:00-11:00
          title: \(pcr)
          category: \(p)
          place: \(pcr)
          organiser: \(p)
          summary: \(p)
        - date: 2026-11-02
          title: \(p)
          category: 志愿服务
          summary: \(p)

        """
        let csv = "日期,时间,活动名称,类别,地点,组织者,活动简介\n2026-12-06,14:00,\(cell(payloadCRLF)),志愿服务,\(cell(payloadCRLF)),\(cell(payload)),\(cell(payload))\n"
        let red = "title: \(p)\nlist: red\ncategory: \(p)\nintro: \(p)\nsigned_by: \(p)\nnumber: \(p)\nnotice_title: \(p)\nterm: 2\npublicity:\n  from: 2026-11-15\n  days: 10\n  contact: \(p)\n  objection: \(p)\nentries:\n  - name: \(p)\n    household: \(p)\n    building: \(p)\n    deeds: \(p)\n"
        let redCSV = "title: 诚信示范店\nlist: red\ncategory: \(p)\nannounced: 2026-10-01\nterm: 2\nentries: shops.csv\n"
        let shops = "名称,楼栋,事迹\n\(cell(payload)),\(cell(payload)),\(cell(payload))\n"
        let black = "title: \(p)\nlist: black\ncategory: \(p)\nannounced: 2026-11-01\nentries:\n  - behaviour: \(p)\n    place: \(p)\n    date: 2026-10-30\n    rectification: \(p)\n    name: 张三丰\n"
        let files: [String: String] = [
            "content/site.yaml": site,
            "content/notices/2026-11-01-<script>alert(1)<!--.md": notice,
            "content/notices/2026-11-15-\"><img src=x onerror=alert(1)>.md": upcoming,
            "content/plans/2026-plan.md": plan,
            "content/ledger/2026.yaml": ledger,
            "content/ledger/2026-excel.csv": csv,
            "content/honours/2026-red.yaml": red,
            "content/honours/2026-shops.yaml": redCSV,
            "content/honours/shops.csv": shops,
            "content/honours/2026-black.yaml": black,
        ]
        let s = try TestSite(files, siteYAML: nil)
        try s.write("content/media/a.png", bytes: TestImages.png)
        return s
    }

    /// Decodes the few entity forms a browser would turn back into `javascript:`.
    static func decodeEntities(_ s: String) -> String {
        var out = s
        for (entity, char) in [("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&colon;", ":")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        let regex = try! NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);?")
        while let m = regex.firstMatch(in: out, range: NSRange(out.startIndex..., in: out)) {
            let hex = (out as NSString).substring(with: m.range(at: 1)) == "x"
            let digits = (out as NSString).substring(with: m.range(at: 2))
            let scalar = UInt32(digits, radix: hex ? 16 : 10).flatMap(Unicode.Scalar.init).map(String.init) ?? ""
            out = (out as NSString).replacingCharacters(in: m.range, with: scalar)
        }
        return out
    }

    @Test func noPayloadSurvivesAsLiveMarkup() throws {
        let site = try Self.hostileSite()
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines.joined(separator: "\n"))")
        #expect(result.has("markdown.raw-html"))
        #expect(result.files.count > 20)

        let tag = try NSRegularExpression(pattern: "<[A-Za-z][^<>]*>")
        let handler = try NSRegularExpression(pattern: "\\son[a-z]+\\s*=", options: [.caseInsensitive])
        let quoted = try NSRegularExpression(pattern: "\"[^\"]*\"|'[^']*'")
        let urlAttribute = try NSRegularExpression(pattern: "\\s(href|src|action|formaction|xlink:href|content)\\s*=\\s*\"([^\"]*)\"", options: [.caseInsensitive])
        var sawMustache = false
        for file in result.files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            let ext = (file.path as NSString).pathExtension
            if text.contains("{{mustache}}") { sawMustache = true }
            guard ["html", "xml", "json", "svg"].contains(ext) else { continue }  // calendar.ics is plain text: checked below
            #expect(!text.lowercased().contains("<script>alert"), "live script in \(file.path)")
            #expect(!text.contains("<img src=x"), "live img in \(file.path)")
            #expect(!text.contains("<svg onload"), "live svg in \(file.path)")
            #expect(!text.contains("</textarea>"), "closing textarea in \(file.path)")
            // The theme's own scripts (关怀模式 and 朗读 on every page, search on the search page) are files, not content.
            let own = text.replacingOccurrences(of: #"<script src="[./]*assets/(site|search)\.js"></script>"#, with: "", options: .regularExpression)
            let scripts = own.lowercased().components(separatedBy: "<script").count - 1
            #expect(scripts == (file.path == "display/index.html" ? 1 : 0), "\(scripts) <script in \(file.path)")
            #expect(text.components(separatedBy: "</title>").count == text.components(separatedBy: "<title>").count,
                    "an extra </title> in \(file.path)")
            let range = NSRange(text.startIndex..., in: text)
            for m in tag.matches(in: text, range: range) {
                let t = (text as NSString).substring(with: m.range)
                let names = quoted.stringByReplacingMatches(in: t, range: NSRange(t.startIndex..., in: t), withTemplate: "\"\"")
                #expect(handler.firstMatch(in: names, range: NSRange(names.startIndex..., in: names)) == nil, "event handler in \(file.path): \(t.prefix(200))")
                for a in urlAttribute.matches(in: t, range: NSRange(t.startIndex..., in: t)) {
                    let value = Self.decodeEntities((t as NSString).substring(with: a.range(at: 2)))
                        .filter { !$0.isWhitespace && !($0.asciiValue.map { $0 < 0x20 } ?? false) }.lowercased()
                    for scheme in ["javascript:", "data:", "vbscript:"] {
                        #expect(!value.hasPrefix(scheme), "\(scheme) URL in \(file.path): \(t.prefix(200))")
                    }
                }
            }
        }
        #expect(sawMustache, "template syntax in content is shown as text, never evaluated")
    }

    @Test func feedsAreWellFormedXMLAndTheCalendarHasNoInjectedLines() throws {
        let site = try Self.hostileSite()
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let xmlFiles = result.files.filter { $0.path.hasSuffix(".xml") }
        #expect(Set(xmlFiles.map(\.path)).isSuperset(of: ["feed.xml", "sitemap.xml"]))
        for file in xmlFiles {
            let parser = XMLParser(data: Data(file.bytes))
            #expect(parser.parse(), "\(file.path) is not well-formed: \(String(describing: parser.parserError))")
        }
        let feed = try #require(site.read("feed.xml"))
        #expect(feed.contains("&lt;script&gt;") || feed.contains("<![CDATA["))

        let ics = try #require(result.files.first { $0.path == "calendar.ics" })
        let text = String(decoding: ics.bytes, as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        let physical = text.components(separatedBy: "\r\n").dropLast()
        for line in physical {
            #expect(line.utf8.count <= 75, "line over 75 octets: \(line)")
            #expect(!line.contains("\r") && !line.contains("\n"), "bare line break: \(line)")
        }
        var logical: [String] = []
        for line in physical {
            if line.hasPrefix(" "), !logical.isEmpty { logical[logical.count - 1] += line.dropFirst() } else { logical.append(line) }
        }
        #expect(!logical.contains { $0.hasPrefix("X-INJECT") || $0.hasPrefix("DTSTART:19700101T000000Z") }, "injected property line")
        let summaries = logical.filter { $0.hasPrefix("SUMMARY") }
        #expect(summaries.count >= 2, "the hostile activities are in the calendar")
        #expect(summaries.allSatisfy { $0.contains("\\nDTSTART:19700101T000000Z\\nX-INJECT:1") || !$0.contains("DTSTART") })
        let properties = Set(logical.compactMap { $0.split(separator: ":", maxSplits: 1).first?.split(separator: ";").first.map(String.init) })
        #expect(properties.isSubset(of: ["BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-TIMEZONE", "X-WR-CALDESC",
                                         "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "DTSTART", "DTEND", "DTSTAMP", "UID", "SUMMARY",
                                         "LOCATION", "DESCRIPTION", "URL", "CATEGORIES", "ORGANIZER", "STATUS", "TRANSP", "SEQUENCE", "LAST-MODIFIED",
                                         "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "CLASS", "CREATED"]), "\(properties.sorted())")
    }

    @Test func rawHTMLInMarkdownStaysDroppedUnlessTheSiteOptsIn() throws {
        let notice = "---\ntitle: 通知\nkind: 通知\ndate: 2026-11-01\n---\n<div class=\"x\">块</div>\n\n文字<b>粗</b>与<img src=x onerror=alert(1)>\n"
        let off = try TestSite(["content/notices/2026-11-01-n.md": notice])
        defer { off.remove() }
        let r1 = off.build()
        let page = try #require(off.read("notices/n/index.html"))
        #expect(r1.has("markdown.raw-html"))
        #expect(!page.contains("<div class=\"x\">") && !page.contains("<b>粗</b>") && !page.contains("onerror"))

        let on = try TestSite(["content/notices/2026-11-01-n.md": notice.replacingOccurrences(of: "<img src=x onerror=alert(1)>", with: "")],
                              siteYAML: "name: 测试社区\nbase_url: https://test.example.cn/\nraw_html: true\n")
        defer { on.remove() }
        on.build()
        let kept = try #require(on.read("notices/n/index.html"))
        #expect(kept.contains("<div class=\"x\">块</div>") && kept.contains("<b>粗</b>"))
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

/// What a careful reader of the demo finds (issue 21): the right figures, the right words for each state, tables and
/// dates that fit, a plan page without clutter, a display loop that follows the clock, and one consistent story.
@Suite("Careful reader", .serialized)
struct CarefulReaderTests {
    static let demo: Result<TestSite, any Error> = Result {
        let (site, result) = try ReportTests.buildDemo()
        guard result.errorCount == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return site
    }
    static func page(_ path: String) throws -> String { try #require(try demo.get().read(path)) }
    static func file(_ path: String) throws -> String { try demo.get().output + "/" + path }

    // MARK: figures

    @Test func revokedFamiliesAreNotCountedAnywhere() throws {
        // The families of the CSV whose 撤销日期 is empty or after the build date, read from the file.
        let records = ReportTests.csvRecords(try ReportTests.gb18030(repositoryRoot + "/content/honours/2026-五好文明家庭.csv"))
        let header = records[0], revokedOn = try #require(header.firstIndex(of: "撤销日期"))
        let rows = records.dropFirst().filter { $0.count == header.count }
        let standing = rows.filter { $0[revokedOn].isEmpty || $0[revokedOn] > "2026-11-20" }
        #expect(standing.count < rows.count, "the demo should hold a revoked family")
        #expect(try Self.page("reports/2026/index.html").contains("（五好文明家庭，\(standing.count) 个，2026年7月1日命名）"))
        #expect(try Self.page("reports/2026/print.html").contains("“五好文明家庭”（\(standing.count) 个）"))
        #expect(try Self.page("honours/2026-五好文明家庭/index.html").matches(of: /<td data-label="序号">/).count == standing.count)
    }

    // MARK: words

    @Test func targetsTablesShowLabelsNotInternalIDs() throws {
        let ids = ["meetings", "moral-lecture", "festivals", "volunteer-hours", "volunteers", "sorting", "fire-safety", "health", "visits"]
        for path in ["plans/2026-civilised/index.html", "plans/2026-civilised/print.html"] {
            let html = try Self.page(path)
            for id in ids { #expect(!html.contains("<td>\(id)</td>"), "\(path): \(id)") }
            #expect(html.contains("序号</th>"), "\(path)")
            #expect(!html.contains("编号</th>"), "\(path)")
        }
        #expect(try Self.page("plans/2026-civilised/print.html").contains("<td>创建工作领导小组例会</td>"))
        #expect(try Self.page("plans/2026-civilised/print.html").contains("<tr><td>1</td><td>注册志愿者占常住人口比例</td>"))
    }

    @Test func wordingFollowsTheRollsState() throws {
        // 最美家庭 is in publicity on 2026-11-20: its poster is a 公示; the named 五好文明家庭 poster is a 光荣榜.
        #expect(try Self.page("honours/2026-最美家庭/print.html").contains("<p class=\"poster-banner\">公 示</p>"))
        #expect(!(try Self.page("honours/2026-最美家庭/print.html")).contains("光 荣 榜"))
        #expect(try Self.page("honours/2026-五好文明家庭/print.html").contains("<p class=\"poster-banner\">光 荣 榜</p>"))
        let black = try Self.page("honours/2026-曝光台/index.html")
        #expect(black.contains("曝光于") && !black.contains("命名于"))
        // The generated 公示 asks for objections once, in the roll's own words.
        for path in ["notices/2026-最美家庭-公示/print.html", "honours/2026-最美家庭/print.html"] {
            let text = ReportTests.text(try Self.page(path)[...])
            #expect(text.components(separatedBy: "如有异议").count + text.components(separatedBy: "不同意见").count - 2 == 1, "\(path): \(text)")
        }
    }

    @Test func aPublicityWhoseTextAsksForObjectionsIsNotRepeated() throws {
        let notice = """
        ---
        标题: 文明楼栋评选结果公示
        类型: 公示
        日期: 2026-11-15
        公示:
          开始: 2026-11-15
          结束: 2026-11-21
          异议: 向社区居委会书面反映
        ---
        拟将 2 号楼评为文明楼栋。公示期间如有异议，请向社区居委会书面反映。
        """
        let site = try TestSite(["content/notices/2026-11-15-公示.md": notice])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let sheet = ReportTests.text(try #require(site.read("notices/公示/print.html"))[...])
        #expect(sheet.components(separatedBy: "如有异议").count == 2, "\(sheet)")
    }

    // MARK: plan page

    @Test func thePlanPageListsRecordsOnlyUnderTasks() throws {
        let html = try Self.page("plans/2026-civilised/index.html")
        for id in ["1", "2"] {  // 一、指导思想, 二、工作目标
            let section = try #require(PlanActivityTests.section(of: id, in: html))
            #expect(!section.contains("活动记录"), "\(id): \(section)")
        }
        #expect(!html.contains("下级任务共有"))
        #expect(!html.contains("class=\"anchor-link\""))
        #expect(html.firstMatch(of: /<time datetime="\d{4}-\d\d-\d\d">\d{4}-\d\d-\d\d</) == nil, "ISO dates shown")
        // The drill on 28 November is announced, not recorded.
        let fire = try #require(PlanActivityTests.section(of: "3.3.1", in: html, includingChildren: true))
        let records = try #require(fire.components(separatedBy: "活动预告").first)
        #expect(!records.contains("冬季消防疏散演练"))
        #expect(fire.contains("冬季消防疏散演练"))
    }

    // MARK: home page and print

    @Test func homeTitlesAndBriefingReadAsCards() throws {
        let home = try Self.page("index.html")
        let activities = try #require(home.split(separator: "id=\"h-activities\"").last?.split(separator: "</section>").first)
        let titles = activities.matches(of: /<h3 class="activity-title">(.*?)<\/h3>/).map { String($0.1) }
        #expect(!titles.isEmpty)
        for t in titles { #expect(t.hasPrefix("<a href=\""), "\(t)") }
        let bulletin = try #require(home.split(separator: "id=\"h-bulletin\"").last?.split(separator: "</section>").first)
        #expect(bulletin.contains("<span class=\"card-title\">消防宣传月：人人都是安全员</span>"))
        let css = try String(contentsOfFile: repositoryRoot + "/templates/assets/screen.css", encoding: .utf8)
        #expect(!css.contains("max-width: 76rem"), "the home page is as wide as the others")
        let print = try String(contentsOfFile: repositoryRoot + "/templates/assets/print.css", encoding: .utf8)
        #expect(print.contains(".bulletin-columns li { break-inside: avoid; }"))
        #expect(print.contains(".paper-A3 .poster-grid { flex: 1 0 auto; grid-auto-rows: 1fr; }"))
    }

    // MARK: layout, measured in Chromium

    /// Opens a copy of a built page with a probe script and returns what it measured: tables that overflow their
    /// wrapper, dates, names and short cells broken over two lines, and the navigation's rows.
    static func measure(_ path: String, width: Int) throws -> [String: String] {
        let original = try Self.page(path)
        let probe = """
        <script>
        function lines(el) { var r = document.createRange(); r.selectNodeContents(el); var tops = {};
          var rects = r.getClientRects(); for (var i = 0; i < rects.length; i++) if (rects[i].width > 0) tops[Math.round(rects[i].top)] = 1;
          return Object.keys(tops).length; }
        function texts(sel) { var out = []; document.querySelectorAll(sel).forEach(function (e) { if (lines(e) > 1) out.push(e.textContent.trim()); }); return out.join("|"); }
        var m = {};
        function over(wrapped) { return Array.prototype.filter.call(document.querySelectorAll("table"), function (t) {
          var w = t.closest(".table-wrap"); if (!!w !== wrapped) return false;
          return t.getBoundingClientRect().right > (w || t).parentElement.getBoundingClientRect().right + 1; }).length; }
        m.overflow = over(false); m.scrolls = over(true);
        m.wrapped = texts("time, .nowrap, td.roll-name strong, .activity-facts dt, .data-table td, .data-table tbody th, .data-table:not(.data-table-wide) thead th");
        m.navRows = (function () { var tops = {}; document.querySelectorAll(".masthead nav li").forEach(function (li) { if (li.offsetParent !== null) tops[Math.round(li.getBoundingClientRect().top)] = 1; }); return Object.keys(tops).length; })();
        m.mainWidth = Math.round(document.querySelector("main").getBoundingClientRect().width);
        m.viewport = innerWidth;
        m.unfocusable = Array.prototype.filter.call(document.querySelectorAll(".table-wrap"), function (w) { return w.tabIndex !== 0 || !w.getAttribute("aria-label"); }).length;
        document.body.setAttribute("data-probe", JSON.stringify(m));
        </script>
        """
        // Headless Chromium lays out --dump-dom at 500 px at least, so the page is measured in an iframe of the width.
        let copy = try Self.file(path).replacingOccurrences(of: "index.html", with: "probe-\(width).html")
        let frame = try Self.file(path).replacingOccurrences(of: "index.html", with: "frame-\(width).html")
        try original.replacingOccurrences(of: "</body>", with: probe + "</body>").write(toFile: copy, atomically: true, encoding: .utf8)
        try """
        <!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="probe-\(width).html" style="width:\(width)px;height:1200px;border:0"></iframe>
        <script>document.getElementById("f").onload = function () {
          document.body.setAttribute("data-probe", this.contentDocument.body.getAttribute("data-probe")); };</script></body></html>
        """.write(toFile: frame, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: copy); try? FileManager.default.removeItem(atPath: frame) }
        let dom = try PrintSheetTests.tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files",
                                                        "--window-size=\(max(width, 500) + 20),1300", "--virtual-time-budget=2000", "--dump-dom", "file://" + frame])
        let json = try #require(dom.firstMatch(of: /data-probe="([^"]*)"/)).1.replacingOccurrences(of: "&quot;", with: "\"")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return object.mapValues { "\($0)" }
    }

    @Test(arguments: [
        ("reports/2026/index.html", 1366), ("reports/2026/index.html", 390),
        ("honours/2026-五好文明家庭/index.html", 1366), ("honours/2026-曝光台/index.html", 390), ("honours/2026-曝光台/index.html", 1366),
        ("ledger/activities/2026-03-05-学雷锋日志愿服务集市/index.html", 1366), ("ledger/2026-11/index.html", 390), ("index.html", 390),
        ("plans/2026-civilised/index.html", 390),
    ])
    func tablesDatesAndNamesFit(path: String, width: Int) throws {
        let m = try Self.measure(path, width: width)
        #expect(m["viewport"] == String(width), "measured at \(m["viewport"] ?? "?") px")
        #expect(m["overflow"] == "0", "\(path) at \(width): a table runs past its column")
        if width >= 1366 { #expect(m["scrolls"] == "0", "\(path) at \(width): a table is cut on a desktop screen") }
        #expect(m["wrapped"] == "", "\(path) at \(width): broken over two lines: \(m["wrapped"] ?? "")")
        #expect(m["unfocusable"] == "0", "\(path): a scrolling table cannot be reached with the keyboard")
        if width == 390 { #expect(Int(m["navRows"] ?? "") ?? 9 <= 2, "\(path): navigation takes \(m["navRows"] ?? "") rows") }
    }

    @Test func theHomePageIsAsWideAsTheOthers() throws {
        #expect(try Self.measure("index.html", width: 1366)["mainWidth"] == Self.measure("notices/index.html", width: 1366)["mainWidth"])
    }

    // MARK: the display loop follows the clock

    @Test func theDisplayLoopSurvivesADayChange() throws {
        let site = try TestSite([
            "content/site.yaml": "name: 测试社区\ndisplay:\n  interval: 5\n  panels: [notices, activities]\n",
            "content/notices/2026-11-16-a.md": "---\ntitle: 评选公示\nkind: 公示\ndate: 2026-11-16\npublicity:\n  from: 2026-11-16\n  to: 2026-11-22\n---\n公示。\n",
            "content/notices/2026-11-10-b.md": "---\ntitle: 停水通知\nkind: 通知\ndate: 2026-11-10\nexpires: 2026-11-20\n---\n停水。\n",
            "content/ledger/a.yaml": "- {date: 2026-11-20, title: 今天的讲座, category: 健康教育}\n- {date: 2026-11-25, title: 下周的义诊, category: 健康教育}\n",
        ], siteYAML: nil)
        defer { site.remove() }
        #expect(site.build(date: "2026-11-20").errorCount == 0)
        let page = site.output + "/display/index.html"
        // Without JavaScript the build-time facts are there.
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains(">2026年11月20日</span>") && html.contains("公示还剩 3 天") && html.contains("今天的讲座"))
        func dom(_ now: String, budget: Int) throws -> String {
            try PrintSheetTests.tool("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=\(budget)", "--dump-dom", "file://\(page)?now=\(now)"])
        }
        // Shown just before midnight, then a few seconds later: the next day's date, one day less, yesterday's gone.
        let before = try dom("2026-11-20T23:59:58", budget: 500)
        #expect(before.contains(">2026年11月20日</span>") && before.contains("公示还剩 3 天"), "\(before)")
        let after = try dom("2026-11-20T23:59:58", budget: 11000)
        #expect(after.contains(">2026年11月21日</span>"), "\(after)")
        #expect(after.contains("公示还剩 2 天"))
        #expect(after.contains("<li data-until=\"2026-11-20\" hidden=\"\">"), "the expired notice is still shown")
        #expect(after.contains("<li data-on=\"2026-11-20\" hidden=\"\">"), "yesterday's activity is still announced")
        #expect(!after.contains("<li data-on=\"2026-11-25\" hidden"))
        // A screen left on for days: the 公示 ends.
        let later = try dom("2026-11-23T08:00:00", budget: 500)
        #expect(later.contains(">2026年11月23日</span>"), "\(later)")
        #expect(later.contains("data-publicity-to=\"2026-11-22\" hidden=\"\">公示已结束</span>"), "\(later)")
    }

    // MARK: one story

    @Test func theFireDrillIsTheSameEverywhere() throws {
        let ledger = try String(contentsOfFile: repositoryRoot + "/content/ledger/2026年下半年活动台账.yaml", encoding: .utf8)
        let row = try #require(ledger.components(separatedBy: "- date: 2026-11-28").dropFirst().first)
        let place = try #require(row.firstMatch(of: /place: (\S+)/)).1
        let start = try #require(row.firstMatch(of: /time: (\d+:\d\d)/)).1
        let notice = try Self.page("notices/消防演练通知/index.html")
        let briefing = try Self.page("bulletins/2026-11-文明创建简报/index.html")
        for (name, html) in [("notice", notice), ("briefing", briefing)] {
            #expect(html.contains(String(place)) && html.contains(String(start)), "\(name) disagrees with the ledger: \(place) \(start)")
            #expect(!html.contains("夜间") && !html.contains("7 号楼"), "\(name)")
        }
        // Published before the drill and valid until it: current on the demo date, not 即将发布.
        #expect(notice.contains("有效期至 <time datetime=\"2026-11-28\">"))
        #expect(!notice.contains("即将发布"))
        let index = try Self.page("notices/index.html")
        #expect(index.contains("11月28日冬季消防疏散演练通知"))
        #expect(!(index.split(separator: "id=\"h-upcoming\"").dropFirst().first ?? "").contains("消防疏散演练"))
    }

    // MARK: messages

    @Test func aFullWidthColonIsReportedAtItsLine() throws {
        let site = try TestSite(["content/notices/2026-11-01-a.md": "---\n标题：消防演练\n类型: 通知\n日期: 2026-11-01\n---\n正文\n"])
        defer { site.remove() }
        let result = site.build(writes: false)
        #expect(result.errorCount == 1, "\(result.lines)")
        let d = try #require(result.first("yaml.fullwidth-colon"))
        #expect(d.location.line == 2 && d.location.column == 3)
        #expect(d.message.contains("`：` must be `:`"))
        // Text after a key, a block and a list item may hold full-width colons.
        let fine = try TestSite(["content/notices/2026-11-01-b.md": "---\n标题: 通知：停水\n类型: 通知\n日期: 2026-11-01\n公示:\n  异议: |\n    方式：书面\n---\n正文\n",
                                 "content/bulletins/2026-11-b.md": "---\ntitle: 简报\nissue: 1\ndate: 2026-11-01\ndistribution:\n  - 报：街道\n---\n正文\n"])
        defer { fine.remove() }
        #expect(fine.build(writes: false).first("yaml.fullwidth-colon") == nil)
    }

    @Test func aBadImageAfterChineseBoldIsReportedAtItsColumn() throws {
        let line = "**“文明”**倡议 ![图](missing.png)"
        let site = try TestSite(["content/notices/2026-11-01-a.md": "---\ntitle: 通知\nkind: 通知\ndate: 2026-11-01\n---\n\(line)\n"])
        defer { site.remove() }
        let d = try #require(site.build(writes: false).first("media.missing"))
        let column = line.distance(from: line.startIndex, to: try #require(line.firstIndex(of: "!"))) + 1
        #expect(d.location.line == 6 && d.location.column == column, "\(d)")
    }

    @Test func dateExamplesUseTheBuildDate() throws {
        let site = try TestSite(["content/notices/2026-11-01-a.md": "---\ntitle: 通知\nkind: 通知\ndate: 11月1日\n---\n正文\n"])
        defer { site.remove() }
        let d = try #require(site.build(date: "2026-11-20", writes: false).first("date.format"))
        #expect(d.message.contains("2026-11-20") && !d.message.contains("2023"), "\(d.message)")
    }
}

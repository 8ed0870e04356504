import Foundation
import Mustache
import Testing
@testable import NoticeboardKit

/// A view with keys given at run time, to try template constructs on both renderers.
struct LooseView: TemplateView {
    let values: [String: TemplateValue]
    static let fields = TemplateFields<LooseView>([:])
    func value(for key: String) -> TemplateValue? { values[key] }
    func value(forKey id: Int) -> TemplateValue? { TemplateKeys.name(id).flatMap { values[$0] } }
}

/// The fast renderer of the built-in theme must print exactly what swift-mustache prints from the same views.
@Suite("Render engines")
struct RenderEngineTests {
    static func render(_ engine: TemplateEngine, site: String, date: String) -> BuildResult {
        var options = BuildOptions(siteRoot: site, outputRoot: site + "/unused", date: .explicit(try! LocalDate.parse(date).get()), writesOutput: false)
        options.templateEngine = engine
        return BuildPipeline(options: options, log: .silent).run()
    }

    @Test(arguments: [("demo", "2026-11-20"), ("demo", "2027-03-01"), ("Tests/NoticeboardTests/Fixtures/golden-site", "2026-11-18")])
    func everyPageIsTheSameThroughBothRenderers(site: String, date: String) throws {
        let root = site == "demo" ? repositoryRoot : repositoryRoot + "/" + site
        let fast = Self.render(.compiled, site: root, date: date)
        let reference = Self.render(.mustache, site: root, date: date)
        #expect(fast.errorCount == 0, "\(fast.lines)")
        #expect(fast.files.count > 10)
        #expect(fast.files.map(\.path) == reference.files.map(\.path))
        for (a, b) in zip(fast.files, reference.files) where a.bytes != b.bytes {
            let i = zip(a.bytes, b.bytes).prefix { $0 == $1 }.count
            Issue.record("\(a.path) differs between the compiled renderer and swift-mustache at byte \(i): \(String(decoding: a.bytes.dropFirst(max(0, i - 80)).prefix(160), as: UTF8.self)) ≠ \(String(decoding: b.bytes.dropFirst(max(0, i - 80)).prefix(160), as: UTF8.self))")
        }
    }

    /// The comparison above means something only if the engine switch really changes the renderer.
    @Test func theEngineSwitchChoosesTheRenderer() throws {
        var (theme, _) = Theme.load(site: [])
        theme.library.register(try MustacheTemplate(string: "rendered by swift-mustache"), named: "404")
        let site = Site(profile: SiteProfile(name: "测试社区"), buildDate: LocalDate(year: 2026, month: 11, day: 20)!, notices: [], media: [])
        func notFound(_ engine: TemplateEngine) -> String? {
            theme.engine = engine
            return SiteRenderer(site: site, theme: theme).render().first { $0.path == "404.html" }.map { String(decoding: $0.bytes, as: UTF8.self) }
        }
        #expect(notFound(.mustache) == "rendered by swift-mustache")
        #expect(notFound(.compiled)?.contains("页面不存在") == true)
    }

    static let constructs: [(String, String)] = [
        ("variables", "<p>{{text}} {{{text}}} {{&text}} {{number}} {{yes}} {{missing}}</p>\n"),
        ("sections", "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}not{{/no}}{{#empty}}[{{.}}]{{/empty}}{{#list}}<{{.}}>{{/list}}{{^none}}none{{/none}}\n"),
        ("dotted and nested", "{{#child}}{{name}} {{text}}{{/child}} {{child.name}} {{child.missing.deeper}}\n"),
        ("standalone lines", "<ul>\n  {{#list}}\n  <li>{{.}}</li>\n  {{/list}}\n</ul>\n  {{! comment }}\nend\n"),
        ("indented partial", "<div>\n  {{> part}}\n</div>\n"),
        ("inline partial", "<div>{{> part}}</div>\n"),
        ("parent with blocks", "{{<frame}}\n{{$body}}\n  <b>{{text}}</b>\n{{/body}}\n{{/frame}}\n"),
        ("escaping", "{{hostile}}|{{{hostile}}}\n"),
    ]

    static let partials = [
        "part": "<p>{{text}}</p>\n<p>two</p>\n",
        "frame": "<main>\n  {{$body}}default{{/body}}\n  {{$other}}kept{{/other}}\n</main>\n",
    ]

    static var view: LooseView {
        LooseView(values: [
            "text": .text("文本 & <b>"), "number": .number(42), "yes": .flag(true), "no": .flag(false), "empty": .text(""),
            "list": .texts(["一", "二"]), "none": .list([]), "hostile": .text("\"'<script>&amp;"),
            "child": .view(LooseView(values: ["name": .text("子")])),
        ])
    }

    @Test(arguments: constructs)
    func constructsRenderAsSwiftMustacheRendersThem(name: String, template: String) throws {
        var compiled = try Self.partials.mapValues { try TemplateParser.parse($0) }
        compiled["t"] = try TemplateParser.parse(template)
        let fast = TemplateRenderer(templates: compiled).render("t", Self.view)

        var library = MustacheLibrary()
        for (n, text) in Self.partials { library.register(try MustacheTemplate(string: text), named: n) }
        library.register(try MustacheTemplate(string: template), named: "t")
        let reference = try #require(library.render(MustacheBridge(view: Self.view), withTemplate: "t"))
        #expect(fast == reference, "\(name)")
        #expect(!fast.isEmpty)
    }

    @Test func contentIsEscapedOnTheFastPath() throws {
        let t = try TemplateParser.parse("<a title=\"{{hostile}}\">{{hostile}}</a>")
        let out = TemplateRenderer(templates: ["t": t]).render("t", Self.view)
        #expect(out == "<a title=\"&quot;&#39;&lt;script&gt;&amp;amp;\">&quot;&#39;&lt;script&gt;&amp;amp;</a>")
    }

    @Test func unclosedSectionIsAParseError() {
        #expect(throws: TemplateParser.Failure.self) { try TemplateParser.parse("a\n{{#x}}b") }
    }
}

/// `docs/templates.md` and the typed views agree: every key a page view offers is documented.
@Suite("Template documentation")
struct TemplateDocumentationTests {
    static let views: [(String, [String])] = [
        ("every page", PageChrome.fields.keys), ("site", SiteView.fields.keys), ("print sheet", PrintSheet.fields.keys),
        ("notice", NoticeView.fields.keys), ("publicity", PublicityView.fields.keys),
        ("notices index", NoticeIndexPage.fields.keys), ("archive", NoticeArchivePage.fields.keys),
        ("home", HomePageView.fields.keys), ("display", DisplayPageView.fields.keys), ("display panel", DisplayPanel.fields.keys),
        ("roll", HonourRollView.fields.keys), ("red entry", RedEntryView.fields.keys), ("black entry", BlackEntryView.fields.keys),
        ("honours home", HonoursHomePage.fields.keys), ("activity", ActivityView.fields.keys), ("ledger home", LedgerHomePage.fields.keys),
        ("ledger month", LedgerMonthPage.fields.keys), ("calendar cell", CalendarCellView.fields.keys),
        ("plan", PlanView.fields.keys), ("plan article", PlanArticleView.fields.keys), ("plan section", PlanSectionView.fields.keys), ("plan target", PlanTargetView.fields.keys),
        ("report", YearReportView.fields.keys), ("target", TargetEvaluationView.fields.keys),
        ("bulletin", BulletinView.fields.keys), ("digest", BulletinDigestView.fields.keys),
    ]

    @Test func everyViewKeyIsDocumented() throws {
        var docs = ""
        for name in ["templates.md", "plans.md", "honours.md", "ledger.md", "reports.md", "bulletins.md"] {
            docs += (try? String(contentsOfFile: repositoryRoot + "/docs/" + name, encoding: .utf8)) ?? ""
        }
        var missing: [String] = []
        for (view, keys) in Self.views {
            for key in keys where !docs.contains("`\(key)`") { missing.append("\(view).\(key)") }
        }
        #expect(missing.isEmpty, "not in docs/templates.md: \(missing.joined(separator: ", "))")
    }

    /// Every `{{name}}` a built-in template uses is a key of some view (a typo would print nothing).
    @Test func everyTemplateNameIsAViewKey() throws {
        var known = Set(Self.views.flatMap(\.1))
        for keys in [TaskLinkView.fields.keys, PhotoView.fields.keys, TotalsView.fields.keys, MonthRowView.fields.keys, CategoryRowView.fields.keys,
                     YearTotalsView.fields.keys, CalendarLinks.fields.keys, MonthLabelView.fields.keys, LinkedLabel.fields.keys,
                     LedgerDayView.fields.keys, CalendarWeekView.fields.keys, LedgerCategoryPage.fields.keys, ActivityPage.fields.keys,
                     RevocationView.fields.keys, HonourGroupPage.fields.keys, LinkedYear.fields.keys, LinkedName.fields.keys,
                     PlanSummaryView.fields.keys, TOCEntryView.fields.keys, PlanYearView.fields.keys, PlansIndexPage.fields.keys,
                     LinkedTitle.fields.keys, CategoryTotalView.fields.keys, CategoryMonthRow.fields.keys, CountCell.fields.keys,
                     MonthFiguresRow.fields.keys, ReportHonourView.fields.keys, ReportGapView.fields.keys, EvidenceView.fields.keys,
                     ReportYearRow.fields.keys, DistributionLine.fields.keys, DigestHonourView.fields.keys, DigestNoticeView.fields.keys,
                     BulletinYearView.fields.keys, ArchiveYearLink.fields.keys, NoticeYearPage.fields.keys, NoticePage.fields.keys, BulletinPage.fields.keys,
                     ReportPage.fields.keys, PlanPage.fields.keys, HonourRollPage.fields.keys, LedgerStatisticsView.fields.keys,
                     ReportsIndexPage.fields.keys, BulletinsIndexPage.fields.keys, NotFoundPage.fields.keys,
                     BoardView.fields.keys, BoardIssueView.fields.keys, PostedView.fields.keys, BoardsIndexPage.fields.keys,
                     BoardPage.fields.keys, BoardPrintPage.fields.keys, BoardPrintItem.fields.keys, ConventionView.fields.keys,
                     ConventionArticleView.fields.keys, ConventionPage.fields.keys, FestivalDayView.fields.keys, HomeBoardsView.fields.keys] {
            known.formUnion(keys)
        }
        // 联系我们: teams, venues, volunteers, surveys, incidents (issue 16).
        for keys in [HoursPiece.fields.keys, VenueDayView.fields.keys, HoursLineView.fields.keys, VenueView.fields.keys, MemberView.fields.keys,
                     RoleView.fields.keys, TeamView.fields.keys, CommunityPageView.fields.keys, CommunityLink.fields.keys, TeamsPageView.fields.keys,
                     VenueHoursSheet.fields.keys, RecordCell.fields.keys, RecordRow.fields.keys, VolunteersPageView.fields.keys, RateView.fields.keys,
                     SurveyView.fields.keys, SurveysPageView.fields.keys, SurveyPageView.fields.keys, IncidentYearView.fields.keys,
                     IncidentEntryView.fields.keys, IncidentsPageView.fields.keys, LegendItem.fields.keys,
                     ChecklistView.fields.keys, SectionTotalView.fields.keys, CriterionRowView.fields.keys, FlagView.fields.keys,
                     CriterionEvidenceView.fields.keys, TargetStatusView.fields.keys, ChecklistPage.fields.keys, ChecklistsIndexPage.fields.keys,
                     ChecklistLinkView.fields.keys, BinderView.fields.keys, BinderPageView.fields.keys, ContentsEntryView.fields.keys,
                     SummaryRowView.fields.keys, BinderBlockView.fields.keys, SectionHeadView.fields.keys, BinderPhotoView.fields.keys,
                     BinderCriterionView.fields.keys, BinderDocument.fields.keys, NavItem.fields.keys] {
            known.formUnion(keys)
        }
        let tag = try Regex(#"\{\{[#^&{]?\s*([A-Za-z][A-Za-z0-9.]*)\s*\}?\}\}"#)
        for (name, text) in BuiltinTheme.files where name.hasSuffix(".mustache") {
            for match in text.matches(of: tag) {
                let first = String(match.output[1].substring!.split(separator: ".").first!)
                if !known.contains(first) { Issue.record("\(name): {{\(first)}} is not a key of any view") }
            }
        }
    }
}

import Foundation

/// The render step: turns the `Site` model into output files with the theme, in a fixed order.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let theme: Theme

    public init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
    }

    public func render() -> [OutputFile] {
        finish(groups().flatMap { $0.render() })
    }

    /// Renders on every core, reusing from `cache` the groups whose inputs did not change.
    public func render(cache: RenderCache, fingerprint: InputFingerprint) -> [OutputFile] {
        finish(cache.render(groups(), fingerprint: fingerprint))
    }

    /// Navigation sections, which every page shows (part of every group's inputs).
    public var sectionPaths: [String] { PageContext(site: site).sections.map(\.path) }

    /// The site as page groups, each declaring the content it reads; a new kind of page joins by adding its groups.
    func groups() -> [PageGroup] {
        let context = PageContext(site: site)
        let theme = self.theme
        let site = self.site
        let notices = NoticePages(context: context, theme: theme)
        var groups = site.notices.map { n in PageGroup("notice:" + n.path, inputs: .files([n.source.path])) { notices.page(n) } }
        groups.append(PageGroup("notices:lists", inputs: .folders(["content/notices/", "content/honours/"])) { notices.lists() })
        groups.append(PageGroup("plans", inputs: .folders(["content/plans/", "content/ledger/"])) {
            PlanPages(context: context, theme: theme, activities: Self.activitiesByTask(context)).render()
        })
        groups.append(PageGroup("honours", inputs: .folders(["content/honours/"])) { HonourPages(context: context, theme: theme).render() })
        groups.append(PageGroup("ledger", inputs: .folders(["content/ledger/", "content/plans/"])) { LedgerPages(context: context, theme: theme).render() })
        groups.append(PageGroup("reports", inputs: .folders(["content/plans/", "content/ledger/", "content/honours/"])) {
            ReportPages(context: context, theme: theme, ledger: site.ledger).render()
        })
        groups.append(PageGroup("bulletins", inputs: .everything) {
            BulletinPages(context: context, theme: theme, ledger: site.ledger).render()
        })
        groups.append(PageGroup("home", inputs: .everything) {
            [HomePage(context: context, theme: theme).render(extra: HonourPages.homeBlock(context).merging(BulletinPages.homeBlock(context)) { a, _ in a })]
        })
        groups.append(PageGroup("display", inputs: .everything) { [DisplayPage(context: context, theme: theme).render()] })
        groups.append(PageGroup("404", inputs: .shared) { [Self.notFoundPage(context, theme: theme)] })
        groups.append(PageGroup("feed", inputs: .folders(["content/notices/", "content/honours/"])) {
            var bodies: [String: String] = [:]
            for n in site.notices { bodies[n.slug] = context.html(n.body, file: n.source.path, outputPath: "feed.xml") }
            return [Feeds(site: site).atom(htmlBodies: bodies)]
        })
        groups.append(PageGroup("assets", inputs: .shared) {
            theme.assets.sorted(by: { $0.key < $1.key }).map { OutputFile(path: $0.key, text: $0.value) }
        })
        return groups
    }

    /// Adds the sitemap of every page and sorts the files by path.
    private func finish(_ rendered: [OutputFile]) -> [OutputFile] {
        var files = rendered
        if let sitemap = Feeds(site: site).sitemap(pages: files.map(\.path)) { files.append(sitemap) }
        return files.sorted { $0.path < $1.path }
    }

    /// Activities listed under each plan task (`slug#3.1`), including those recorded against its sub-tasks, oldest first.
    private static func activitiesByTask(_ context: PageContext) -> [String: [[String: Any]]]? {
        let site = context.site
        guard !site.activities.isEmpty else { return nil }
        var byTask: [String: [Activity]] = [:]
        for a in site.activities {
            for reference in Set(a.tasks) { byTask[reference, default: []].append(a) }
        }
        let from = "plans/x/index.html"
        return byTask.mapValues { list in
            list.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { context.activity($0, from: from) }
        }
    }

    private static func notFoundPage(_ context: PageContext, theme: Theme) -> OutputFile {
        let site = context.site
        // 404.html is served from any folder, so its links are absolute from the base URL's path.
        var c = context.base(outputPath: "404.html", title: "页面不存在")
        if let base = site.profile.baseURL, let url = URL(string: base) {
            let root = url.path.hasSuffix("/") ? url.path : url.path + "/"
            c["root"] = root
            c["assets"] = root + "assets/"
            c["nav"] = context.sections.map { ["label": $0.label, "href": root + URLPath.encode($0.path), "current": false] as [String: Any] }
        }
        return OutputFile(path: "404.html", text: theme.render("404", c))
    }
}

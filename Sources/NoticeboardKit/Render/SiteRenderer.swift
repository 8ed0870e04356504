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
        let context = PageContext(site: site)
        let ledger = site.ledger
        var files: [OutputFile] = []
        files += NoticePages(context: context, theme: theme).render()
        files += PlanPages(context: context, theme: theme, activities: activitiesByTask(context)).render()
        files += HonourPages(context: context, theme: theme).render()
        files += LedgerPages(context: context, theme: theme).render()
        files += ReportPages(context: context, theme: theme, ledger: ledger).render()
        files += BulletinPages(context: context, theme: theme, ledger: ledger).render()
        files.append(HomePage(context: context, theme: theme).render(extra: HonourPages.homeBlock(context).merging(BulletinPages.homeBlock(context)) { a, _ in a }))
        files.append(notFoundPage(context))
        files.append(DisplayPage(context: context, theme: theme).render())
        let feeds = Feeds(site: site)
        var bodies: [String: String] = [:]
        for n in site.notices { bodies[n.slug] = context.html(n.body, file: n.source.path, outputPath: "feed.xml") }
        files.append(feeds.atom(htmlBodies: bodies))
        if let sitemap = feeds.sitemap(pages: files.map(\.path)) { files.append(sitemap) }
        for (name, text) in theme.assets.sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: name, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Activities listed under each plan task they reference (`slug#3.1.2`), oldest first.
    private func activitiesByTask(_ context: PageContext) -> [String: [[String: Any]]]? {
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

    private func notFoundPage(_ context: PageContext) -> OutputFile {
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

import Foundation

/// The render step: turns the `Site` model into output files with the theme, in a fixed order.
public struct SiteRenderer: Sendable {
    public let site: Site
    public let theme: Theme
    private let tasks: PlanTaskIndex

    public init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        self.tasks = PlanTaskIndex(site.plans)
    }

    /// Every page, rendered on this thread (tests, and the reference for incremental builds).
    public func render() -> [OutputFile] {
        finish(groups().flatMap { $0.render(reader(ReadLog())) })
    }

    /// Renders on every core, reusing from `cache` the groups whose recorded inputs did not change.
    public func render(cache: RenderCache, fingerprint: InputFingerprint) -> [OutputFile] {
        finish(cache.render(groups(), fingerprint: fingerprint, site: site, reader: reader))
    }

    /// Navigation sections, which every page shows (part of every group's inputs).
    public var sectionPaths: [String] { SiteReader.sections(of: site).map(\.route.path) }

    func reader(_ log: ReadLog) -> SiteReader { SiteReader(site: site, tasks: tasks, log: log) }

    /// The site as page groups: a notice's page and print sheet, the notice index, each plan … Each group reads the
    /// model through a `SiteReader`, which records what it read; nothing is declared here.
    func groups() -> [PageGroup] {
        let theme = self.theme, site = self.site
        let notices = NoticePages(theme: theme)
        var groups = site.notices.map { n in PageGroup("notice:" + n.slug) { notices.page(n, reader: $0) } }
        groups.append(PageGroup("notices:index") { [notices.index(reader: $0)] })
        groups.append(PageGroup("notices:archive") { [notices.archive(reader: $0)] })
        for year in Set(site.notices.map(\.date.year)).sorted() {
            groups.append(PageGroup("notices:year:\(year)") { [notices.year(year, reader: $0)] })
        }
        let plans = PlanPages(theme: theme)
        groups += site.plans.map { p in PageGroup("plan:" + p.slug) { plans.plan(p, reader: $0) } }
        groups.append(PageGroup("plans:index") { [plans.index(reader: $0)] })
        let honours = HonourPages(theme: theme)
        groups += site.honours.filter { $0.state(on: site.buildDate).isPublic }.map { r in
            PageGroup("roll:" + r.slug) { honours.roll(r, reader: $0) }
        }
        groups.append(PageGroup("honours:lists") { honours.lists(reader: $0) })
        groups.append(PageGroup("ledger") { LedgerPages(theme: theme).render(reader: $0) })
        groups.append(PageGroup("reports") { ReportPages(theme: theme).render(reader: $0) })
        let bulletins = BulletinPages(theme: theme)
        groups += site.bulletins.map { b in PageGroup("bulletin:" + b.slug) { bulletins.bulletin(b, reader: $0) } }
        if !site.bulletins.isEmpty { groups.append(PageGroup("bulletins:index") { [bulletins.index(reader: $0)] }) }
        groups += Self.boardGroups(site, theme: theme)
        groups += CommunityPages.groups(site: site, theme: theme)
        let checklists = ChecklistPages(theme: theme)
        groups += site.checklists.filter(\.isPublic).map { c in PageGroup("checklist:" + c.slug) { checklists.render(c, reader: $0, publicPrefix: nil) } }
        groups.append(PageGroup("checklists:index") { checklists.index(reader: $0) })
        groups.append(PageGroup("home") { [HomePage(theme: theme).render(reader: $0)] })
        groups.append(PageGroup("display") { [DisplayPage(theme: theme).render(reader: $0)] })
        groups.append(PageGroup("search") { reader in
            let env = PageEnv(reader: reader, route: .search)
            return [OutputFile(path: Route.search.file, text: theme.render("search", SearchPage(chrome: env.chrome(title: "搜索", description: "搜索通知公告、工作计划、活动、红黑榜和简报"))))]
        })
        groups.append(PageGroup("404") { [Self.notFoundPage($0, theme: theme)] })
        groups.append(PageGroup("feed") { reader in
            let env = PageEnv(reader: reader, route: .feed)
            return [Feeds(profile: reader.profile, buildDate: reader.buildDate).atom(notices: reader.notices) { env.html($0.body, file: $0.source.path) }]
        })
        groups.append(PageGroup("assets") { _ in
            theme.assets.sorted(by: { $0.key < $1.key }).map { OutputFile(path: Route.themeFile($0.key).file, text: $0.value) }
        })
        return groups
    }

    /// Each board (page and print layout), each convention (page and poster), and the boards index.
    static func boardGroups(_ site: Site, theme: Theme) -> [PageGroup] {
        let boards = BoardPages(theme: theme), conventions = ConventionPages(theme: theme)
        var groups = site.boards.map { b in PageGroup("board:" + b.slug) { boards.board(b, reader: $0) } }
        groups += site.conventions.map { c in PageGroup("convention:" + c.slug) { conventions.convention(c, reader: $0) } }
        if !site.boards.isEmpty || !site.conventions.isEmpty { groups.append(PageGroup("boards:index") { [boards.index(reader: $0)] }) }
        return groups
    }

    /// The pages of internal checklists (`公开: 否`) and the theme's assets they need, for the internal output folder;
    /// `publicPrefix` leads from that folder's root to the public one (`../public/`). Never part of `render()`.
    public func renderInternal(publicPrefix: String) -> [OutputFile] {
        let hidden = site.checklists.filter { !$0.isPublic }
        guard !hidden.isEmpty else { return [] }
        let pages = ChecklistPages(theme: theme)
        var files = hidden.flatMap { pages.render($0, reader: reader(ReadLog()), publicPrefix: publicPrefix) }
        files += theme.assets.sorted(by: { $0.key < $1.key }).map { OutputFile(path: Route.themeFile($0.key).file, text: $0.value) }
        return files.sorted { $0.path < $1.path }
    }

    /// Adds the sitemap of every page and sorts the files by path.
    private func finish(_ rendered: [OutputFile]) -> [OutputFile] {
        var files = rendered
        if let sitemap = Feeds(profile: site.profile, buildDate: site.buildDate).sitemap(pages: files.map(\.path)) { files.append(sitemap) }
        return files.sorted { $0.path < $1.path }
    }

    /// 404.html is served from any folder, so its links are absolute from the base URL's path.
    private static func notFoundPage(_ reader: SiteReader, theme: Theme) -> OutputFile {
        let env = PageEnv(reader: reader, route: .notFound)
        var chrome = env.chrome(title: "页面不存在")
        if let base = reader.profile.baseURL, let url = URL(string: base) {
            let root = url.path.hasSuffix("/") ? url.path : url.path + "/"
            chrome.root = root
            chrome.home = root
            chrome.searchHref = root + Route.search.path
            chrome.assets = root + Route.asset("").path
            chrome.nav = reader.sections.map { NavItem(label: $0.label, href: root + URLPath.encode($0.route.path), current: false, route: $0.route) }
        }
        return OutputFile(path: Route.notFound.file, text: theme.render("404", NotFoundPage(chrome: chrome)))
    }
}

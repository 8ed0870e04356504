/// Links from a checklist's pages to the site's pages. A public checklist links like any page; an internal one is
/// written to another folder, so it links to the public site by its address (`base_url`), else by a relative path
/// from the internal folder to the output folder (`../public/…`), and never the other way round.
struct ChecklistLinks {
    let env: PageEnv
    /// `../public/` from the internal folder's root to the output folder's; nil for a public checklist.
    let publicPrefix: String?

    var isInternal: Bool { publicPrefix != nil }

    /// A link to a page of the public site.
    func page(_ route: Route) -> String {
        guard let prefix = publicPrefix else { return env.link(route) }
        if let url = env.profile.absoluteURL(route.path) { return url }
        return env.route.root + prefix + URLPath.encode(URLPath.outputFile(for: route.path))
    }

    /// The address a QR code points to: the page online; nil without `base_url`.
    func online(_ route: Route) -> String? { env.profile.absoluteURL(route.path) }

    /// The page chrome; an internal page's navigation leads to the public site and it has no canonical address.
    func chrome(title: String, description: String? = nil) -> PageChrome {
        var chrome = env.chrome(title: title, description: description)
        guard isInternal else { return chrome }
        chrome.home = page(.home)
        chrome.searchHref = page(.search)
        chrome.nav = env.reader.sections.map { NavItem(label: $0.label, href: page($0.route), current: false, route: $0.route) }
        chrome.canonical = nil
        chrome.description = "内部资料，不公开发布 (internal)"
        return chrome
    }
}

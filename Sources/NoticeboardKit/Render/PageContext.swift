import Markdown

/// Builds the Mustache context every page shares: the site, navigation, the page's own path and links.
public struct PageContext: Sendable {
    public let site: Site

    /// Navigation sections of the site, in order: those with content to show.
    var sections: [(label: String, path: String)] {
        var s: [(label: String, path: String)] = [("首页", ""), ("通知公告", "notices/")]
        if !site.plans.isEmpty { s.append(("工作计划", "plans/")) }
        if !site.activities.isEmpty { s.append(("活动台账", "ledger/")) }
        if !site.honours.isEmpty { s.append(("红黑榜", "honours/")) }
        if !site.bulletins.isEmpty { s.append(("简报", "bulletins/")) }
        if !site.plans.isEmpty { s.append(("工作报告", "reports/")) }
        return s
    }

    /// Plan task references resolved to their plans, built once for every activity that names a task.
    let taskIndex: PlanTaskIndex

    public init(site: Site) {
        self.site = site
        self.taskIndex = PlanTaskIndex(site.plans)
    }

    /// The shared part of a page's context. `outputPath` is the file being written (`notices/x/index.html`).
    public func base(outputPath: String, title: String, sectionPath: String? = nil, description: String? = nil) -> [String: Any] {
        let profile = site.profile
        let root = URLPath.root(from: outputPath)
        let pagePath = outputPath.hasSuffix("index.html") ? String(outputPath.dropLast("index.html".count)) : outputPath
        var nav: [[String: Any]] = []
        for s in sections {
            nav.append(["label": s.label, "href": URLPath.link(from: outputPath, to: s.path), "current": s.path == (sectionPath ?? pagePath)])
        }
        var context: [String: Any] = [
            "root": root.isEmpty ? "./" : root,
            "assets": root + "assets/",
            "title": title,
            "pageTitle": title == profile.name ? profile.name : "\(title) - \(profile.name)",
            "lang": profile.language,
            "nav": nav,
            "site": siteContext(),
            "buildDate": site.buildDate.description,
            "buildDateChinese": site.buildDate.chinese,
            "description": description ?? "\(profile.name)居民委员会公开栏：通知公告、公示、工作计划与活动",
        ]
        if let canonical = profile.absoluteURL(pagePath) { context["canonical"] = canonical }
        return context
    }

    /// Sets `key` to a list and `hasKey` to whether it has items (Mustache cannot test a list's length).
    public static func list(_ context: inout [String: Any], _ key: String, _ items: [[String: Any]]) {
        context[key] = items
        context["has" + key.prefix(1).uppercased() + key.dropFirst()] = !items.isEmpty
    }


    public func siteContext() -> [String: Any] {
        let p = site.profile
        var c: [String: Any] = [
            "name": p.name,
            "committee": p.committee,
            "slogans": p.slogans,
            "hasSlogans": !p.slogans.isEmpty,
            "year": site.buildDate.year,
        ]
        if let v = p.streetOffice { c["streetOffice"] = v }
        if let v = p.district { c["district"] = v }
        if let v = p.contact.phone {
            c["phone"] = v
            c["phoneHref"] = "tel:" + v.filter { $0.isASCII && ($0.isNumber || $0 == "+") }
        }
        if let v = p.contact.address { c["address"] = v }
        if let v = p.contact.hours { c["hours"] = v }
        if let v = p.contact.email { c["email"] = v }
        if let v = p.baseURL { c["baseURL"] = v }
        if let v = p.population { c["population"] = v }
        if let v = p.households { c["households"] = v }
        return c
    }

    /// Renders Markdown for a page at `outputPath`: media links made relative, unsafe links dropped.
    public func html(_ body: MarkdownNode, file: String, outputPath: String) -> String {
        let media = site.media
        let root = URLPath.root(from: outputPath)
        let renderer = HTMLRenderer(allowsRawHTML: site.profile.allowsRawHTML, headingOffset: 1) { destination, isImage in
            guard URLSafety.isSafe(destination) else { return nil }
            switch MediaReference.resolve(destination, from: file, media: media) {
            case .media(let path): return root + URLPath.encode(path)
            case .external: return destination
            case .outside, .absolute: return nil
            case .missing: return isImage ? nil : destination
            }
        }
        return renderer.render(body)
    }
}

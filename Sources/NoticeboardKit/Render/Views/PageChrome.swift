/// What every page shows around its content: title, navigation, the site's name and contact, the build date.
struct PageChrome: TemplateView {
    var root: String
    /// The link to the home page (`../../index.html`).
    var home: String
    var assets: String
    /// The link to the search page.
    var searchHref: String
    /// The section's name as a search filter (`通知公告`), nil outside the sections.
    var searchSection: String?
    var title: String
    var pageTitle: String
    var lang: String
    var nav: [NavItem]
    var site: SiteView
    var buildDate: LocalDate
    var description: String
    var canonical: String?

    init(env: PageEnv, title: String, description: String?) {
        let profile = env.profile
        let root = env.route.root
        self.root = root.isEmpty ? "./" : root
        home = env.link(.home)
        assets = root + Route.asset("").path
        searchHref = env.link(.search)
        searchSection = env.route.section.flatMap { s in env.reader.sections.first { $0.route == s }?.label }
        self.title = title
        pageTitle = title == profile.name ? profile.name : "\(title) - \(profile.name)"
        lang = profile.language
        let section = env.route.section ?? env.route
        nav = env.reader.sections.map { NavItem(label: $0.label, href: env.link($0.route), current: $0.route == section, route: $0.route) }
        site = SiteView(profile: profile, year: env.today.year)
        buildDate = env.today
        self.description = description ?? "\(profile.name)居民委员会公开栏：通知公告、公示、工作计划与活动"
        canonical = profile.absoluteURL(env.route.path)
    }

    static let fields = TemplateFields<PageChrome>([
        "root": { .text($0.root) },
        "home": { .text($0.home) },
        "assets": { .text($0.assets) },
        "searchHref": { .text($0.searchHref) },
        "searchSection": { $0.searchSection.template },
        "title": { .text($0.title) },
        "pageTitle": { .text($0.pageTitle) },
        "lang": { .text($0.lang) },
        "nav": { .views($0.nav) },
        "site": { .view($0.site) },
        "buildDate": { .text($0.buildDate.description) },
        "buildDateChinese": { .text($0.buildDate.chinese) },
        "description": { .text($0.description) },
        "canonical": { $0.canonical.template },
    ])
}

/// One navigation link.
struct NavItem: TemplateView {
    var label: String
    var href: String
    var current: Bool
    /// Shown on wide screens only: 工作报告 is for the committee and inspectors, and phones keep two rows of four
    /// (the plans index links to it).
    var wideOnly = false

    init(label: String, href: String, current: Bool, route: Route? = nil) {
        self.label = label
        self.href = href
        self.current = current
        wideOnly = route == .reports
    }

    static let fields = TemplateFields<NavItem>([
        "wideOnly": { .flag($0.wideOnly) },
        "label": { .text($0.label) },
        "href": { .text($0.href) },
        "current": { .flag($0.current) },
    ])
}

/// The site's profile as pages show it (`site.name`, `site.phone` …).
struct SiteView: TemplateView {
    let profile: SiteProfile
    let year: Int

    static let fields = TemplateFields<SiteView>([
        "name": { .text($0.profile.name) },
        "committee": { .text($0.profile.committee) },
        "slogans": { .texts($0.profile.slogans) },
        "hasSlogans": { .flag(!$0.profile.slogans.isEmpty) },
        "year": { .number($0.year) },
        "streetOffice": { $0.profile.streetOffice.template },
        "district": { $0.profile.district.template },
        "phone": { $0.profile.contact.phone.template },
        "phoneHref": { v in v.profile.contact.phone.map { .text("tel:" + $0.filter { $0.isASCII && ($0.isNumber || $0 == "+") }) } },
        "address": { $0.profile.contact.address.template },
        "hours": { $0.profile.contact.hours.template },
        "email": { $0.profile.contact.email.template },
        "baseURL": { $0.profile.baseURL.template },
        "population": { $0.profile.population.template },
        "households": { $0.profile.households.template },
    ])
}

/// What a print sheet adds: the paper and the QR code to the item's page online.
struct PrintSheet: TemplateView {
    var paper: String
    var qr: String?
    var qrURL: String?
    var qrCaption: String?

    /// The sheet for the page at `page`; the QR code only when the site has a base URL.
    init(env: PageEnv, paper: String, page: Route, caption: String = "扫码查看原文") {
        self.paper = paper
        guard let url = env.profile.absoluteURL(page.path), let svg = QRCodeCache.shared.svg(for: url) else { return }
        qr = svg
        qrURL = url
        qrCaption = caption
    }

    static let fields = TemplateFields<PrintSheet>([
        "paper": { .text($0.paper) },
        "isA3": { .flag($0.paper == "A3") },
        "qr": { $0.qr.template },
        "qrURL": { $0.qrURL.template },
        "qrCaption": { $0.qrCaption.template },
    ])
}

/// Renders the home page: pinned and current notices, running publicity periods, what is coming.
struct HomePage {
    let context: PageContext
    let theme: Theme

    func render(extra: [String: Any] = [:]) -> OutputFile {
        let site = context.site
        let out = "index.html"
        var c = context.base(outputPath: out, title: site.profile.name)
        let current = site.notices(.current)
        let running = current.filter { $0.publicity?.isRunning(on: site.buildDate) == true }
        PageContext.list(&c, "pinned", current.filter(\.pinned).map { context.notice($0, from: out) })
        PageContext.list(&c, "publicityNotices", running.map { context.notice($0, from: out) })
        PageContext.list(&c, "latest", Array(current.filter { !$0.pinned && $0.publicity?.isRunning(on: site.buildDate) != true }.prefix(8).map { context.notice($0, from: out) }))
        PageContext.list(&c, "upcomingNotices", site.notices(.upcoming).map { context.notice($0, from: out) })
        c["noticesHref"] = URLPath.link(from: out, to: "notices/")
        c["feedHref"] = URLPath.link(from: out, to: "feed.xml")
        PageContext.list(&c, "upcomingActivities", site.ledger.comingUp.prefix(5).map { context.activity($0, from: out) })
        c["ledgerHref"] = URLPath.link(from: out, to: "ledger/")
        c["calendarHref"] = URLPath.link(from: out, to: "calendar.ics")
        c["isHome"] = true
        for (k, v) in extra { c[k] = v }
        return OutputFile(path: out, text: theme.render("home", c))
    }
}

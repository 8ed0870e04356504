/// Renders the briefings: the index by year, each issue with its digest, and its A4 print sheet with the red masthead.
struct BulletinPages {
    let context: PageContext
    let theme: Theme
    /// The ledger at the build date, for digests.
    let ledger: Ledger

    func render() -> [OutputFile] {
        let site = context.site
        guard !site.bulletins.isEmpty else { return [] }
        var files: [OutputFile] = []
        for b in site.bulletins {
            let out = URLPath.outputFile(for: b.path)
            let title = "\(b.title) \(b.date.year)年\(b.issueText)"
            var c = context.base(outputPath: out, title: title, sectionPath: "bulletins/", description: b.headline ?? title)
            c["bulletin"] = context.bulletin(b, from: out, ledger: ledger)
            files.append(OutputFile(path: out, text: theme.render("bulletin", c), source: b.source.path))

            let printOut = b.printPath
            var p = context.base(outputPath: printOut, title: title, sectionPath: "bulletins/")
            p["bulletin"] = context.bulletin(b, from: printOut, ledger: ledger)
            context.addPrint(&p, paper: "A4", pagePath: b.path, caption: "扫码阅读")
            files.append(OutputFile(path: printOut, text: theme.render("print/bulletin", p), source: b.source.path))
        }
        let indexOut = "bulletins/index.html"
        var index = context.base(outputPath: indexOut, title: "简报", sectionPath: "bulletins/")
        PageContext.list(&index, "years", Set(site.bulletins.map(\.date.year)).sorted(by: >).map { year -> [String: Any] in
            ["year": year, "bulletins": site.bulletins.filter { $0.date.year == year }.map { context.bulletin($0, from: indexOut, ledger: nil) }]
        })
        files.append(OutputFile(path: indexOut, text: theme.render("bulletins", index)))
        return files
    }

    /// `latestBulletin` for the home page: the newest issue.
    static func homeBlock(_ context: PageContext) -> [String: Any] {
        guard let b = context.site.bulletins.first else { return [:] }
        var c = context.bulletin(b, from: "index.html", ledger: nil)
        c["bulletinsHref"] = URLPath.link(from: "index.html", to: "bulletins/")
        c["body"] = nil
        return ["latestBulletin": c]
    }
}

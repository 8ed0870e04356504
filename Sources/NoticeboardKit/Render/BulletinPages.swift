/// Renders the briefings: the index by year, each issue with its digest, and its A4 print sheet with the red masthead.
struct BulletinPages {
    let theme: Theme

    /// A briefing's page and print sheet (their digests read the ledger, the honours and the notices).
    func bulletin(_ b: Bulletin, reader: SiteReader) -> [OutputFile] {
        let bulletin = reader.bulletin(b)
        let ledger = reader.ledger
        let title = "\(bulletin.title) \(bulletin.date.year)年\(bulletin.issueText)"
        let env = PageEnv(reader: reader, route: .bulletin(bulletin.slug))
        let page = BulletinPage(chrome: env.chrome(title: title, description: bulletin.headline ?? title),
                                bulletin: BulletinView(bulletin: bulletin, env: env, ledger: ledger))
        let printEnv = env.at(.bulletinPrint(bulletin.slug))
        let sheet = BulletinPage(chrome: printEnv.chrome(title: title), bulletin: BulletinView(bulletin: bulletin, env: printEnv, ledger: ledger),
                                 sheet: PrintSheet(env: printEnv, paper: "A4", page: .bulletin(bulletin.slug), caption: "扫码阅读"))
        return [
            OutputFile(path: env.route.file, text: theme.render("bulletin", page), source: bulletin.source.path),
            OutputFile(path: printEnv.route.file, text: theme.render("print/bulletin", sheet), source: bulletin.source.path),
        ]
    }

    /// The briefings index by year.
    func index(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .bulletins)
        let bulletins = reader.bulletins
        let years = Set(bulletins.map(\.date.year)).sorted(by: >).map { year in
            BulletinYearView(year: year, bulletins: bulletins.filter { $0.date.year == year }.map { BulletinView(bulletin: $0, env: env) })
        }
        return OutputFile(path: env.route.file, text: theme.render("bulletins", BulletinsIndexPage(chrome: env.chrome(title: "简报"), years: years)))
    }
}

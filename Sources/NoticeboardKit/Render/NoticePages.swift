/// Renders the notice pages: one page and one A4 print sheet per notice, the index of current notices, the archive.
struct NoticePages {
    let theme: Theme

    /// A notice's page and its print sheet.
    func page(_ notice: Notice, reader: SiteReader) -> [OutputFile] {
        let n = reader.notice(notice)
        let pageEnv = PageEnv(reader: reader, route: .notice(n.slug))
        let body = pageEnv.html(n.body, file: n.source.path)
        let page = NoticePage(chrome: pageEnv.chrome(title: n.title, description: String(n.body.plainText.prefix(80))),
                              notice: NoticeView(notice: n, env: pageEnv), body: body)
        let printEnv = pageEnv.at(.noticePrint(n.slug))
        // The print sheet sits in the page's folder: its links are the same, so the Markdown is rendered once.
        let sheet = NoticePage(chrome: printEnv.chrome(title: n.title), notice: NoticeView(notice: n, env: printEnv),
                               body: printEnv.route.root == pageEnv.route.root ? body : printEnv.html(n.body, file: n.source.path),
                               sheet: PrintSheet(env: printEnv, paper: "A4", page: .notice(n.slug),
                                                 caption: n.kind == .publicity ? "扫码查看公示原文" : "扫码查看原文"))
        return [
            OutputFile(path: pageEnv.route.file, text: theme.render("notice", page), source: n.source.path),
            OutputFile(path: printEnv.route.file, text: theme.render("print/notice", sheet), source: n.source.path),
        ]
    }

    /// How many current notices the index lists; older ones are on their year's page.
    static let indexLimit = 50

    /// The index of current notices.
    func index(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .notices)
        let index = reader.noticeIndex(limit: Self.indexLimit)
        let page = NoticeIndexPage(chrome: env.chrome(title: "通知公告"),
                                   pinned: index.pinned.map { NoticeView(notice: $0, env: env) },
                                   current: index.current.map { NoticeView(notice: $0, env: env) },
                                   upcoming: index.upcoming.map { NoticeView(notice: $0, env: env) },
                                   archivedCount: index.archived, archiveHref: env.link(.noticeArchive),
                                   moreCount: index.more.reduce(0) { $0 + $1.count },
                                   moreYears: index.more.map { LinkedYear(year: $0.year, href: env.link(.noticeYear($0.year))) })
        return OutputFile(path: env.route.file, text: theme.render("notices", page))
    }

    /// The archive: years with notices no longer current, each linked to its year's page.
    func archive(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .noticeArchive)
        let years = reader.noticeYears(.archived).map { ArchiveYearLink(year: $0.year, count: $0.count, href: env.link(.noticeYear($0.year))) }
        let page = NoticeArchivePage(chrome: env.chrome(title: "往期通知（归档）"), years: years)
        return OutputFile(path: env.route.file, text: theme.render("archive", page))
    }

    /// Every notice of one year, newest first (an edit re-renders only its own year's list).
    func year(_ year: Int, reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .noticeYear(year))
        let page = NoticeYearPage(chrome: env.chrome(title: "\(year)年的通知"), year: year,
                                  notices: reader.notices(ofYear: year).map { NoticeView(notice: $0, env: env) },
                                  archiveHref: env.link(.noticeArchive))
        return OutputFile(path: env.route.file, text: theme.render("archive-year", page))
    }
}

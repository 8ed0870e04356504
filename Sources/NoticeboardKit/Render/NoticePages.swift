/// Renders the notice pages: one page and one print sheet per notice, the index of current notices, the archive.
struct NoticePages {
    let context: PageContext
    let theme: Theme

    private func addPrintContext(_ p: inout [String: Any], notice n: Notice) {
        context.addPrint(&p, paper: "A4", pagePath: n.path, caption: n.kind == .publicity ? "扫码查看公示原文" : "扫码查看原文")
    }

    func render() -> [OutputFile] {
        context.site.notices.flatMap(page) + lists()
    }

    /// A notice's page and its print sheet.
    func page(_ n: Notice) -> [OutputFile] {
        var files: [OutputFile] = []
        do {
            let out = URLPath.outputFile(for: n.path)
            var c = context.base(outputPath: out, title: n.title, sectionPath: "notices/", description: String(n.body.plainText.prefix(80)))
            c["notice"] = context.notice(n, from: out)
            c["body"] = context.html(n.body, file: n.source.path, outputPath: out)
            files.append(OutputFile(path: out, text: theme.render("notice", c), source: n.source.path))

            let printOut = n.printPath
            var p = context.base(outputPath: printOut, title: n.title, sectionPath: "notices/")
            p["notice"] = context.notice(n, from: printOut)
            p["body"] = context.html(n.body, file: n.source.path, outputPath: printOut)
            addPrintContext(&p, notice: n)
            files.append(OutputFile(path: printOut, text: theme.render("print/notice", p), source: n.source.path))
        }
        return files
    }

    /// The index of current notices and the archive.
    func lists() -> [OutputFile] {
        let site = context.site
        var files: [OutputFile] = []
        let indexOut = "notices/index.html"
        var index = context.base(outputPath: indexOut, title: "通知公告", sectionPath: "notices/")
        let ordered = site.notices.filter { $0.currency(on: site.buildDate) == .current }
        PageContext.list(&index, "pinned", ordered.filter(\.pinned).map { context.notice($0, from: indexOut) })
        PageContext.list(&index, "current", ordered.filter { !$0.pinned }.map { context.notice($0, from: indexOut) })
        PageContext.list(&index, "upcoming", site.notices(.upcoming).map { context.notice($0, from: indexOut) })
        index["archivedCount"] = site.notices(.archived).count
        index["archiveHref"] = URLPath.link(from: indexOut, to: "notices/archive/")
        files.append(OutputFile(path: indexOut, text: theme.render("notices", index)))

        let archiveOut = "notices/archive/index.html"
        var archive = context.base(outputPath: archiveOut, title: "往期通知（归档）", sectionPath: "notices/")
        var years: [[String: Any]] = []
        let archived = site.notices(.archived)
        for year in Set(archived.map(\.date.year)).sorted(by: >) {
            years.append(["year": year, "notices": archived.filter { $0.date.year == year }.map { context.notice($0, from: archiveOut) }])
        }
        archive["years"] = years
        archive["empty"] = archived.isEmpty
        files.append(OutputFile(path: archiveOut, text: theme.render("archive", archive)))
        return files
    }
}

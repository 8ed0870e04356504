/// Renders a checklist's self-assessment page and its binder. Public checklists render with the site; internal ones
/// (`公开: 否`) are rendered apart by `internalFiles`, for the internal output folder.
struct ChecklistPages {
    let theme: Theme

    /// The self-assessment page and the binder of one checklist; `publicPrefix` is nil for a public checklist.
    func render(_ checklist: Checklist, reader: SiteReader, publicPrefix: String?) -> [OutputFile] {
        let site = reader.checklistSite(checklist)
        let assessment = ChecklistAssessment(checklist: checklist, site: site)
        let env = PageEnv(reader: reader, route: .checklist(checklist.slug))
        let links = ChecklistLinks(env: env, publicPrefix: publicPrefix)
        let title = "\(checklist.title) 自评"
        let page = ChecklistPage(chrome: links.chrome(title: title, description: "\(checklist.title)：各项测评内容的佐证与自评得分"),
                                 checklist: ChecklistView(assessment: assessment, links: links))
        let binderLinks = ChecklistLinks(env: env.at(.checklistBinder(checklist.slug)), publicPrefix: publicPrefix)
        let binder = BinderDocument(chrome: binderLinks.chrome(title: "\(checklist.title) 迎检台账"),
                                    binder: BinderView(assessment: assessment, layout: BinderLayout(assessment), links: binderLinks))
        return [
            OutputFile(path: env.route.file, text: theme.render("checklist", page), source: checklist.source.path),
            OutputFile(path: binderLinks.env.route.file, text: theme.render("print/binder", binder), source: checklist.source.path),
        ]
    }
}

extension ChecklistPages {
    /// The index of public checklists, or nothing when there is none.
    func index(reader: SiteReader) -> [OutputFile] {
        let lists = reader.publicChecklists
        guard !lists.isEmpty else { return [] }
        let env = PageEnv(reader: reader, route: .checklists)
        let page = ChecklistsIndexPage(chrome: env.chrome(title: "测评自评"),
                                       checklists: lists.map { ChecklistLinkView(checklist: $0, href: env.link(.checklist($0.slug))) })
        return [OutputFile(path: env.route.file, text: theme.render("checklists", page))]
    }
}

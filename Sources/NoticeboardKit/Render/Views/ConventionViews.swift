import Foundation

/// A convention for lists, its page, its poster and the display loop: title, preamble, numbered articles, signature.
struct ConventionView: TemplateView {
    let convention: Convention
    let env: PageEnv

    static let fields = TemplateFields<ConventionView>([
        "title": { .text($0.convention.title) },
        "slug": { .text($0.convention.slug) },
        "href": { .text($0.env.link(.convention($0.convention.slug))) },
        "printHref": { .text($0.env.link(.conventionPrint($0.convention.slug))) },
        "articleCount": { .number($0.convention.articles.count) },
        "articleCountChinese": { .text(ChineseNumber.text($0.convention.articles.count)) },
        "preamble": { v in v.convention.preamble.children.isEmpty ? nil : .text(v.env.html(v.convention.preamble, file: v.convention.source.path)) },
        "closing": { v in v.convention.closing.children.isEmpty ? nil : .text(v.env.html(v.convention.closing, file: v.convention.source.path)) },
        "articles": { v in .views(v.convention.articles.map { ConventionArticleView(article: $0, html: v.env.html($0.text, file: v.convention.source.path)) }) },
        "signedBy": { .text($0.convention.signedBy ?? $0.env.profile.committee) },
        "date": { $0.convention.date.map { .text($0.description) } },
        "dateChinese": { $0.convention.date.map { .text($0.chinese) } },
        "signDate": { $0.convention.date.map { .text($0.chineseNumerals) } },
        "dense": { .flag($0.convention.articles.count > 10) },
    ])
}

/// One article: `一、` and its text as HTML.
struct ConventionArticleView: TemplateView {
    let article: Convention.Article
    let html: String

    static let fields = TemplateFields<ConventionArticleView>([
        "number": { .number($0.article.number) },
        "numberChinese": { .text(ChineseNumber.text($0.article.number)) },
        "text": { .text($0.html) },
        "plain": { .text($0.article.text.plainText.trimmingCharacters(in: .whitespacesAndNewlines)) },
    ])
}

/// A convention's page and its A3 poster.
struct ConventionPage: TemplateView {
    let chrome: PageChrome
    let convention: ConventionView
    let boardsHref: String
    var sheet: PrintSheet?

    static let fields = TemplateFields<ConventionPage>([
        "convention": { .view($0.convention) },
        "boardsHref": { .text($0.boardsHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
      .adding(PrintSheet.fields) { $0.sheet }
}

/// Renders each convention: its page and its A3 poster in big type.
struct ConventionPages {
    let theme: Theme

    func convention(_ c: Convention, reader: SiteReader) -> [OutputFile] {
        _ = reader.conventions
        let env = PageEnv(reader: reader, route: .convention(c.slug))
        let page = ConventionPage(chrome: env.chrome(title: c.title, description: "\(c.title)，共\(c.articles.count)条"),
                                  convention: ConventionView(convention: c, env: env), boardsHref: env.link(.boards))
        let printEnv = env.at(.conventionPrint(c.slug))
        let poster = ConventionPage(chrome: printEnv.chrome(title: c.title), convention: ConventionView(convention: c, env: printEnv),
                                    boardsHref: printEnv.link(.boards), sheet: PrintSheet(env: printEnv, paper: "A3", page: .convention(c.slug)))
        return [
            OutputFile(path: env.route.file, text: theme.render("convention", page), source: c.source.path),
            OutputFile(path: printEnv.route.file, text: theme.render("print/convention", poster), source: c.source.path),
        ]
    }
}

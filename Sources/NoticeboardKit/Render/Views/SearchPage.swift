/// The search page: a search box that Pagefind's script fills in when the site is served over HTTP.
struct SearchPage: TemplateView {
    let chrome: PageChrome

    static let fields = TemplateFields<SearchPage>([:]).adding(PageChrome.fields) { $0.chrome }
}

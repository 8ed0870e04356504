/// Renders the plan pages: the index by year, one page per plan with its outline and targets, and an A4 print sheet.
struct PlanPages {
    let theme: Theme

    /// A plan's page (with the activities recorded against each task) and its print sheet.
    func plan(_ p: Plan, reader: SiteReader) -> [OutputFile] {
        let plan = reader.plan(p)
        let env = PageEnv(reader: reader, route: .plan(plan.slug))
        let evaluations = plan.kind.hasTasks && !plan.targets.isEmpty ? reader.evaluations(of: plan) : []
        var view = PlanView(plan: plan, env: env, activities: Self.activitiesByTask(reader.ledger))
        view.evaluations = evaluations
        let page = PlanPage(chrome: env.chrome(title: plan.title, description: "\(plan.year)年 \(plan.title)"), plan: view)
        let printEnv = env.at(.planPrint(plan.slug))
        let sheet = PlanPage(chrome: printEnv.chrome(title: plan.title), plan: PlanView(plan: plan, env: printEnv, activities: nil),
                             sheet: PrintSheet(env: printEnv, paper: "A4", page: .plan(plan.slug), caption: "扫码查看计划全文"))
        return [
            OutputFile(path: env.route.file, text: theme.render("plan", page), source: plan.source.path),
            OutputFile(path: printEnv.route.file, text: theme.render("print/plan", sheet), source: plan.source.path),
            OutputFile(path: Route.planJSON(plan.slug).file, text: PlanJSON.document(plan: plan, evaluations: evaluations, buildDate: reader.buildDate),
                       source: plan.source.path),
        ]
    }

    /// The plans index by year.
    func index(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .plans)
        let all = reader.plans
        let plans = all.filter { $0.kind.hasTasks }
        let years = Set(plans.map(\.year)).sorted(by: >).map { year in
            PlanYearView(year: year, plans: plans.filter { $0.year == year }.map { PlanSummaryView(plan: $0, env: env) })
        }
        // Summaries (总结) and reports (汇报) are listed apart, newest first.
        let summaries = all.filter { !$0.kind.hasTasks }.sorted { ($1.year, $0.title) < ($0.year, $1.title) }
        return OutputFile(path: env.route.file, text: theme.render("plans", PlansIndexPage(chrome: env.chrome(title: "工作计划"), years: years,
                                                                                             summaries: summaries.map { PlanSummaryView(plan: $0, env: env) },
                                                                                             reportsHref: all.isEmpty ? nil : env.link(.reports))))
    }

    /// Activities listed under each plan task (`slug#3.1`), oldest first; nil when the ledger is empty.
    static func activitiesByTask(_ ledger: Ledger) -> [String: [Activity]]? {
        guard !ledger.activities.isEmpty else { return nil }
        var byTask: [String: [Activity]] = [:]
        for a in ledger.activities {
            for reference in Set(a.tasks) { byTask[reference, default: []].append(a) }
        }
        return byTask.mapValues { $0.sorted { ($0.date, $0.id) < ($1.date, $1.id) } }
    }
}

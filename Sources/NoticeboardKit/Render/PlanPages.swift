/// Renders the plan pages: the index by year, one page per plan with its outline and targets, and an A4 print sheet.
struct PlanPages {
    let context: PageContext
    let theme: Theme
    /// Activities per task reference (`2026-civilised#3.1.2`), each a context with `title`, `date`, `href` …;
    /// nil leaves the activity lists off the page, an empty list shows "暂无活动记录".
    var activities: [String: [[String: Any]]]? = nil

    func render() -> [OutputFile] {
        let site = context.site
        var files: [OutputFile] = []
        for p in site.plans {
            let out = URLPath.outputFile(for: p.path)
            var c = context.base(outputPath: out, title: p.title, sectionPath: "plans/", description: "\(p.year)年 \(p.title)")
            c["plan"] = context.plan(p, from: out, activities: activities)
            files.append(OutputFile(path: out, text: theme.render("plan", c), source: p.source.path))

            let printOut = p.printPath
            var sheet = context.base(outputPath: printOut, title: p.title, sectionPath: "plans/")
            sheet["plan"] = context.plan(p, from: printOut, activities: nil)
            context.addPrint(&sheet, paper: "A4", pagePath: p.path, caption: "扫码查看计划全文")
            files.append(OutputFile(path: printOut, text: theme.render("print/plan", sheet), source: p.source.path))
        }
        let indexOut = "plans/index.html"
        var index = context.base(outputPath: indexOut, title: "工作计划", sectionPath: "plans/")
        var years: [[String: Any]] = []
        let plans = site.plans.filter { $0.kind.hasTasks }
        for year in Set(plans.map(\.year)).sorted(by: >) {
            years.append(["year": year, "plans": plans.filter { $0.year == year }.map { context.planSummary($0, from: indexOut) }])
        }
        PageContext.list(&index, "years", years)
        // Summaries (总结) and reports (汇报) are listed apart, newest first.
        let summaries = site.plans.filter { !$0.kind.hasTasks }.sorted { ($1.year, $0.title) < ($0.year, $1.title) }
        PageContext.list(&index, "summaries", summaries.map { context.planSummary($0, from: indexOut) })
        files.append(OutputFile(path: indexOut, text: theme.render("plans", index)))
        return files
    }
}

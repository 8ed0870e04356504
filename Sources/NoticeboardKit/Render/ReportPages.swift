/// Renders the progress reports: an index of years, one report per plan year, and its A4 print sheet.
struct ReportPages {
    let context: PageContext
    let theme: Theme
    /// The ledger at the build date, built once for all reports.
    let ledger: Ledger

    func render() -> [OutputFile] {
        let site = context.site
        let years = YearReport.years(site)
        guard !years.isEmpty else { return [] }
        var files: [OutputFile] = []
        for year in years {
            let report = YearReport(site: site, ledger: ledger, year: year)
            let title = "\(year)年度工作进展报告"
            let out = URLPath.outputFile(for: report.path)
            var c = context.base(outputPath: out, title: title, sectionPath: "reports/", description: "\(year)年计划目标完成情况、活动统计")
            c["report"] = context.yearReport(report, from: out)
            files.append(OutputFile(path: out, text: theme.render("report", c)))

            let printOut = report.printPath
            var p = context.base(outputPath: printOut, title: title, sectionPath: "reports/")
            p["report"] = context.yearReport(report, from: printOut)
            context.addPrint(&p, paper: "A4", pagePath: report.path, caption: "扫码查看报告和活动记录")
            files.append(OutputFile(path: printOut, text: theme.render("print/report", p)))
        }
        let indexOut = "reports/index.html"
        var index = context.base(outputPath: indexOut, title: "工作报告", sectionPath: "reports/")
        PageContext.list(&index, "years", years.map { year -> [String: Any] in
            let r = YearReport(site: site, ledger: ledger, year: year)
            return ["year": year, "href": URLPath.link(from: indexOut, to: r.path), "metCount": r.count(.met), "onTrackCount": r.count(.onTrack),
                    "behindCount": r.count(.behind), "targetCount": r.evaluations.count, "plans": r.plans.map(\.title).joined(separator: "、")]
        })
        files.append(OutputFile(path: indexOut, text: theme.render("reports", index)))
        return files
    }
}

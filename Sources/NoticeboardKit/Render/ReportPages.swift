/// Renders the progress reports: an index of years, one report per plan year, and its A4 print sheet.
struct ReportPages {
    let theme: Theme

    func render(reader: SiteReader) -> [OutputFile] {
        let site = reader.reportSite
        let years = YearReport.years(site)
        guard !years.isEmpty else { return [] }
        var files: [OutputFile] = []
        let reports = years.map { YearReport(site: site, ledger: site.ledger, year: $0) }
        for report in reports {
            let title = "\(report.year)年度工作进展报告"
            let env = PageEnv(reader: reader, route: .report(report.year))
            let page = ReportPage(chrome: env.chrome(title: title, description: "\(report.year)年计划目标完成情况、活动统计"),
                                  report: YearReportView(report: report, env: env))
            files.append(OutputFile(path: env.route.file, text: theme.render("report", page)))
            let printEnv = env.at(.reportPrint(report.year))
            let sheet = ReportPage(chrome: printEnv.chrome(title: title), report: YearReportView(report: report, env: printEnv),
                                   sheet: PrintSheet(env: printEnv, paper: "A4", page: .report(report.year), caption: "扫码查看报告和活动记录"))
            files.append(OutputFile(path: printEnv.route.file, text: theme.render("print/report", sheet)))
        }
        let env = PageEnv(reader: reader, route: .reports)
        let index = ReportsIndexPage(chrome: env.chrome(title: "工作报告"),
                                     years: reports.map { ReportYearRow(report: $0, href: env.link(.report($0.year))) })
        files.append(OutputFile(path: env.route.file, text: theme.render("reports", index)))
        return files
    }
}

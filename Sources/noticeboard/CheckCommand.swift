import ArgumentParser
import NoticeboardKit

/// `noticeboard check`: everything a build does except writing; exit 1 on any error.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "检查内容，不写文件 (check without writing)")

    @OptionGroup var site: SiteOptions

    func run() throws {
        var options = BuildOptions(siteRoot: site.source, outputRoot: "", date: site.dateSource, writesOutput: false)
        options.templateEngine = site.engine
        let result = BuildPipeline(options: options).run()
        try report(result, format: site.diagnosticFormat, summary: result.checkSummary)
    }
}

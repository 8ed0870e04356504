import ArgumentParser
import NoticeboardKit

/// `noticeboard build`: checks the site and writes it into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "构建网站到输出文件夹 (build the site)")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "输出文件夹 (output folder)")
    var output: String = "public"

    @Option(name: .customLong("internal-output"), help: "内部文件夹：不公开的测评自评和迎检台账写到这里，默认为输出文件夹旁边的 internal/，不能在输出文件夹里面 (internal folder)")
    var internalOutput: String?

    @Option(name: .customLong("base-url"), help: "网站地址，覆盖 site.yaml 的 base_url (base URL)")
    var baseURL: String?

    @Flag(name: .long, help: "包括草稿 (include drafts)")
    var drafts = false

    func run() throws {
        var options = BuildOptions(siteRoot: site.source, outputRoot: output, date: site.dateSource, baseURL: baseURL, includeDrafts: drafts, writesOutput: true)
        options.templateEngine = site.engine
        options.internalRoot = internalOutput
        let result = BuildPipeline(options: options).run()
        if result.errorCount == 0, let written = result.report, !SearchIndex.isCurrent(outputRoot: output, report: written) {
            // Search is optional: a site without Pagefind builds, and its search page says search is unavailable.
            switch SearchIndex.build(outputRoot: output) {
            case .indexed(let pages): BuildLog.standardError.emit("search  Pagefind indexed \(pages) pages")
            case .notInstalled: BuildLog.standardError.emit("search  Pagefind is not installed: no search index (pip install 'pagefind[extended]')")
            case .failed(let message): BuildLog.standardError.emit("search  Pagefind failed, no search index: \(message)")
            }
        }
        try report(result, format: site.diagnosticFormat)
    }
}

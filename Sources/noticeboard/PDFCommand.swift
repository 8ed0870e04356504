import ArgumentParser
import Foundation
import NoticeboardKit

/// `noticeboard pdf`: builds the site, then prints every print sheet (or the named ones) to PDF with headless Chromium.
struct PDFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pdf",
        abstract: "用无头 Chromium 把打印版导出为 PDF (print the print sheets to PDF)")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "网站输出文件夹 (site output folder)")
    var output: String = "public"

    @Option(name: .customLong("pdf-output"), help: "PDF 输出文件夹 (PDF folder)")
    var pdfOutput: String = "pdf"

    @Option(name: .customLong("internal-output"), help: "内部文件夹（默认为输出文件夹旁边的 internal/）；其中的迎检台账导出到 PDF 文件夹的 internal/ 下 (internal folder)")
    var internalOutput: String?

    @Flag(name: .long, help: "改为导出 PNG 分享图（约 1080 像素宽）：每个通知、榜单和简报一张，便于转发到微信群 (PNG share images instead of PDFs)")
    var png = false

    @Argument(help: "只导出路径中含这些文字的打印件，例如 notices/停水通知 (only sheets whose path contains these)")
    var items: [String] = []

    func run() throws {
        var options = BuildOptions(siteRoot: site.source, outputRoot: output, date: site.dateSource, writesOutput: true)
        options.internalRoot = internalOutput
        let result = BuildPipeline(options: options).run()
        try report(result, format: site.diagnosticFormat)
        guard ChromiumSession.findBrowser() != nil else {
            FileHandle.standardError.write(Data((ChromiumSession.Failure.notInstalled.description + "\n").utf8))
            throw ExitCode(1)
        }
        do {
            let export = try PDFExport(outputRoot: output, pdfRoot: pdfOutput, format: png ? .png : .pdf).run(only: items)
            for name in export.printed { print(pdfOutput + "/" + name) }
            var printed = export.printed.count, unchanged = export.unchanged.count
            // Binders of internal checklists: printed from the internal folder into pdf/internal/, never beside public ones.
            let internalRoot = options.resolvedInternalRoot
            if !png, FileManager.default.fileExists(atPath: internalRoot + "/checklists") {
                let hidden = try PDFExport(outputRoot: internalRoot, pdfRoot: pdfOutput + "/internal").run(only: items)
                for name in hidden.printed { print(pdfOutput + "/internal/" + name) }
                printed += hidden.printed.count
                unchanged += hidden.unchanged.count
            }
            FileHandle.standardError.write(Data(String(format: png ? "PNG: %d made, %d unchanged, %.1f s\n" : "PDF: %d printed, %d unchanged, %.1f s\n", printed, unchanged, export.seconds).utf8))
        } catch {
            FileHandle.standardError.write(Data("pdf: error: \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

import ArgumentParser
import NoticeboardKit

/// Options every command that reads a site shares: where it is and which day to build for.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "站点文件夹（含 content/）(site folder)")
    var source: String = "."

    @Option(name: .long, help: "构建日期 YYYY-MM-DD；默认取 SOURCE_DATE_EPOCH，否则今天 (build date)")
    var date: String?

    @Option(name: .long, help: "诊断输出格式：text、github、json (diagnostics format)")
    var format: String = "text"

    /// For measuring: render the built-in theme through swift-mustache instead of the compiled renderer.
    @Option(name: .long, help: .hidden)
    var templateEngine: String?

    func validate() throws {
        if let date, case .failure = LocalDate.parse(date) {
            throw ValidationError("--date 应为存在的日期，如 2026-11-20 (got '\(date)')")
        }
        if let templateEngine, !["compiled", "mustache"].contains(templateEngine) {
            throw ValidationError("--template-engine 只能是 compiled 或 mustache (got '\(templateEngine)')")
        }
        if DiagnosticFormat(rawValue: format) == nil {
            throw ValidationError("--format 只能是 text、github 或 json (got '\(format)')")
        }
    }

    var dateSource: BuildDateSource {
        let explicit = date.flatMap { try? LocalDate.parse($0).get() }
        return BuildDateSource.from(option: explicit, environment: ProcessInfo.processInfo.environment)
    }

    /// The renderer asked for with `--template-engine`, if any.
    var engine: TemplateEngine? { templateEngine.map { $0 == "mustache" ? .mustache : .compiled } }

    var diagnosticFormat: DiagnosticFormat { DiagnosticFormat(rawValue: format) ?? .text }
}

import Foundation

/// Prints diagnostics on stderr (text) or stdout (github, json) and turns the result into the exit code.
func report(_ result: BuildResult, format: DiagnosticFormat, summary: String? = nil) throws {
    let text = format.render(result.diagnostics)
    if format == .text {
        FileHandle.standardError.write(Data(text.utf8))
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
    FileHandle.standardError.write(Data(((summary ?? result.summary) + "\n").utf8))
    if result.exitCode != 0 { throw ExitCode(result.exitCode) }
}

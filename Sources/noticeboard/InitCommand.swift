import ArgumentParser
import Foundation
import NoticeboardKit

/// `noticeboard init DIR --name 社区名`: creates a site that builds at once, with examples and CI workflows.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "新建一个网站文件夹 (create a new site)")

    @Argument(help: "新网站的文件夹，可以已存在但不能有同名文件 (folder of the new site)")
    var directory: String

    @Option(name: .long, help: "社区名称，如 某某社区 (community name)")
    var name: String

    @Option(name: .customLong("base-url"), help: "网站地址，写入 site.yaml (base URL)")
    var baseURL: String?

    @Flag(name: .customLong("with-templates"), help: "把内置主题复制到 templates/ 以便修改 (copy the built-in theme)")
    var withTemplates = false

    @Option(name: .customLong("tool-repository"), help: "CI 下载 Noticeboard 源代码的 git 地址；默认取环境变量 NOTICEBOARD_REPOSITORY (tool's git URL for CI)")
    var toolRepository: String?

    @Option(name: .long, help: "示例文件的日期 YYYY-MM-DD；默认取 SOURCE_DATE_EPOCH，否则今天 (date of the examples)")
    var date: String?

    func validate() throws {
        if let date, case .failure = LocalDate.parse(date) {
            throw ValidationError("--date 应为存在的日期，如 2026-11-20 (got '\(date)')")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let today = BuildDateSource.from(option: date.flatMap { try? LocalDate.parse($0).get() }, environment: environment)
            .resolve(in: TimeZone(identifier: "Asia/Shanghai")!)
        let scaffold = SiteScaffold(name: name, baseURL: baseURL, withTemplates: withTemplates, date: today,
                                    toolRepository: toolRepository ?? environment["NOTICEBOARD_REPOSITORY"] ?? "")
        do {
            let files = try scaffold.write(into: directory)
            print("已建立网站 \(directory)，共 \(files.count) 个文件 (created \(files.count) files)")
            print("下一步：cd \(directory) && noticeboard build，然后打开 public/index.html")
            if scaffold.toolRepository.isEmpty {
                print("CI：请在 .github/workflows/noticeboard.yml 或 .gitlab-ci.yml 里填写 NOTICEBOARD_REPOSITORY")
            }
        } catch let error as ScaffoldError {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(1)
        }
    }
}

import ArgumentParser
import Foundation
import NoticeboardKit

/// The `noticeboard` command: builds a residents' committee's public noticeboard from plain files.
@main
struct NoticeboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "noticeboard",
        abstract: "把居委会的文件变成公开栏网站、打印件和显示屏轮播 (build a community noticeboard)",
        version: NoticeboardVersion.current,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, PDFCommand.self, InitCommand.self, NewCommand.self, ConvertCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// Exit codes: 0 success, 1 content errors, 2 usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if code == .validationFailure { Foundation.exit(2) }
            Foundation.exit(code.rawValue)
        }
    }
}

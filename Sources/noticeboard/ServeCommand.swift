import ArgumentParser
import Foundation
import NoticeboardKit
import NoticeboardServe

/// `noticeboard serve`: a live preview that rebuilds on every change and reloads open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "本地预览，修改后自动刷新 (live preview)")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "监听地址 (address to listen on)")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "端口 (port)")
    var port: UInt16 = 1313

    @Flag(name: .long, help: "包括草稿 (include drafts)")
    var drafts = false

    func run() throws {
        let options = BuildOptions(siteRoot: site.source, date: site.dateSource, includeDrafts: drafts, writesOutput: false)
        let server = PreviewServer(options: options)
        let done = DispatchSemaphore(value: 0)
        let failure = LockedError()
        Task.detached {
            do { try await server.run(host: host, port: port) } catch { failure.set(error) }
            done.signal()
        }
        done.wait()
        if let error = failure.get() {
            FileHandle.standardError.write(Data("无法启动预览 (cannot serve): \(error)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// An error handed from the server task to the command.
final class LockedError: @unchecked Sendable {
    private let lock = NSLock()
    private var error: Error?
    func set(_ e: Error) { lock.withLock { error = e } }
    func get() -> Error? { lock.withLock { error } }
}

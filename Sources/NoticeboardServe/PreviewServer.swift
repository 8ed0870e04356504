import FlyingFox
import FlyingSocks
import Foundation
import NoticeboardKit

/// `noticeboard serve`: serves the last good build from memory, rebuilds on changes and reloads open pages.
public final class PreviewServer: Sendable {
    public let state = PreviewState()
    let options: BuildOptions
    let cache = RenderCache()
    let log: @Sendable (String) -> Void

    public init(options: BuildOptions, log: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        var o = options
        o.writesOutput = false
        o.parseMemo = ParseMemo()
        self.options = o
        self.log = log
    }

    /// Builds the site into memory and publishes the result; returns it for the caller's summary.
    @discardableResult
    public func rebuild() -> BuildResult {
        let steps = StepLines()
        let result = BuildPipeline(options: options, log: BuildLog { steps.add($0) }, cache: cache).run()
        state.update(result)
        for d in result.diagnostics where d.severity == .error { log(d.description) }
        if result.errorCount > 0 {
            log(String(format: "构建失败，仍显示上次成功的版本 (build failed; serving the last good build) %.0f ms", result.seconds * 1000))
        } else {
            log(String(format: "已更新 (rebuilt): %d files, %d groups re-rendered, %d reused, %.0f ms",
                       result.files.count, cache.rendered, cache.reused, result.seconds * 1000) + " — " + steps.joined)
        }
        return result
    }

    /// The response to a GET of `rawPath` (percent-encoded, as sent by the client).
    public func respond(rawPath: String) -> HTTPResponse {
        if rawPath == LiveReload.eventsPath || rawPath.hasPrefix(LiveReload.eventsPath + "?") {
            return HTTPResponse(statusCode: .ok,
                                headers: [.contentType: "text/event-stream; charset=utf-8", HTTPHeader("Cache-Control"): "no-cache"],
                                body: HTTPBodySequence(from: EventStream(state: state)))
        }
        switch PreviewPath.resolve(rawPath, exists: state.exists) {
        case .file(let path):
            guard var bytes = state.file(path) else { return notFound() }
            let type = PreviewPath.contentType(of: path)
            if type.hasPrefix("text/html") { bytes = LiveReload.inject(into: bytes, version: state.version) }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type, HTTPHeader("Cache-Control"): "no-store"], body: Data(bytes))
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: [.location: location, .contentType: "text/plain; charset=utf-8"],
                                body: Data("→ \(location)\n".utf8))
        case .forbidden:
            return HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("403 禁止访问 (forbidden)\n".utf8))
        case .notFound:
            return notFound()
        }
    }

    private func notFound() -> HTTPResponse {
        let page = state.file(Route.notFound.file) ?? Array("<!doctype html><meta charset=utf-8><title>404</title><body><h1>404 页面不存在</h1></body>".utf8)
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8", HTTPHeader("Cache-Control"): "no-store"],
                            body: Data(LiveReload.inject(into: page, version: state.version)))
    }

    /// Serves on `host:port` (IPv4 or IPv6 literal) until the task is cancelled, watching the site for changes.
    public func run(host: String, port: UInt16) async throws {
        rebuild()
        let server = host.contains(":")
            ? HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: port), timeout: 3600, logger: .disabled)
            : HTTPServer(address: try sockaddr_in.inet(ip4: host, port: port), timeout: 3600, logger: .disabled)
        await server.appendRoute("GET *") { [self] request in
            self.respond(rawPath: request.target.path(percentEncoded: true))
        }
        await server.appendRoute("HEAD *") { [self] request in
            var r = self.respond(rawPath: request.target.path(percentEncoded: true))
            if r.headers[.contentType]?.hasPrefix("text/event-stream") == true { r = HTTPResponse(statusCode: .ok) }
            return r
        }
        let watcher = SiteWatcher(siteRoot: options.siteRoot)
        let watch = Task.detached { [self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 300_000_000)
                if watcher.changed() { self.rebuild() }
            }
        }
        defer { watch.cancel() }
        log("预览 (serving) http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ — Ctrl-C 停止 (stop)")
        try await server.run()
    }
}

/// The step lines of one build, printed on one line after it.
final class StepLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line.replacingOccurrences(of: "  ", with: " ")) } }
    var joined: String { lock.withLock { lines.joined(separator: ", ") } }
}

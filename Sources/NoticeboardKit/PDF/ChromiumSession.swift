import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One headless Chromium process driven over its DevTools pipe (`--remote-debugging-pipe`: commands on fd 3,
/// replies on fd 4, NUL-terminated JSON), so many pages print without starting Chromium again for each.
public final class ChromiumSession {
    /// Why printing could not happen.
    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case startFailed(String)
        case protocolError(String)
        case timeout(String)

        public var description: String {
            switch self {
            case .notInstalled:
                return "没有找到 Chromium。安装方法（Debian/Ubuntu）：apt-get install chromium fonts-noto-cjk (Chromium is not installed: apt-get install chromium fonts-noto-cjk)"
            case .startFailed(let s): return "Chromium 启动失败 (could not start Chromium): \(s)"
            case .protocolError(let s): return "Chromium 返回错误 (DevTools error): \(s)"
            case .timeout(let s): return "Chromium 超时 (timed out): \(s)"
            }
        }
    }

    private let pid: pid_t
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private var buffer: [UInt8] = []
    private var nextID = 1
    private var sessionID = ""
    private let profile: String

    /// The Chromium binary on PATH (`chromium`, `chromium-browser`, `google-chrome`), or nil.
    public static func findBrowser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["NOTICEBOARD_CHROMIUM"], FileManager.default.isExecutableFile(atPath: explicit) { return explicit }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        return nil
    }

    public init(browser: String? = ChromiumSession.findBrowser()) throws {
        guard let browser else { throw Failure.notInstalled }
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-chromium-\(getpid())-\(UUID().uuidString)").path
        var commandPipe: [Int32] = [0, 0]
        var replyPipe: [Int32] = [0, 0]
        guard pipe(&commandPipe) == 0, pipe(&replyPipe) == 0 else { throw Failure.startFailed("pipe") }
        // Move all four ends above fd 10 (close-on-exec) so the dup2 onto 3 and 4 cannot clobber one another.
        for i in 0..<2 {
            let c = fcntl(commandPipe[i], F_DUPFD_CLOEXEC, 10); close(commandPipe[i]); commandPipe[i] = c
            let r = fcntl(replyPipe[i], F_DUPFD_CLOEXEC, 10); close(replyPipe[i]); replyPipe[i] = r
        }
        // Not `--no-pdf-header-footer`: with the DevTools pipe it crashes the renderer (Chromium 156); printToPDF's
        // displayHeaderFooter=false does the same job.
        let args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                    "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                    "--user-data-dir=\(profile)", "--remote-debugging-pipe", "about:blank"]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, commandPipe[0], 3)
        posix_spawn_file_actions_adddup2(&actions, replyPipe[1], 4)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let log = ProcessInfo.processInfo.environment["NOTICEBOARD_CHROMIUM_LOG"] ?? "/dev/null"
        posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        var cArgs = args.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        // Chromium's renderers need a clean signal mask and default handlers, whatever this process set.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var child: pid_t = 0
        let status = posix_spawn(&child, browser, &actions, &attributes, &cArgs, environ)
        close(commandPipe[0])
        close(replyPipe[1])
        guard status == 0 else {
            close(commandPipe[1]); close(replyPipe[0])
            throw Failure.startFailed(String(cString: strerror(status)))
        }
        pid = child
        toBrowser = commandPipe[1]
        fromBrowser = replyPipe[0]
        let target = try call("Target.createTarget", ["url": "about:blank"], session: false)
        guard let targetID = target["targetId"] as? String else { throw Failure.protocolError("no targetId") }
        let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true], session: false)
        guard let session = attached["sessionId"] as? String else { throw Failure.protocolError("no sessionId") }
        sessionID = session
        _ = try call("Page.enable", [:])
    }

    deinit {
        close(toBrowser)
        close(fromBrowser)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(atPath: profile)
    }

    /// Opens `fileURL`, waits for it to load, and returns it printed as PDF at the page's own `@page` size.
    /// With `outline`, the PDF is tagged and gets bookmarks from the headings (`generateDocumentOutline`, Chromium ≥ 122).
    public func printPDF(_ fileURL: URL, outline: Bool = false) throws -> Data {
        _ = try call("Page.navigate", ["url": fileURL.absoluteString])
        try waitForEvent("Page.loadEventFired", timeout: 30)
        var params: [String: Any] = ["preferCSSPageSize": true, "printBackground": true, "displayHeaderFooter": false]
        if outline {
            params["generateTaggedPDF"] = true
            params["generateDocumentOutline"] = true
        }
        let result = try call("Page.printToPDF", params, timeout: 120)
        guard let base64 = result["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw Failure.protocolError("printToPDF returned no data")
        }
        return data
    }

    /// Opens `fileURL` on a screen `cssWidth` CSS pixels wide and returns the whole page as a PNG `pixelWidth` pixels
    /// wide (the print sheet as it shows on screen: the paper with its margins), for sharing in WeChat groups.
    public func screenshotPNG(_ fileURL: URL, cssWidth: Int, pixelWidth: Int) throws -> Data {
        let scale = Double(pixelWidth) / Double(cssWidth)
        _ = try call("Emulation.setDeviceMetricsOverride", ["width": cssWidth, "height": 400, "deviceScaleFactor": scale, "mobile": false])
        defer { _ = try? call("Emulation.clearDeviceMetricsOverride", [:]) }
        _ = try call("Page.navigate", ["url": fileURL.absoluteString])
        try waitForEvent("Page.loadEventFired", timeout: 30)
        _ = try call("Runtime.evaluate", ["expression": "document.fonts.ready.then(() => true)", "awaitPromise": true], timeout: 30)
        // The paper and the margin below it: the page's own height, not the window's.
        let measured = try call("Runtime.evaluate", ["expression": "Math.ceil(document.body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(document.body).marginBottom))", "returnByValue": true])
        let value = (measured["result"] as? [String: Any])?["value"]
        let height = min(max((value as? Double) ?? Double((value as? Int) ?? 1200), 100), 20000)
        let shot = try call("Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true, "fromSurface": true,
                                                      "clip": ["x": 0, "y": 0, "width": cssWidth, "height": height, "scale": 1]], timeout: 60)
        guard let base64 = shot["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw Failure.protocolError("captureScreenshot returned no data")
        }
        return data
    }

    private func send(_ message: [String: Any]) throws {
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(toBrowser, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { throw Failure.protocolError("pipe closed") }
                offset += n
            }
        }
    }

    private func call(_ method: String, _ params: [String: Any], session: Bool = true, timeout: Double = 30) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if session { message["sessionId"] = sessionID }
        try send(message)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let reply = try readMessage(deadline: deadline, waitingFor: method)
            guard reply["id"] as? Int == id else { pendingEvents.append(reply); continue }
            if let error = reply["error"] as? [String: Any] {
                throw Failure.protocolError("\(method): \(error["message"] ?? error)")
            }
            return reply["result"] as? [String: Any] ?? [:]
        }
    }

    private var pendingEvents: [[String: Any]] = []

    private func waitForEvent(_ name: String, timeout: Double) throws {
        if let i = pendingEvents.firstIndex(where: { $0["method"] as? String == name }) {
            pendingEvents.removeSubrange(...i)
            return
        }
        pendingEvents.removeAll()
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try readMessage(deadline: deadline, waitingFor: name)
            if message["method"] as? String == name { return }
        }
    }

    private func readMessage(deadline: Date, waitingFor what: String) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let data = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                if ProcessInfo.processInfo.environment["NOTICEBOARD_CDP_DEBUG"] != nil { FileHandle.standardError.write(data.prefix(300) + Data("\n".utf8)) }
                guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { continue }
                return object
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Failure.timeout(what) }
            var poller = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 5) * 1000))
            if ready < 0 { throw Failure.protocolError("poll failed") }
            if ready == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let n = Glibc.read(fromBrowser, &chunk, chunk.count)
            if n <= 0 { throw Failure.protocolError("Chromium closed the pipe while waiting for \(what)") }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }
}

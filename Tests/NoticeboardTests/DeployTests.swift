import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import NoticeboardKit

/// Serves the built demo with a real nginx on loopback, using the server block from `docs/deploy.md` as it is written.
@Suite("Deploy with nginx")
struct DeployTests {
    /// The first ```nginx block of docs/deploy.md with `listen` and `root` pointed at the test's port and folder.
    static func serverBlock(port: Int, root: String) throws -> String {
        let doc = try String(contentsOfFile: repositoryRoot + "/docs/deploy.md", encoding: .utf8)
        let start = try #require(doc.range(of: "```nginx\n"))
        let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
        var lines: [String] = []
        for line in doc[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("listen [::]") { continue }
            if trimmed.hasPrefix("listen ") { lines.append("    listen 127.0.0.1:\(port);"); continue }
            if trimmed.hasPrefix("root ") { lines.append("    root \(root);"); continue }
            lines.append(String(line))
        }
        #expect(lines.contains("    listen 127.0.0.1:\(port);") && lines.contains("    root \(root);"), "deploy.md's server block lost its listen or root line")
        return lines.joined(separator: "\n")
    }

    /// A loopback port nobody listens on right now.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        try #require(bound, "no free port")
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// nginx from PATH or Debian's location; the test fails (does not skip) without it.
    static var nginx: String? {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/nginx" } + ["/usr/sbin/nginx"]
        return path.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func get(_ url: String) async throws -> Response {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.setValue("gzip", forHTTPHeaderField: "Accept-Encoding")
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
        return Response(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    @Test func nginxServesTheDemoWithUTF8AndTheSites404Page() async throws {
        let nginx = try #require(Self.nginx, "nginx is not installed: run scripts/install-dependencies --test (installs nginx-light)")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("nb-nginx-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: work) }
        try FileManager.default.createDirectory(atPath: work + "/site", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: work + "/site/content")
        let options = BuildOptions(siteRoot: work + "/site", outputRoot: work + "/public", date: .explicit(try LocalDate.parse("2026-11-20").get()))
        let build = BuildPipeline(options: options, log: .silent).run()
        try #require(build.errorCount == 0, "\(build.diagnostics.map(\.description))")
        // nginx's workers may run as another user: let them read the output.
        for path in [work, work + "/public"] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }

        let port = try Self.freePort()
        let config = """
            worker_processes 1;
            pid \(work)/nginx.pid;
            error_log \(work)/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path \(work)/body;
                proxy_temp_path \(work)/proxy;
            \(try Self.serverBlock(port: port, root: work + "/public"))
            }

            """
        try config.write(toFile: work + "/nginx.conf", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nginx)
        process.arguments = ["-p", work, "-c", work + "/nginx.conf", "-g", "daemon off;"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }

        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<50 where process.isRunning {
            if (try? await Self.get(base + "/")) != nil { ready = true; break }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        let log = (try? String(contentsOfFile: work + "/error.log", encoding: .utf8)) ?? ""
        try #require(ready, "nginx did not start: \(log)")

        // A Chinese page by its percent-encoded address.
        let path = "/notices/" + "冬季用火用电安全提示".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)! + "/"
        #expect(path.hasPrefix("/notices/%E5%86%AC"))
        let page = try await Self.get(base + path)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("用火用电"))
        #expect(page.headers["cache-control"] == "no-cache")

        // CSS: charset, a day of caching, gzip.
        let css = try await Self.get(base + "/assets/screen.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.headers["cache-control"]?.contains("max-age=86400") == true)
        #expect(css.headers["content-encoding"] == "gzip", "\(css.headers)")

        // An unknown address: status 404 with the site's own 404 page; the build's manifest is hidden.
        let missing = try await Self.get(base + "/notices/" + "没有这个通知".addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)! + "/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("页面不存在") && missing.body.contains("长青社区"))
        #expect(try await Self.get(base + "/.noticeboard-manifest").status == 404)
        #expect(try await Self.get(base + "/.noticeboard-state").status == 404)

        process.terminate()
        process.waitUntilExit()
        #expect(!process.isRunning)
    }
}

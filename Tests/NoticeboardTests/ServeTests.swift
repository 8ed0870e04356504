import Foundation
import Testing
@testable import NoticeboardKit
@testable import NoticeboardServe

/// `noticeboard serve`: what a browser gets for folder URLs, Chinese paths, traversal attempts and file types.
@Suite("Live preview")
struct ServeTests {
    static let built: Set<String> = ["index.html", "notices/index.html", "notices/停水通知/index.html", "assets/screen.css", "feed.xml", "calendar.ics"]
    func resolve(_ raw: String) -> PreviewPath { PreviewPath.resolve(raw) { Self.built.contains($0) } }

    @Test func folderURLsServeIndexAndRedirectWithoutSlash() {
        #expect(resolve("/") == .file("index.html"))
        #expect(resolve("/notices/") == .file("notices/index.html"))
        #expect(resolve("/notices") == .redirect("/notices/"))
        #expect(resolve("/notices?x=1") == .redirect("/notices/?x=1"))
        #expect(resolve("/plans/") == .notFound)
    }

    @Test func chinesePathsArePercentDecoded() {
        #expect(resolve("/notices/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5/") == .file("notices/停水通知/index.html"))
        #expect(resolve("/notices/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5") == .redirect("/notices/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5/"))
        #expect(resolve("/notices/停水通知/") == .file("notices/停水通知/index.html"))
    }

    @Test(arguments: ["/../etc/passwd", "/notices/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2Fetc%2Fpasswd",
                      "/notices/%2e%2e/index.html", "//etc/passwd", "/notices/..%5c..%5cetc", "/a%00b", "/%zz"])
    func traversalIsRefused(_ raw: String) {
        #expect(resolve(raw) == .forbidden)
    }

    @Test func contentTypesCarryUTF8() {
        #expect(PreviewPath.contentType(of: "notices/停水通知/index.html") == "text/html; charset=utf-8")
        #expect(PreviewPath.contentType(of: "assets/screen.css") == "text/css; charset=utf-8")
        #expect(PreviewPath.contentType(of: "feed.xml") == "application/xml; charset=utf-8")
        #expect(PreviewPath.contentType(of: "calendar.ics") == "text/calendar; charset=utf-8")
        #expect(PreviewPath.contentType(of: "honours/photos/a.JPG") == "image/jpeg")
    }

    @Test func servesBuiltPagesWithTheReloadScriptAndKeepsTheLastGoodBuild() async throws {
        let site = try TestSite(["content/notices/2026-11-01-停水通知.md": "---\ntitle: 停水通知\nkind: 通知\ndate: 2026-11-01\n---\n明天停水。\n"])
        defer { site.remove() }
        let server = PreviewServer(options: BuildOptions(siteRoot: site.root, date: .explicit(try LocalDate.parse("2026-11-20").get())), log: { _ in })
        server.rebuild()
        let page = server.respond(rawPath: "/notices/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5/")
        #expect(page.statusCode == .ok)
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        let html = String(decoding: try await page.bodyData, as: UTF8.self)
        #expect(html.contains("明天停水"))
        #expect(html.contains("/__noticeboard/events"))
        #expect(server.respond(rawPath: "/notices").statusCode == .movedPermanently)
        #expect(server.respond(rawPath: "/%2e%2e/%2e%2e/etc/passwd").statusCode == .forbidden)
        #expect(server.respond(rawPath: "/nothing/").statusCode == .notFound)

        // Break the notice: the page stays, the events carry the error with file, line and column.
        try site.write("content/notices/2026-11-01-停水通知.md", "---\ntitle: 停水通知\nkind: 通知\ndate: 2026-13-01\n---\n明天停水。\n")
        server.rebuild()
        #expect(server.respond(rawPath: "/notices/%E5%81%9C%E6%B0%B4%E9%80%9A%E7%9F%A5/").statusCode == .ok)
        #expect(server.state.eventJSON().contains("content/notices/2026-11-01-停水通知.md:4:7"))
    }

    @Test func buildOutputHasNoReloadScript() throws {
        let site = try TestSite(["content/notices/2026-11-01-a.md": "---\ntitle: 通知\nkind: 通知\ndate: 2026-11-01\n---\n正文\n"])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        #expect(site.read("index.html")?.contains("EventSource") == false)
        #expect(site.read("notices/index.html")?.contains("__noticeboard") == false)
    }
}

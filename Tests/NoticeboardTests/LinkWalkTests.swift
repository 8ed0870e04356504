import Foundation
import Testing
@testable import NoticeboardKit
import Markdown

/// The demo opened from a USB stick (`file://`) and from any web server: every link and asset of every page leads to
/// a file — never a folder, which a browser shows as a listing from disk — and every `#anchor` to an element.
@Suite("Links work from disk")
struct LinkWalkTests {
    /// One relative reference found in an output file.
    struct Reference {
        var file: String
        var target: String
    }

    static func references(in file: String, text: String) -> [Reference] {
        var out: [Reference] = []
        if file.hasSuffix(".html") {
            for m in text.matches(of: /\s(?:href|src)="([^"]*)"/) { out.append(Reference(file: file, target: unescape(String(m.1)))) }
            for m in text.matches(of: /\ssrcset="([^"]*)"/) {
                for candidate in m.1.split(separator: ",") {
                    if let url = candidate.split(separator: " ").first { out.append(Reference(file: file, target: unescape(String(url)))) }
                }
            }
        }
        if file.hasSuffix(".css") || file.hasSuffix(".html") {
            for m in text.matches(of: /url\(["']?([^"')]*)["']?\)/) { out.append(Reference(file: file, target: String(m.1))) }
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The file a relative reference from `file` resolves to, or nil when it leaves the site.
    static func resolve(_ path: String, from file: String) -> String? {
        var parts = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case ".": continue
            case "..": if parts.isEmpty { return nil } else { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Problems with one reference: nil when it opens a file (and its anchor exists).
    static func problem(_ ref: Reference, root: String, text: (String) -> String?) -> String? {
        let target = ref.target
        if target.isEmpty { return "empty link" }
        if target.firstMatch(of: /^[A-Za-z][A-Za-z0-9+.\-]*:/) != nil || target.hasPrefix("//") { return nil }
        let (address, fragment): (Substring, Substring?) = {
            guard let hash = target.firstIndex(of: "#") else { return (Substring(target), nil) }
            return (target[..<hash], target[target.index(after: hash)...])
        }()
        let path = String(address.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        if path.hasPrefix("/") { return "absolute path: it does not work from file://" }
        var file = ref.file
        if !path.isEmpty {
            guard let decoded = path.removingPercentEncoding, let resolved = resolve(decoded, from: ref.file) else { return "leaves the site" }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + resolved, isDirectory: &isDirectory) else { return "no such file: \(resolved)" }
            if isDirectory.boolValue { return "a folder, not a file: \(resolved)" }
            file = resolved
        }
        if let fragment, !fragment.isEmpty, fragment != "top", file.hasSuffix(".html") {
            let id = fragment.removingPercentEncoding ?? String(fragment)
            guard let html = text(file), html.contains("id=\"\(HTMLEscaping.escape(id))\"") else { return "no element with id \(id) in \(file)" }
        }
        return nil
    }

    @Test func everyLinkAndAssetOfTheDemoOpensAFile() throws {
        let site = try DemoSite.built.get()
        var cache: [String: String] = [:]
        func text(_ file: String) -> String? {
            if let t = cache[file] { return t }
            let t = FileManager.default.contents(atPath: site.output + "/" + file).map { String(decoding: $0, as: UTF8.self) }
            cache[file] = t
            return t
        }
        var checked = 0, faults: [String] = []
        for file in DemoSite.files(of: site) where file.hasSuffix(".html") || file.hasSuffix(".css") {
            // 404.html is served by the web server from any folder, so its links are absolute by design.
            if file == Route.notFound.file { continue }
            // Pagefind's own files (written after the build when the search test indexed this folder).
            if file.hasPrefix("pagefind/") { continue }
            for ref in Self.references(in: file, text: text(file) ?? "") {
                checked += 1
                if let problem = Self.problem(ref, root: site.output, text: text) { faults.append("\(file): \(ref.target): \(problem)") }
            }
        }
        #expect(checked > 1000, "only \(checked) links were found in the demo")
        #expect(faults.isEmpty, "\(faults.count) of \(checked) links do not open a file:\n\(faults.prefix(30).joined(separator: "\n"))")
    }

    @Test func theWalkFindsFoldersMissingFilesAndAnchors() throws {
        let site = try DemoSite.built.get()
        let text: (String) -> String? = { f in FileManager.default.contents(atPath: site.output + "/" + f).map { String(decoding: $0, as: UTF8.self) } }
        func problem(_ target: String) -> String? { Self.problem(Reference(file: "notices/index.html", target: target), root: site.output, text: text) }
        #expect(problem("../plans/")?.contains("folder") == true)
        #expect(problem("../plans/nothing.html")?.contains("no such file") == true)
        #expect(problem("")?.contains("empty") == true)
        #expect(problem("/notices/index.html")?.contains("absolute") == true)
        #expect(problem("index.html#no-such-anchor")?.contains("no element") == true)
        #expect(problem("../index.html") == nil)
        #expect(problem("#main") == nil)
    }

    @Test func pagesLinkFoldersByTheirIndexFileWhileFeedsKeepCleanURLs() throws {
        #expect(Route.notice("停水通知").link(to: .notices) == "../../notices/index.html")
        #expect(Route.home.link(to: .home) == "index.html")
        #expect(Route.home.link(to: .notice("a b")) == "notices/a%20b/index.html")
        #expect(Route.noticePrint("x").link(to: .feed) == "../../feed.xml")

        let site = try DemoSite.built.get()
        let sitemap = try #require(site.read("sitemap.xml"))
        #expect(sitemap.contains("/notices/</loc>"))
        #expect(!sitemap.contains("index.html</loc>"))
        let feed = try #require(site.read("feed.xml"))
        #expect(!feed.contains("/index.html\""))
        let notice = try #require(site.read("notices/停水通知/index.html"))
        let canonical = try #require(notice.firstMatch(of: /<link rel="canonical" href="([^"]*)"/)).1
        #expect(canonical.hasSuffix("/"), "canonical URL \(canonical)")
        #expect(notice.contains("href=\"../../index.html\""))
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

@Suite("Built-in theme")
struct ThemeTests {
    /// The theme compiled into the binary is exactly `templates/`; the EmbedTheme plugin makes it on every build.
    @Test func builtInThemeMatchesTheTemplatesFolder() throws {
        let root = repositoryRoot + "/templates"
        var onDisk: [String: String] = [:]
        let e = try #require(FileManager.default.enumerator(atPath: root))
        while let path = e.nextObject() as? String {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDir), !isDir.boolValue,
                  !(path as NSString).lastPathComponent.hasPrefix(".") else { continue }
            onDisk[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
        #expect(onDisk.keys.sorted() == BuiltinTheme.files.keys.sorted(), "the EmbedTheme plugin did not embed templates/")
        for (name, text) in onDisk {
            #expect(BuiltinTheme.files[name] == text, "\(name) differs from the built-in theme")
        }
    }

    @Test func aSiteOverridesOneTemplateAndKeepsTheRest() throws {
        let site = try TestSite([
            "content/notices/a.md": "---\ntitle: 通知甲\nkind: 通知\ndate: 2026-11-10\n---\n正文\n",
            "templates/partials/footer.mustache": "<footer>自定义页脚 {{site.name}}</footer>\n",
        ])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let page = try #require(site.read("notices/a/index.html"))
        #expect(page.contains("<footer>自定义页脚 测试社区</footer>"))
        #expect(page.contains("<h1>通知甲</h1>"))
    }

    /// A lost brace (easy to make when two changes to a stylesheet meet) silently drops every rule after it.
    @Test(arguments: ["assets/screen.css", "assets/print.css"])
    func stylesheetBracesBalance(name: String) throws {
        let css = try #require(BuiltinTheme.files[name])
        var depth = 0
        var line = 1
        for c in css {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1; #expect(depth >= 0, "\(name):\(line): '}' without '{'") }
            if c == "\n" { line += 1 }
        }
        #expect(depth == 0, "\(name) has \(depth) unclosed '{'")
    }

    @Test func everyTemplateOfTheDefaultThemeParses() {
        let (theme, diagnostics) = Theme.load(site: [])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(theme.names.contains("layout") && theme.names.contains("print-layout"))
    }
}

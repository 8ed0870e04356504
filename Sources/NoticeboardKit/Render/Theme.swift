import Mustache

/// Which renderer turns views into pages.
public enum TemplateEngine: Sendable {
    /// The built-in theme, parsed once and rendered by `TemplateRenderer` over typed views.
    case compiled
    /// swift-mustache, for a site with its own templates (and, in tests, as the reference the fast path must match).
    case mustache
}

/// The Mustache templates and static assets of a theme: the site's `templates/` over the built-in default.
public struct Theme: Sendable {
    public var library: MustacheLibrary
    /// The built-in templates parsed for the fast renderer.
    var compiled: [String: CompiledTemplate] = [:]
    /// `.mustache` as soon as a site overrides any template (partials and layouts are shared by every page).
    public var engine: TemplateEngine = .compiled
    /// Files copied as they are (CSS, icons), by path under `templates/` (`assets/screen.css`).
    public var assets: [String: String]
    public var names: Set<String>

    /// Loads templates, reporting syntax errors and references to partials or layouts that do not exist.
    public static func load(site: [TemplateSource]) -> (Theme, [Diagnostic]) {
        var sources: [String: TemplateSource] = [:]
        for (name, text) in BuiltinTheme.files {
            sources[name] = TemplateSource(name: name, path: "templates/" + name, text: text)
        }
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in BuiltinTheme.files where name.hasSuffix(".mustache") {
            compiled[String(name.dropLast(".mustache".count))] = try? TemplateParser.parse(text)
        }
        for t in site { sources[t.name] = t }
        var library = MustacheLibrary()
        var assets: [String: String] = [:]
        var names = Set<String>()
        var diagnostics: [Diagnostic] = []
        for name in sources.keys.sorted() {
            let source = sources[name]!
            guard name.hasSuffix(".mustache") else {
                assets[name] = source.text
                continue
            }
            let templateName = String(name.dropLast(".mustache".count))
            names.insert(templateName)
            do {
                library.register(try MustacheTemplate(string: source.text), named: templateName)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(SourceLocation(path: source.path, line: error.context.lineNumber, column: error.context.columnNumber + 1),
                                          "模板语法错误：\(error.error) (template syntax error)", key: "template.syntax"))
            } catch {
                diagnostics.append(.error(SourceLocation(path: source.path), "模板语法错误：\(error) (template syntax error)", key: "template.syntax"))
            }
        }
        for name in sources.keys.sorted() where name.hasSuffix(".mustache") {
            diagnostics += missingReferences(in: sources[name]!, known: names)
        }
        var theme = Theme(library: library, assets: assets, names: names)
        theme.compiled = compiled
        theme.engine = site.contains { $0.name.hasSuffix(".mustache") } ? .mustache : .compiled
        return (theme, diagnostics)
    }

    /// `{{> name}}` and `{{< name}}` tags whose template does not exist (Mustache would render them as nothing).
    static func missingReferences(in source: TemplateSource, known: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var line = 1
        for text in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            var searchStart = text.startIndex
            while let open = text[searchStart...].range(of: "{{") {
                guard let close = text[open.upperBound...].range(of: "}}") else { break }
                let inner = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if let sigil = inner.first, sigil == ">" || sigil == "<" {
                    let name = inner.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !known.contains(name) {
                        let column = text.distance(from: text.startIndex, to: open.lowerBound) + 1
                        let what = sigil == ">" ? "局部模板 (partial)" : "布局 (layout)"
                        diagnostics.append(.error(SourceLocation(path: source.path, line: line, column: column),
                                                  "找不到\(what)“\(name)”\(Suggestion.hint(for: name, in: Array(known))) (template '\(name)' does not exist)",
                                                  key: "template.missing"))
                    }
                }
                searchStart = close.upperBound
            }
            line += 1
        }
        return diagnostics
    }

    /// Renders a page template over its view; a missing template renders as an error the check step already reported.
    func render(_ name: String, _ view: any TemplateView) -> String {
        switch engine {
        case .compiled: return TemplateRenderer(templates: compiled).render(name, view)
        case .mustache: return library.render(MustacheBridge(view: view), withTemplate: name) ?? ""
        }
    }
}

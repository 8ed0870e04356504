import Markdown

/// A Markdown content file after splitting and parsing: its YAML header and its Markdown body tree.
public struct ParsedDocument: Sendable {
    public var header: YAMLValue?
    public var body: MarkdownNode
    /// Line in the file where the body starts (Markdown positions are relative to it).
    public var bodyLine: Int
    /// Warnings about the body (e.g. nesting cut short).
    public var diagnostics: [Diagnostic]

    public static func parse(_ file: SourceFile) -> Result<ParsedDocument, Diagnostic> {
        let front: FrontMatter
        switch FrontMatter.split(file) {
        case .success(let f): front = f
        case .failure(let d): return .failure(d)
        }
        if file.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .failure(.error(file.location(), "文件是空的 (empty file)", key: "file.empty"))
        }
        let header: YAMLValue?
        switch YAMLValue.parse(front.yaml, path: file.path, firstLine: front.yamlLine) {
        case .success(let v): header = v
        case .failure(let d): return .failure(d)
        }
        if front.yaml.isEmpty, !file.text.hasPrefix("---") {
            return .failure(.error(file.location(), "缺少文件头：文件应以 --- 开头，写明标题、日期等 (missing front matter: start the file with a '---' line)", key: "frontmatter.missing"))
        }
        let body = ChineseTypography.parse(front.body)
        var diagnostics: [Diagnostic] = []
        if depth(body) >= CommonMarkConverter.maximumDepth {
            diagnostics.append(.warning(file.location(line: front.bodyLine), "Markdown 嵌套过深，超出部分不显示 (Markdown nested too deeply; the deepest part is left out)", key: "markdown.too-deep"))
        }
        return .success(ParsedDocument(header: header, body: body, bodyLine: front.bodyLine, diagnostics: diagnostics))
    }

    static func depth(_ node: MarkdownNode) -> Int {
        var deepest = 0
        var stack: [(MarkdownNode, Int)] = [(node, 1)]
        while let (n, d) = stack.popLast() {
            deepest = max(deepest, d)
            for c in n.children { stack.append((c, d + 1)) }
        }
        return deepest
    }

    /// Location in the file of a body node's start.
    public static func location(of node: MarkdownNode, in file: String, bodyLine: Int) -> SourceLocation {
        guard let start = node.start else { return SourceLocation(path: file, line: bodyLine, column: 1) }
        return SourceLocation(path: file, line: start.line + bodyLine - 1, column: start.column)
    }
}

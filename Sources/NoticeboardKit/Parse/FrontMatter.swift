/// A Markdown file split into its YAML front matter and its body, with the line each starts on.
public struct FrontMatter: Sendable {
    public var yaml: String
    /// Line in the file of the first YAML line.
    public var yamlLine: Int
    public var body: String
    /// Line in the file of the first body line.
    public var bodyLine: Int

    /// Splits `---` front matter from the body; a file without front matter is all body.
    public static func split(_ file: SourceFile) -> Result<FrontMatter, Diagnostic> {
        let text = file.text
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\r") else {
            return .success(FrontMatter(yaml: "", yamlLine: 1, body: text, bodyLine: 1))
        }
        var line = 1
        var yamlStart = text.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
        if text == "---" { yamlStart = text.endIndex }
        var cursor = yamlStart
        line = 2
        while cursor < text.endIndex {
            let lineEnd = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            let content = text[cursor..<lineEnd]
            if content == "---" || content == "..." || content.trimmingTrailingSpaces == "---" {
                let yaml = String(text[yamlStart..<cursor])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                return .success(FrontMatter(yaml: yaml, yamlLine: 2, body: String(text[bodyStart...]), bodyLine: line + 1))
            }
            cursor = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            line += 1
        }
        return .failure(.error(file.location(line: 1, column: 1),
                               "文件头（front matter）没有结束：第 1 行的 --- 之后缺少另一行 --- (front matter is never closed: add a line '---' after it)",
                               key: "frontmatter.unclosed"))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}

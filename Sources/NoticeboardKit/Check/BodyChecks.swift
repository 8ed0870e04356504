import Markdown

/// Checks that look across a document's body: images that exist, links that are safe, raw HTML that will be dropped.
public enum BodyChecks {
    /// Checks Markdown written in a YAML value or a CSV cell (a deed, a summary, a roll's 说明): everything is
    /// reported at the value, since positions inside a YAML scalar do not map to the file's lines one to one.
    public static func checkValue(_ node: MarkdownNode, at location: SourceLocation, media: Set<String>, allowsRawHTML: Bool) -> [Diagnostic] {
        check(node, file: location.path, bodyLine: location.line, media: media, allowsRawHTML: allowsRawHTML).map {
            var d = $0
            d.location = location
            return d
        }
    }

    public static func check(_ body: MarkdownNode, file: String, bodyLine: Int, media: Set<String>, allowsRawHTML: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var lastLocation = SourceLocation(path: file, line: bodyLine, column: 1)
        var reportedHTML = false
        func visit(_ node: MarkdownNode) {
            if node.start != nil { lastLocation = ParsedDocument.location(of: node, in: file, bodyLine: bodyLine) }
            switch node.kind {
            case .image(let source, _), .link(let source, _):
                let isImage: Bool
                if case .image = node.kind { isImage = true } else { isImage = false }
                if !URLSafety.isSafe(source) {
                    diagnostics.append(.error(lastLocation, "不允许的链接：\(source.prefix(40))（javascript:、data: 等会执行代码）(unsafe link refused)", key: "link.unsafe"))
                    break
                }
                switch MediaReference.resolve(source, from: file, media: media) {
                case .media, .external: break
                case .outside:
                    diagnostics.append(.error(lastLocation, "引用的文件在 content/ 之外：\(source) (reference points outside content/)", key: "media.outside"))
                case .absolute:
                    diagnostics.append(.error(lastLocation, "请用相对路径引用图片，不能用绝对路径：\(source) (absolute path refused)", key: "media.absolute"))
                case .missing(let path):
                    if isImage {
                        diagnostics.append(.error(lastLocation, "找不到图片 content/\(path) (image does not exist)", key: "media.missing"))
                    } else {
                        diagnostics.append(.warning(lastLocation, "链接的文件不存在：content/\(path) (linked file does not exist)", key: "link.missing"))
                    }
                }
            case .htmlBlock, .htmlInline:
                if !allowsRawHTML, !reportedHTML {
                    reportedHTML = true
                    diagnostics.append(.warning(lastLocation, "正文中的 HTML 代码不会显示（site.yaml 中 raw_html: true 可开启）(raw HTML is dropped)", key: "markdown.raw-html"))
                }
            default: break
            }
            for child in node.children { visit(child) }
        }
        visit(body)
        return diagnostics
    }
}

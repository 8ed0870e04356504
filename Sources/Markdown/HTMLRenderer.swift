/// Renders a `MarkdownNode` tree as HTML: text escaped, raw HTML dropped unless allowed, unsafe links refused.
public struct HTMLRenderer: Sendable {
    /// Whether raw HTML in the Markdown is copied to the output (a site opts in; off by default).
    public var allowsRawHTML: Bool
    /// Rewrites a link or image destination; returning nil drops the link (its text stays) or the image.
    public var resolveURL: @Sendable (_ destination: String, _ isImage: Bool) -> String?
    /// The page's heading level the document nests under: its shallowest heading becomes `<h{offset+1}>`.
    public var headingOffset: Int
    /// The `srcset` of an image by its destination as written (resized photos), or nil for none.
    public var imageSourceSet: (@Sendable (_ destination: String) -> String?)? = nil

    public init(
        allowsRawHTML: Bool = false,
        headingOffset: Int = 1,
        resolveURL: @escaping @Sendable (_ destination: String, _ isImage: Bool) -> String? = { destination, _ in
            URLSafety.isSafe(destination) ? destination : nil
        }
    ) {
        self.allowsRawHTML = allowsRawHTML
        self.headingOffset = headingOffset
        self.resolveURL = resolveURL
    }

    /// HTML of `node`; a whole document's headings are renumbered to nest under level `headingOffset` (`HeadingNesting`).
    public func render(_ node: MarkdownNode) -> String {
        var out = ""
        out.reserveCapacity(1024)
        let node = node.kind == .document ? HeadingNesting.nest(node, offset: headingOffset) : node
        render(node, into: &out, tight: false)
        return out
    }

    public func renderChildren(_ node: MarkdownNode) -> String {
        var out = ""
        for child in node.children { render(child, into: &out, tight: false) }
        return out
    }

    public func render(_ node: MarkdownNode, into out: inout String, tight: Bool) {
        switch node.kind {
        case .document:
            for child in node.children { render(child, into: &out, tight: false) }
        case .blockQuote:
            out += "<blockquote>\n"
            for child in node.children { render(child, into: &out, tight: false) }
            out += "</blockquote>\n"
        case .list(let ordered, let start, let isTight):
            if ordered {
                out += start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n"
            } else {
                out += "<ul>\n"
            }
            for child in node.children { render(child, into: &out, tight: isTight) }
            out += ordered ? "</ol>\n" : "</ul>\n"
        case .item:
            out += "<li>"
            for child in node.children { render(child, into: &out, tight: tight) }
            out += "</li>\n"
        case .codeBlock(let info, let literal):
            let language = info.split(separator: " ").first.map(String.init) ?? ""
            out += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">"
            out += HTMLEscaping.escape(literal)
            out += "</code></pre>\n"
        case .htmlBlock(let literal):
            if allowsRawHTML { out += literal }
        case .paragraph:
            if tight {
                for child in node.children { render(child, into: &out, tight: tight) }
                out += "\n"
            } else {
                out += "<p>"
                for child in node.children { render(child, into: &out, tight: tight) }
                out += "</p>\n"
            }
        case .heading(let level):
            let shifted = min(max(level + headingOffset, 1), 6)
            out += "<h\(shifted)>"
            for child in node.children { render(child, into: &out, tight: tight) }
            out += "</h\(shifted)>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .text(let literal):
            HTMLEscaping.append(literal, to: &out)
        case .softBreak:
            out += "\n"
        case .lineBreak:
            out += "<br>\n"
        case .code(let literal):
            out += "<code>"
            HTMLEscaping.append(literal, to: &out)
            out += "</code>"
        case .htmlInline(let literal):
            if allowsRawHTML { out += literal }
        case .emphasis:
            out += "<em>"
            for child in node.children { render(child, into: &out, tight: tight) }
            out += "</em>"
        case .strong:
            out += "<strong>"
            for child in node.children { render(child, into: &out, tight: tight) }
            out += "</strong>"
        case .link(let destination, let title):
            guard let url = resolveURL(destination, false) else {
                for child in node.children { render(child, into: &out, tight: tight) }
                return
            }
            out += "<a href=\"\(HTMLEscaping.escape(url))\""
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
            out += ">"
            for child in node.children { render(child, into: &out, tight: tight) }
            out += "</a>"
        case .image(let source, let title):
            guard let url = resolveURL(source, true) else { return }
            out += "<img src=\"\(HTMLEscaping.escape(url))\" alt=\"\(HTMLEscaping.escape(node.plainText))\""
            if let set = imageSourceSet?(source) {
                out += " srcset=\"\(HTMLEscaping.escape(set))\" sizes=\"(min-width: 60rem) 58rem, 100vw\""
            }
            if !title.isEmpty { out += " title=\"\(HTMLEscaping.escape(title))\"" }
            out += " loading=\"lazy\">"
        }
    }
}

/// Escaping for HTML text and attribute values.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }

    public static func append(_ text: String, to out: inout String) {
        var needs = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { out += text; return }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }
}

/// Decides which link destinations may appear in published pages.
public enum URLSafety {
    /// Schemes that run code or smuggle content; links with them are refused.
    static let refusedSchemes = ["javascript:", "vbscript:", "data:", "file:"]

    /// True unless the destination uses a refused scheme (checked after removing spaces and control characters).
    public static func isSafe(_ destination: String) -> Bool {
        let squeezed = String(destination.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        return !refusedSchemes.contains(where: { squeezed.hasPrefix($0) })
    }
}

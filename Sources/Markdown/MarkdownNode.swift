/// A position in Markdown source: 1-based line and column, columns counted in characters.
public struct MarkdownPosition: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One node of a parsed Markdown document, a Swift value copied out of cmark's tree.
public struct MarkdownNode: Sendable {
    /// What the node is, with the literal values cmark attaches to it.
    public enum Kind: Sendable, Equatable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        case item
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case link(destination: String, title: String)
        case image(source: String, title: String)
    }

    public var kind: Kind
    public var children: [MarkdownNode]
    /// Where the node starts in the Markdown text (blocks always; inlines when cmark knows).
    public var start: MarkdownPosition?

    public init(_ kind: Kind, children: [MarkdownNode] = [], start: MarkdownPosition? = nil) {
        self.kind = kind
        self.children = children
        self.start = start
    }

    /// The text of the node and its descendants, without markup.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text(let s), .code(let s): out += s
        case .codeBlock(_, let s): out += s
        case .softBreak, .lineBreak: out += " "
        default: break
        }
        for child in children { child.appendPlainText(to: &out) }
    }

    /// Calls `visit` on this node and every descendant, depth first.
    public func walk(_ visit: (MarkdownNode) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }

    public var isBlock: Bool {
        switch kind {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak:
            return true
        default:
            return false
        }
    }
}

import Ccmark

/// The only place that touches cmark: parses Markdown and copies the tree into `MarkdownNode` values, then frees it.
public enum CommonMarkConverter {
    /// Parses `text` (UTF-8) and returns the document node; positions are relative to `text`.
    public static func parse(_ text: String) -> MarkdownNode {
        var source = text
        let utf8Count = source.utf8.count
        let root: OpaquePointer? = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, utf8Count, CMARK_OPT_SOURCEPOS)
            }
        }
        guard let root else { return MarkdownNode(.document) }
        defer { cmark_node_free(root) }
        let lines = LineIndex(text)
        return convert(root, lines: lines, depth: 0)
    }

    /// Deeply nested input is cut off below this depth so conversion cannot exhaust the stack.
    public static let maximumDepth = 200

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func convert(_ node: OpaquePointer, lines: LineIndex, depth: Int) -> MarkdownNode {
        let kind: MarkdownNode.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST:
            kind = .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock(string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT: kind = .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE: kind = .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK: kind = .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: kind = .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: kind = .text("")
        }
        var start: MarkdownPosition?
        let line = Int(cmark_node_get_start_line(node))
        if line > 0 {
            start = MarkdownPosition(line: line, column: lines.characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
        }
        var children: [MarkdownNode] = []
        if depth < maximumDepth {
            var child = cmark_node_first_child(node)
            while let current = child {
                children.append(convert(current, lines: lines, depth: depth + 1))
                child = cmark_node_next(current)
            }
        }
        return MarkdownNode(kind, children: children, start: start)
    }
}

/// Byte offsets of line starts, to turn cmark's byte columns into character columns of the text as the user wrote it:
/// the private-use joiner `ChineseTypography.prepare` inserts is not counted. Nodes are visited in document order, so
/// the count continues from the previous position on the same line: linear even for one very long line.
final class LineIndex {
    private let utf8: [UInt8]
    private var starts: [Int] = [0]
    /// The last position counted: line, byte offset reached and characters before it.
    private var cursor = (line: 0, byte: 0, characters: 0)

    init(_ text: String) {
        utf8 = Array(text.utf8)
        for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(i + 1)
        }
    }

    /// Converts a 1-based byte column on a 1-based line to a 1-based character column.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let begin = starts[line - 1]
        let end = min(begin + byteColumn - 1, utf8.count)
        var i = begin, characters = 0
        if cursor.line == line, cursor.byte <= end, cursor.byte >= begin { (i, characters) = (cursor.byte, cursor.characters) }
        while i < end {
            let byte = utf8[i]
            // U+E000 (EE 80 80), the joiner, was not typed by the user.
            if byte == 0xEE, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x80 { i += 3; continue }
            if byte & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        cursor = (line, i, characters)
        return characters + 1
    }
}

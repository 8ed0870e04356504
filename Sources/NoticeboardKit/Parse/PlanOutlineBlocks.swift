import Foundation
import Markdown

/// The blocks the outline reader works on: pasted lines as paragraphs, numbered list items (`- 1、…`) as numbered
/// paragraphs, and the headings or title lines where a new document of the file begins.
extension PlanOutline {
    /// Splits every paragraph at its line breaks (pasted text: each line is a paragraph), also inside lists and quotes.
    static func splitLines(_ node: MarkdownNode) -> MarkdownNode {
        var node = node
        guard node.isBlock, node.kind != .paragraph else { return node }
        node.children = node.children.flatMap { child -> [MarkdownNode] in
            child.kind == .paragraph ? perLine(child) : [splitLines(child)]
        }
        return node
    }

    static func perLine(_ paragraph: MarkdownNode) -> [MarkdownNode] {
        guard paragraph.children.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) else { return [paragraph] }
        var out: [MarkdownNode] = []
        var current: [MarkdownNode] = []
        var line = paragraph.start?.line ?? 1
        var currentLine = line
        for child in paragraph.children {
            if child.kind == .softBreak || child.kind == .lineBreak {
                if !current.isEmpty { out.append(MarkdownNode(.paragraph, children: current, start: MarkdownPosition(line: currentLine, column: 1))) }
                current = []
                line += 1
                currentLine = line
                continue
            }
            line += countBreaks(child)
            current.append(child)
        }
        if !current.isEmpty { out.append(MarkdownNode(.paragraph, children: current, start: MarkdownPosition(line: currentLine, column: 1))) }
        if var first = out.first, let start = paragraph.start, first.start?.line == start.line {
            first.start = start
            out[0] = first
        }
        return out
    }

    /// The body's top-level blocks as pieces: paragraphs split at numbered lines, numbered list items taken out of their
    /// list (each a numbered paragraph, its other blocks after it), other list items kept as lists.
    static func collect(_ blocks: [MarkdownNode]) -> [Piece] {
        var pieces: [Piece] = []
        for block in blocks {
            switch block.kind {
            case .paragraph:
                if let start = block.start { pieces += split(block, line: start.line) } else { pieces.append(Piece(node: block, line: 1)) }
            case .list(let ordered, let start, let tight):
                var plain: [MarkdownNode] = []
                func flushPlain() {
                    guard let first = plain.first else { return }
                    pieces.append(Piece(node: MarkdownNode(block.kind, children: plain, start: first.start), line: first.start?.line ?? block.start?.line ?? 1))
                    plain = []
                }
                _ = (ordered, start, tight)
                for item in block.children {
                    if let first = item.children.first, first.kind == .paragraph,
                       OutlineNumber.parse(firstLineText(first.children).drop { spaces.contains($0) }) != nil {
                        flushPlain()
                        pieces += collect(item.children)
                    } else {
                        plain.append(item)
                    }
                }
                flushPlain()
            default:
                pieces.append(Piece(node: block, line: block.start?.line ?? 1))
            }
        }
        return pieces
    }

    // MARK: - Articles

    static let digitChars = "一二三四五六七八九十0-9０-９"
    static let namePatterns = [
        "(篇|方案|计划|规划|总结|汇报|报告|范文|材料|精选)\\s*[（(]?[\(digitChars)]{1,3}[）)]?\\s*[:：]?$",
        "^第[\(digitChars)]{1,3}篇",
        "^[（(][一二三四五六七八九十]{1,3}[）)]\\s*篇",
        "^篇[\(digitChars)]{1,3}",
    ]
    static let documentWords = ["计划", "方案", "规划", "总结", "汇报", "报告", "要点", "意见", "安排", "细则", "办法"]

    /// The text of a heading or one-line paragraph when it names a document of a several-document file
    /// (`…篇一`, `方案2`, `第三篇`, `（一）篇`).
    static func articleName(_ piece: Piece) -> String? {
        guard let text = singleLine(piece), text.count <= 60, !text.contains("。") else { return nil }
        for (i, pattern) in namePatterns.enumerated() where text.range(of: pattern, options: .regularExpression) != nil {
            // `## 三、工作方案1` is item 三、; only `（一）篇` is a name that starts like a number.
            if i != 2, OutlineNumber.parse(text) != nil { return nil }
            return text
        }
        return nil
    }

    /// A heading, or a short line naming a document (`…工作计划`), that may start an article when 一、 restarts after it.
    static func titleLine(_ piece: Piece) -> String? {
        guard let text = singleLine(piece), OutlineNumber.parse(text) == nil else { return nil }
        if case .heading = piece.node.kind { return text }
        guard text.count <= 40, !text.contains(where: { "。！？；，,;!?：:".contains($0) }) else { return nil }
        var core = text
        if let open = core.lastIndex(where: { $0 == "（" || $0 == "(" }), core.last == "）" || core.last == ")" { core = String(core[..<open]) }
        return documentWords.contains { core.hasSuffix($0) } ? text : nil
    }

    static func singleLine(_ piece: Piece) -> String? {
        switch piece.node.kind {
        case .paragraph, .heading: break
        default: return nil
        }
        guard !piece.node.children.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) else { return nil }
        let text = PlanTitle.trimmed(piece.node.plainText)
        return text.isEmpty ? nil : text
    }

    /// Marks the pieces where a new document of the file begins: a named one (`篇二`, `方案3`), or a heading or title line
    /// followed by a restart at 一、 after level-1 items.
    static func markArticles(_ pieces: inout [Piece]) {
        var named = false
        var sawLevelOne = false
        var candidate: Int?
        var firstCandidate: Int?
        var byRestart: [Int] = []
        for i in pieces.indices {
            let piece = pieces[i]
            if let name = articleName(piece) {
                pieces[i].startsArticle = name
                named = true
                sawLevelOne = false
                candidate = nil
                continue
            }
            if piece.node.kind == .paragraph || isHeading(piece.node), let n = leadingNumber(piece) {
                if n.level == 1, n.levels.count == 1 {
                    if n.value == 1, sawLevelOne, let c = candidate { byRestart.append(c) }
                    if !sawLevelOne, firstCandidate == nil { firstCandidate = candidate ?? -1 }
                    sawLevelOne = true
                }
                candidate = nil
                continue
            }
            if titleLine(piece) != nil { candidate = i }
        }
        guard !byRestart.isEmpty else { return }
        if !named, let f = firstCandidate, f >= 0 { byRestart.insert(f, at: 0) }
        for i in byRestart where pieces[i].startsArticle == nil { pieces[i].startsArticle = titleLine(pieces[i]) }
    }

    static func isHeading(_ node: MarkdownNode) -> Bool {
        if case .heading = node.kind { return true }
        return false
    }

    // MARK: - Inline text

    /// The text of inlines as `dropPrefix` counts it: text and code characters, a line break as `\n`.
    static func inlineText(_ inlines: [MarkdownNode]) -> String {
        var out = ""
        func visit(_ nodes: [MarkdownNode]) {
            for n in nodes {
                switch n.kind {
                case .softBreak, .lineBreak: out += "\n"
                case .text(let s), .code(let s): out += s
                case .htmlInline: break
                default: visit(n.children)
                }
            }
        }
        visit(inlines)
        return out
    }

    /// The first `count` characters of inlines (a line break counts as one), keeping their markup.
    static func takePrefix(_ count: Int, from inlines: [MarkdownNode]) -> [MarkdownNode] {
        var left = count
        func take(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
            var out: [MarkdownNode] = []
            for var n in nodes {
                if left <= 0 { break }
                switch n.kind {
                case .text(let s), .code(let s):
                    if s.count <= left { left -= s.count; out.append(n); continue }
                    let kept = String(s.prefix(left))
                    left = 0
                    if case .code = n.kind { n.kind = .code(kept) } else { n.kind = .text(kept) }
                    out.append(n)
                case .softBreak, .lineBreak:
                    left -= 1
                    out.append(n)
                case .htmlInline:
                    out.append(n)
                default:
                    n.children = take(n.children)
                    if !n.children.isEmpty { out.append(n) }
                }
            }
            return out
        }
        return take(inlines)
    }
}

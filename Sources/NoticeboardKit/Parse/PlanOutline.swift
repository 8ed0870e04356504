import Foundation
import Markdown

/// Turns a plan's Markdown body into its outline: paragraphs and headings that start with 一、（一）1、（1）① become
/// items with ids from their number path; numbering slips (skipped, repeated, missing, wrongly restarted) become warnings.
public enum PlanOutline {
    /// The outline of one plan body.
    public struct Outline: Sendable {
        public var intro: MarkdownNode
        public var items: [PlanItem]
        public var diagnostics: [Diagnostic]
    }

    /// A top-level block of the body, split so that every numbered line starts its own block.
    struct Piece {
        var node: MarkdownNode
        /// Line in the body text (1-based).
        var line: Int
    }

    /// An item before it is put into the tree.
    struct FlatItem {
        var level: Int
        var value: Int
        var number: String
        var title: String
        var blocks: [MarkdownNode]
        var location: SourceLocation
        var parent: Int?
        var id: String
    }

    static let spaces = OutlineNumber.spaces
    static let titleEnds: Set<Character> = ["。", "：", "！", "？", "；"]

    /// Parses `body` (the file's text after the front matter, starting at `bodyLine` of `file`).
    public static func parse(_ body: String, file: String, bodyLine: Int) -> Outline {
        let lines = prepare(body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        let raw = stripJoiners(CommonMarkConverter.parse(ChineseTypography.prepare(lines.joined(separator: "\n"))))
        var pieces: [Piece] = []
        for block in raw.children {
            if block.kind == .paragraph, let start = block.start {
                pieces += split(block, line: start.line)
            } else {
                pieces.append(Piece(node: block, line: block.start?.line ?? 1))
            }
        }

        var intro: [MarkdownNode] = []
        var flat: [FlatItem] = []
        var diagnostics: [Diagnostic] = []
        var open: [Int] = []  // indexes into `flat` of the items that can still take children
        var lastChild: [String: (value: Int, line: Int)] = [:]  // "parent/level" → last sibling
        var lastAtLevel: [Int: (value: Int, parent: Int?)] = [:]
        var usedIDs: Set<String> = []

        for piece in pieces {
            guard let found = recognise(piece) else {
                let block = ChineseTypography.finish(trimLineStarts(piece.node))
                if let last = flat.indices.last { flat[last].blocks.append(block) } else { intro.append(block) }
                continue
            }
            let (number, title, rest) = found
            let sourceLine = piece.line <= lines.count ? lines[piece.line - 1] : ""
            let location = SourceLocation(path: file, line: bodyLine + piece.line - 1, column: markerColumn(sourceLine))
            var level = number.level
            if number.levels.count > 1 {
                let recent = flat.last { number.levels.contains($0.level) }
                level = recent?.level ?? number.levels[0]
            }
            while let top = open.last, flat[top].level >= level { open.removeLast() }
            let parent = open.last
            let key = "\(parent ?? -1)/\(level)"
            let previous = lastChild[key]
            let expected = (previous?.value ?? 0) + 1
            let expectedText = OutlineNumber.canonical(level: level, value: expected)
            var value = number.value ?? expected
            var written = number.written
            if number.value == nil {
                written = expectedText
                diagnostics.append(.warning(location, "编号缺少数字：此处应为“\(expectedText)” (outline number is missing its numeral: expected \(expectedText))", key: "plan.numbering-missing"))
            } else if previous == nil, value != 1 {
                if let cousin = lastAtLevel[level], cousin.parent != parent, cousin.value + 1 == value {
                    diagnostics.append(.warning(location, "编号应在上一级标题下从“\(expectedText)”重新开始，这里接着上一节写成了“\(number.written)” (numbering should restart at \(expectedText) under a new heading)", key: "plan.numbering-restart"))
                } else {
                    diagnostics.append(.warning(location, "编号跳过：应为“\(expectedText)”，这里是“\(number.written)” (numbering skips: expected \(expectedText))", key: "plan.numbering-skip"))
                }
            } else if let previous, value == previous.value {
                diagnostics.append(.warning(location, "编号“\(number.written)”与第 \(previous.line) 行重复，应为“\(expectedText)” (number repeated: expected \(expectedText))", key: "plan.numbering-repeat"))
            } else if value > expected {
                diagnostics.append(.warning(location, "编号跳过：应为“\(expectedText)”，这里是“\(number.written)” (numbering skips: expected \(expectedText))", key: "plan.numbering-skip"))
            } else if value < expected {
                if value == 1 {
                    diagnostics.append(.warning(location, "编号在这里重新从“\(number.written)”开始，应为“\(expectedText)” (numbering restarts where it should go on: expected \(expectedText))", key: "plan.numbering-restart"))
                } else {
                    diagnostics.append(.warning(location, "编号倒退：应为“\(expectedText)”，这里是“\(number.written)” (number repeated or out of order: expected \(expectedText))", key: "plan.numbering-repeat"))
                }
            }
            if value < 1 { value = expected }
            lastChild[key] = (value, location.line)
            lastAtLevel[level] = (value, parent)
            let base = parent.map { flat[$0].id + "." } ?? ""
            var id = base + String(value)
            var n = 2
            while usedIDs.contains(id) { id = base + String(value) + "-\(n)"; n += 1 }
            usedIDs.insert(id)
            if written.isEmpty { written = expectedText }
            flat.append(FlatItem(level: level, value: value, number: written, title: title, blocks: rest.map { [$0] } ?? [],
                                 location: location, parent: parent, id: id))
            open.append(flat.count - 1)
        }
        return Outline(intro: MarkdownNode(.document, children: intro), items: tree(flat, parent: nil), diagnostics: diagnostics)
    }

    static func tree(_ flat: [FlatItem], parent: Int?) -> [PlanItem] {
        flat.indices.filter { flat[$0].parent == parent }.map { i in
            let f = flat[i]
            return PlanItem(id: f.id, level: f.level, number: f.number, title: f.title,
                            body: MarkdownNode(.document, children: f.blocks), children: tree(flat, parent: i), location: f.location)
        }
    }

    // MARK: - Lines before cmark

    /// Keeps cmark from reading numbered lines as Markdown: `1. ` (an ordered list) becomes `1． `, and spaces before a
    /// number (an indented code block) become full-width spaces. Every line keeps its length, so columns stay true.
    static func prepare(_ lines: [String]) -> [String] {
        var inFence = false
        return lines.map { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); return line }
            guard !inFence else { return line }
            let afterSpaces = trimmed.drop { $0 == "\u{3000}" }
            guard let number = OutlineNumber.parse(afterSpaces) else { return line }
            let indent = line.count - trimmed.count
            var out = String(repeating: "\u{3000}", count: indent) + trimmed
            if number.level == 3, number.written.hasSuffix(".") {
                let chars = Array(out)
                let dot = indent + (trimmed.count - afterSpaces.count) + number.written.count - 1
                out = String(chars[..<dot]) + "．" + String(chars[(dot + 1)...])
            }
            return out
        }
    }

    /// Column (in characters) of the outline number in a source line: after spaces, `#`, `*` and `_`.
    static func markerColumn(_ line: String) -> Int {
        let skip: Set<Character> = [" ", "\t", "\u{3000}", "#", "*", "_"]
        return (line.firstIndex { !skip.contains($0) }.map { line.distance(from: line.startIndex, to: $0) } ?? 0) + 1
    }

    // MARK: - Blocks

    /// Splits a paragraph at each line break after which a line starts with an outline number (paste without blank lines).
    static func split(_ paragraph: MarkdownNode, line: Int) -> [Piece] {
        var pieces: [Piece] = []
        var current: [MarkdownNode] = []
        var currentLine = line
        var breaks = 0
        let children = paragraph.children
        for (i, child) in children.enumerated() {
            if child.kind == .softBreak || child.kind == .lineBreak {
                breaks += 1
                let next = Array(children[(i + 1)...])
                let text = firstLineText(next)
                if OutlineNumber.parse(text.drop { spaces.contains($0) }) != nil {
                    pieces.append(Piece(node: MarkdownNode(.paragraph, children: current, start: paragraph.start), line: currentLine))
                    current = []
                    currentLine = line + breaks
                    continue
                }
            } else {
                breaks += countBreaks(child)
            }
            current.append(child)
        }
        pieces.append(Piece(node: MarkdownNode(.paragraph, children: current, start: paragraph.start), line: currentLine))
        return pieces.filter { !$0.node.children.isEmpty }
    }

    /// Reads a numbered paragraph or heading: its number, its title (up to the first 。 or the line's end) and the rest.
    static func recognise(_ piece: Piece) -> (OutlineNumber, String, MarkdownNode?)? {
        let isHeading: Bool
        switch piece.node.kind {
        case .paragraph: isHeading = false
        case .heading: isHeading = true
        default: return nil
        }
        let line = firstLineText(piece.node.children)
        let lead = line.prefix { spaces.contains($0) }.count
        guard let number = OutlineNumber.parse(line.dropFirst(lead)) else { return nil }
        let rest = Array(line.dropFirst(lead + number.length))
        var consumed: Int
        let title: String
        if let end = rest.firstIndex(where: { titleEnds.contains($0) }), !isHeading || end < rest.count - 1 {
            title = String(rest[..<end])
            consumed = lead + number.length + end + 1
        } else {
            title = String(rest)
            consumed = line.count + 1
        }
        var remaining = dropPrefix(consumed, from: piece.node.children)
        while let first = remaining.first, first.kind == .softBreak || first.kind == .lineBreak { remaining.removeFirst() }
        remaining = trimLeading(remaining)
        var body: MarkdownNode?
        if !remaining.isEmpty, !MarkdownNode(.paragraph, children: remaining).plainText.trimmingCharacters(in: .whitespaces).isEmpty {
            body = ChineseTypography.finish(trimLineStarts(MarkdownNode(.paragraph, children: remaining, start: piece.node.start)))
        }
        return (number, title.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\u{3000}"))), body)
    }

    // MARK: - Inlines

    /// Text of inlines up to the first line break, without markup.
    static func firstLineText(_ inlines: [MarkdownNode]) -> String {
        var out = ""
        func visit(_ nodes: [MarkdownNode]) -> Bool {
            for n in nodes {
                switch n.kind {
                case .softBreak, .lineBreak: return false
                case .text(let s), .code(let s): out += s
                default: if !visit(n.children) { return false }
                }
            }
            return true
        }
        _ = visit(inlines)
        return out
    }

    static func countBreaks(_ node: MarkdownNode) -> Int {
        var n = 0
        node.walk { if $0.kind == .softBreak || $0.kind == .lineBreak { n += 1 } }
        return n
    }

    /// Removes the first `count` characters of text (a line break counts as one) from inlines, keeping their markup.
    static func dropPrefix(_ count: Int, from inlines: [MarkdownNode]) -> [MarkdownNode] {
        var left = count
        func drop(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
            var out: [MarkdownNode] = []
            for var n in nodes {
                if left <= 0 { out.append(n); continue }
                switch n.kind {
                case .text(let s), .code(let s):
                    if s.count <= left { left -= s.count; continue }
                    let kept = String(s.dropFirst(left))
                    left = 0
                    if case .code = n.kind { n.kind = .code(kept) } else { n.kind = .text(kept) }
                    out.append(n)
                case .softBreak, .lineBreak:
                    left -= 1
                case .htmlInline:
                    out.append(n)
                default:
                    n.children = drop(n.children)
                    if !n.children.isEmpty { out.append(n) }
                }
            }
            return out
        }
        return drop(inlines)
    }

    /// Drops spaces (also full-width) at the start of inlines.
    static func trimLeading(_ inlines: [MarkdownNode]) -> [MarkdownNode] {
        let lead = firstLineText(inlines).prefix { spaces.contains($0) }.count
        return lead > 0 ? dropPrefix(lead, from: inlines) : inlines
    }

    /// Removes the full-width spaces Word puts at the start of each line of a paragraph.
    static func trimLineStarts(_ node: MarkdownNode) -> MarkdownNode {
        guard node.kind == .paragraph else { return node }
        var node = node
        var out: [MarkdownNode] = []
        var atLineStart = true
        for child in node.children {
            if child.kind == .softBreak || child.kind == .lineBreak { atLineStart = true; out.append(child); continue }
            if atLineStart, case .text(let s) = child.kind {
                let kept = String(s.drop { spaces.contains($0) })
                atLineStart = kept.isEmpty
                if !kept.isEmpty { out.append(MarkdownNode(.text(kept), start: child.start)) }
                continue
            }
            atLineStart = false
            out.append(child)
        }
        node.children = out
        return node
    }

    /// Removes the private-use joiners `ChineseTypography.prepare` adds, leaving the line breaks for splitting.
    static func stripJoiners(_ node: MarkdownNode) -> MarkdownNode {
        var node = node
        let j = ChineseTypography.joiner
        if case .text(let s) = node.kind, s.contains(j) { node.kind = .text(s.filter { $0 != j }) }
        if case .code(let s) = node.kind, s.contains(j) { node.kind = .code(s.filter { $0 != j }) }
        node.children = node.children.map(stripJoiners)
        return node
    }
}

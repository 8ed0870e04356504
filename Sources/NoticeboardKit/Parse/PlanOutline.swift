import Foundation
import Markdown

/// Turns a plan's Markdown body into its outline: paragraphs and headings that start with 一、（一）1、（1）① become
/// items with ids from their number path; numbering slips (skipped, repeated, missing, wrongly restarted) become warnings.
public enum PlanOutline {
    /// The outline of one plan body.
    public struct Outline: Sendable {
        /// Text before the first numbered item, or before the first article in a file with several.
        public var intro: MarkdownNode
        /// The documents of the body: one unless the file holds several (篇一…篇六, 方案1…方案5).
        public var articles: [PlanArticle]
        public var diagnostics: [Diagnostic]
        /// Web-page chrome left out of the outline.
        public var omitted: [PlanOmittedLine] = []
        /// The 落款 found at the end of the text.
        public var signature: PlanSignature?
        /// Whether each line of text was read as its own paragraph (pasted text) rather than by Markdown's rule.
        public var linesAreParagraphs = true

        /// Top-level items of every article.
        public var items: [PlanItem] { articles.flatMap(\.items) }
    }

    /// A top-level block of the body, split so that every numbered line starts its own block.
    struct Piece {
        var node: MarkdownNode
        /// Line in the body text (1-based).
        var line: Int
        /// Column of the number when it was found after a lost line break.
        var column: Int? = nil
        /// The title of the article this piece starts, when it is an article boundary.
        var startsArticle: String? = nil
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

    /// Numbering state of one article.
    struct ArticleState {
        var number: Int
        var title: String?
        var location: SourceLocation?
        var intro: [MarkdownNode] = []
        var flat: [FlatItem] = []
        var open: [Int] = []  // indexes into `flat` of the items that can still take children
        var lastChild: [String: (value: Int, line: Int)] = [:]  // "parent/level" → last sibling
        var lastAtLevel: [Int: (value: Int, parent: Int?)] = [:]
        var usedIDs: Set<String> = []
    }

    static let spaces = OutlineNumber.spaces

    /// Parses `body` (the file's text after the front matter, starting at `bodyLine` of `file`).
    public static func parse(_ body: String, file: String, bodyLine: Int, paragraphs: PlanPaste.ParagraphRule = .auto) -> Outline {
        let sourceLines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let paste = PlanPaste.read(sourceLines, rule: paragraphs)
        let lines = prepare(paste.lines)
        var raw = stripJoiners(CommonMarkConverter.parse(ChineseTypography.prepare(lines.joined(separator: "\n"))))
        if paste.linesAreParagraphs { raw = splitLines(raw) }
        var pieces = collect(raw.children)
        markArticles(&pieces)

        var diagnostics: [Diagnostic] = []
        func at(_ line: Int, _ column: Int = 1) -> SourceLocation { SourceLocation(path: file, line: bodyLine + line - 1, column: column) }
        var fileIntro: [MarkdownNode] = []
        var finished: [ArticleState] = []
        var current = ArticleState(number: 1)
        var sawBoundary = false

        var cuts = 0
        var index = 0
        while index < pieces.count {
            var piece = pieces[index]
            index += 1
            if let title = piece.startsArticle {
                if current.flat.isEmpty, current.title == nil {
                    fileIntro += current.intro
                } else {
                    finished.append(current)
                }
                sawBoundary = true
                let line = piece.line <= lines.count ? lines[piece.line - 1] : ""
                current = ArticleState(number: finished.count + 1, title: title, location: at(piece.line, markerColumn(line)))
                continue
            }
            let sourceLine = piece.line <= sourceLines.count ? sourceLines[piece.line - 1] : ""
            // A number after a lost line break (`…齐头并进”，3、通过…`) starts its own piece.
            if piece.node.kind == .paragraph, cuts < LostBreak.maxCuts {
                let lead = leadingNumber(piece)
                var context: (level: Int, value: Int)?
                if let lead, let value = lead.value {
                    context = (resolveLevel(lead, in: current), value)
                } else if lead == nil, let last = current.flat.last {
                    context = (last.level, last.value)
                }
                let text = inlineText(piece.node.children)
                let from = lead.map { $0.length + (text.prefix { spaces.contains($0) }.count) } ?? 0
                if let cut = LostBreak.find(in: text, from: from, context: context) {
                    cuts += 1
                    let head = takePrefix(cut.offset, from: piece.node.children)
                    let tail = dropPrefix(cut.offset, from: piece.node.children)
                    let breaksBefore = text.prefix(cut.offset).filter { $0 == "\n" }.count
                    let line = piece.line + breaksBefore
                    let src = line <= sourceLines.count ? sourceLines[line - 1] : ""
                    let column = LostBreak.column(of: cut.written, after: cut.before, in: src, plainOffset: cut.lineOffset)
                    diagnostics.append(.warning(at(line, column), "“\(cut.written)”前似乎丢了换行，已按编号读出 (a line break seems lost before \(cut.written): read as an outline item)", key: "plan.line-break-lost"))
                    pieces.insert(Piece(node: MarkdownNode(.paragraph, children: tail, start: piece.node.start), line: line, column: column), at: index)
                    piece.node.children = head
                }
            }
            guard let found = recognise(piece) else {
                let block = ChineseTypography.finish(trimLineStarts(piece.node))
                if let last = current.flat.indices.last { current.flat[last].blocks.append(block) } else { current.intro.append(block) }
                continue
            }
            let (number, title, rest) = found
            let location = at(piece.line, piece.column ?? markerColumn(sourceLine))
            let level = resolveLevel(number, in: current)
            while let top = current.open.last, current.flat[top].level >= level { current.open.removeLast() }
            let parent = current.open.last
            let key = "\(parent ?? -1)/\(level)"
            let previous = current.lastChild[key]
            let expected = (previous?.value ?? 0) + 1
            let expectedText = OutlineNumber.canonical(level: level, value: expected)
            var value = number.value ?? expected
            var written = writtenNumber(number, sourceLine: sourceLine, column: location.column)
            if number.value == nil {
                written = expectedText
                diagnostics.append(.warning(location, "编号缺少数字：此处应为“\(expectedText)” (outline number is missing its numeral: expected \(expectedText))", key: "plan.numbering-missing"))
            } else if previous == nil, value != 1 {
                if let cousin = current.lastAtLevel[level], cousin.parent != parent, cousin.value + 1 == value {
                    diagnostics.append(.warning(location, "编号应在上一级标题下从“\(expectedText)”重新开始，这里接着上一节写成了“\(written)” (numbering should restart at \(expectedText) under a new heading)", key: "plan.numbering-restart"))
                } else {
                    diagnostics.append(.warning(location, "编号跳过：应为“\(expectedText)”，这里是“\(written)” (numbering skips: expected \(expectedText))", key: "plan.numbering-skip"))
                }
            } else if let previous, value == previous.value {
                diagnostics.append(.warning(location, "编号“\(written)”与第 \(previous.line) 行重复，应为“\(expectedText)” (number repeated: expected \(expectedText))", key: "plan.numbering-repeat"))
            } else if value > expected {
                diagnostics.append(.warning(location, "编号跳过：应为“\(expectedText)”，这里是“\(written)” (numbering skips: expected \(expectedText))", key: "plan.numbering-skip"))
            } else if value < expected {
                if value == 1 {
                    let split = level == 1 && parent == nil
                        ? "；如果这里开始的是另一篇文档，在它前面加一行标题（如“## 方案二”）就会单独成篇，也可以把它另存为一个文件（见 docs/plans.md“一个文件里的几篇文档”）"
                        : ""
                    diagnostics.append(.warning(location, "编号在这里重新从“\(written)”开始，应为“\(expectedText)”\(split) (numbering restarts where it should go on: expected \(expectedText))", key: "plan.numbering-restart"))
                } else {
                    diagnostics.append(.warning(location, "编号倒退：应为“\(expectedText)”，这里是“\(written)” (number repeated or out of order: expected \(expectedText))", key: "plan.numbering-repeat"))
                }
            }
            if value < 1 { value = expected }
            current.lastChild[key] = (value, location.line)
            current.lastAtLevel[level] = (value, parent)
            let base = parent.map { current.flat[$0].id + "." } ?? ""
            var id = base + String(value)
            var n = 2
            // A repeated number gets `_2`: `3.2_2` (anchor `task-3-2_2`) can never meet `3.2.2` (`task-3-2-2`).
            while current.usedIDs.contains(id) { id = base + String(value) + "_\(n)"; n += 1 }
            current.usedIDs.insert(id)
            if written.isEmpty { written = expectedText }
            current.flat.append(FlatItem(level: level, value: value, number: written, title: title, blocks: rest.map { [$0] } ?? [],
                                         location: location, parent: parent, id: id))
            current.open.append(current.flat.count - 1)
        }
        if !sawBoundary {
            fileIntro += current.intro
            current.intro = []
            finished.append(current)
        } else if !current.flat.isEmpty || current.title != nil {
            finished.append(current)
        }
        let multi = finished.count > 1
        let articles = finished.map { a in
            PlanArticle(number: a.number, title: a.title, location: a.location, intro: MarkdownNode(.document, children: a.intro),
                        items: tree(a.flat, parent: nil, article: multi ? a.number : nil))
        }
        if multi, let first = articles.first?.location {
            let names = articles.compactMap(\.title).prefix(3).map { "“\($0)”" }.joined(separator: "、")
            diagnostics.append(.note(first, "本文件包含 \(articles.count) 篇文档（\(names)\(articles.count > 3 ? "等" : "")），每篇单独成节、单独编号，任务编号前加篇号（如 2-1.1）；如需分开发布，把每篇另存为一个文件即可（见 docs/plans.md） (the file holds \(articles.count) documents: each is its own section)", key: "plan.articles"))
        }
        for split in paste.wordSplits {
            diagnostics.append(.warning(at(split.line, split.column), "第 \(bodyLine + split.line - 1) 行末的“\(split.tail)”和下一段开头的“\(split.head)”似乎是一个词被空行断开了，请删去中间的空行 (a word seems split across a blank line)", key: "plan.word-split"))
        }
        if let first = paste.omitted.first {
            let listed = paste.omitted.prefix(8).map { "第 \(bodyLine + $0.line - 1) 行“\($0.text.count > 20 ? String($0.text.prefix(20)) + "…" : $0.text)”" }
            diagnostics.append(.warning(at(first.line), "以下是网页附带的内容（导航、阅读/分享、相关文章），没有放进计划：\(listed.joined(separator: "、"))\(paste.omitted.count > 8 ? " 等 \(paste.omitted.count) 行" : "") (web-page chrome left out of the plan: \(paste.omitted.count) lines)", key: "plan.web-chrome"))
        }
        var outline = Outline(intro: MarkdownNode(.document, children: fileIntro), articles: articles, diagnostics: diagnostics)
        outline.omitted = paste.omitted.map { PlanOmittedLine(line: bodyLine + $0.line - 1, text: $0.text) }
        if let s = paste.signature {
            outline.signature = PlanSignature(unit: s.unit, date: s.date, location: at(s.line))
        }
        outline.linesAreParagraphs = paste.linesAreParagraphs
        return outline
    }

    /// The level of a number whose numeral is missing (`、` is 一、 or 1、): that of the latest item it could be.
    static func resolveLevel(_ number: OutlineNumber, in state: ArticleState) -> Int {
        guard number.levels.count > 1 else { return number.level }
        return state.flat.last { number.levels.contains($0.level) }?.level ?? number.levels[0]
    }

    /// The number as the user typed it (`1.`, not the `1．` `prepare` made of it).
    static func writtenNumber(_ number: OutlineNumber, sourceLine: String, column: Int) -> String {
        let chars = Array(sourceLine)
        guard column >= 1, column - 1 < chars.count, let n = OutlineNumber.parse(String(chars[(column - 1)...])),
              n.levels == number.levels, n.value == number.value else { return number.written }
        return n.written
    }

    /// The number at the start of a paragraph piece, if any.
    static func leadingNumber(_ piece: Piece) -> OutlineNumber? {
        let line = firstLineText(piece.node.children)
        return OutlineNumber.parse(line.drop { spaces.contains($0) })
    }

    static func tree(_ flat: [FlatItem], parent: Int?, article: Int?) -> [PlanItem] {
        flat.indices.filter { flat[$0].parent == parent }.map { i in
            let f = flat[i]
            var item = PlanItem(id: article.map { "\($0)-\(f.id)" } ?? f.id, level: f.level, number: f.number, title: f.title,
                                body: MarkdownNode(.document, children: f.blocks), children: tree(flat, parent: i, article: article),
                                location: f.location)
            item.path = f.id
            item.article = article
            return item
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
            // `- 1. 文字` is a list item holding outline number 1, not a list holding an ordered list.
            var marker = 0
            if let f = trimmed.first, "-+*".contains(f), trimmed.dropFirst().first == " " {
                marker = 1 + trimmed.dropFirst().prefix { $0 == " " }.count
            }
            let afterMarker = trimmed.dropFirst(marker)
            let afterSpaces = afterMarker.drop { $0 == "\u{3000}" }
            guard let number = OutlineNumber.parse(afterSpaces) else { return line }
            let indent = line.count - trimmed.count
            var out = marker > 0 ? line : String(repeating: "\u{3000}", count: indent) + trimmed
            if number.level == 3, number.written.hasSuffix(".") {
                let chars = Array(out)
                let dot = indent + marker + (afterMarker.count - afterSpaces.count) + number.written.count - 1
                out = String(chars[..<dot]) + "．" + String(chars[(dot + 1)...])
            }
            return out
        }
    }

    /// Column (in characters) of the outline number in a source line: after spaces, `#`, `*` and `_`.
    static func markerColumn(_ line: String) -> Int {
        let skip: Set<Character> = [" ", "\t", "\u{3000}", "#", "*", "_", "-", "+", ">"]
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

    /// Reads a numbered paragraph or heading: its number, its title (`PlanTitle`) and the rest.
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
        let (title, used) = PlanTitle.split(rest, isHeading: isHeading)
        let consumed = used >= rest.count ? line.count + 1 : lead + number.length + used
        var remaining = dropPrefix(consumed, from: piece.node.children)
        while let first = remaining.first, first.kind == .softBreak || first.kind == .lineBreak { remaining.removeFirst() }
        remaining = trimLeading(remaining)
        var body: MarkdownNode?
        if !remaining.isEmpty, !MarkdownNode(.paragraph, children: remaining).plainText.trimmingCharacters(in: .whitespaces).isEmpty {
            body = ChineseTypography.finish(trimLineStarts(MarkdownNode(.paragraph, children: remaining, start: piece.node.start)))
        }
        return (number, title, body)
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

/// Adjusts two CommonMark rules that hurt Chinese text, leaving English text as CommonMark says:
/// `**` runs beside Chinese punctuation act as delimiters, and a line break between Chinese characters adds no space.
public enum ChineseTypography {
    /// A private-use character put between a `*` run and Chinese punctuation before parsing, so the run flanks as if
    /// it stood next to a letter; removed again from the tree afterwards.
    public static let joiner: Character = "\u{E000}"

    /// Prepares Markdown text for cmark: marks `*` runs that touch Chinese punctuation.
    public static func prepare(_ text: String) -> String {
        guard text.contains("*") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == joiner { i += 1; continue }
            if c == "*" {
                var j = i
                while j < chars.count, chars[j] == "*" { j += 1 }
                let before: Character? = i > 0 ? chars[i - 1] : nil
                let after: Character? = j < chars.count ? chars[j] : nil
                if let before, isChinesePunctuation(before) { out.append(joiner) }
                out.append(contentsOf: String(repeating: "*", count: j - i))
                if let after, isChinesePunctuation(after) { out.append(joiner) }
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// Parses Markdown with the Chinese adjustments applied.
    /// Positions in the tree are those of `text`: the joiners inserted before parsing are counted back out.
    public static func parse(_ text: String) -> MarkdownNode {
        let prepared = prepare(text)
        let tree = finish(CommonMarkConverter.parse(prepared))
        let inserted = joinerColumns(prepared)
        return inserted.isEmpty ? tree : shifted(tree, by: inserted)
    }

    /// The 1-based character columns of the joiners on each 1-based line of prepared text.
    static func joinerColumns(_ prepared: String) -> [Int: [Int]] {
        guard prepared.contains(joiner) else { return [:] }
        var result: [Int: [Int]] = [:]
        var line = 1, column = 1
        for c in prepared {
            if c == "\n" || c == "\r\n" { line += 1; column = 1; continue }
            if c == joiner { result[line, default: []].append(column) }
            column += 1
        }
        return result
    }

    /// Moves every node's start left by the joiners before it on its line.
    static func shifted(_ node: MarkdownNode, by joiners: [Int: [Int]]) -> MarkdownNode {
        var node = node
        if let start = node.start, let columns = joiners[start.line] {
            node.start = MarkdownPosition(line: start.line, column: start.column - columns.count { $0 < start.column })
        }
        node.children = node.children.map { shifted($0, by: joiners) }
        return node
    }

    /// Removes the joiners and the soft breaks that fall between two Chinese characters.
    public static func finish(_ node: MarkdownNode) -> MarkdownNode {
        var node = node
        switch node.kind {
        case .text(let s) where s.contains(joiner): node.kind = .text(s.filter { $0 != joiner })
        case .code(let s) where s.contains(joiner): node.kind = .code(s.filter { $0 != joiner })
        case .codeBlock(let info, let s) where s.contains(joiner): node.kind = .codeBlock(info: info, literal: s.filter { $0 != joiner })
        case .htmlInline(let s) where s.contains(joiner): node.kind = .htmlInline(s.filter { $0 != joiner })
        case .htmlBlock(let s) where s.contains(joiner): node.kind = .htmlBlock(s.filter { $0 != joiner })
        default: break
        }
        guard !node.children.isEmpty else { return node }
        var children = node.children.map(finish)
        if !node.isBlock || node.kind == .paragraph || isHeading(node.kind) {
            children = joinChineseLines(children)
        }
        node.children = children
        return node
    }

    private static func isHeading(_ kind: MarkdownNode.Kind) -> Bool {
        if case .heading = kind { return true }
        return false
    }

    /// Drops soft breaks whose neighbours on both sides are Chinese characters or Chinese punctuation.
    static func joinChineseLines(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
        guard nodes.contains(where: { $0.kind == .softBreak }) else { return nodes }
        var out: [MarkdownNode] = []
        for (index, node) in nodes.enumerated() {
            if node.kind == .softBreak,
               let before = index > 0 ? lastCharacter(nodes[index - 1]) : nil,
               let after = index + 1 < nodes.count ? firstCharacter(nodes[index + 1]) : nil,
               isWide(before), isWide(after) {
                continue
            }
            out.append(node)
        }
        return out
    }

    private static func lastCharacter(_ node: MarkdownNode) -> Character? {
        switch node.kind {
        case .text(let s), .code(let s): return s.last
        default: return node.children.last.flatMap(lastCharacter)
        }
    }

    private static func firstCharacter(_ node: MarkdownNode) -> Character? {
        switch node.kind {
        case .text(let s), .code(let s): return s.first
        default: return node.children.first.flatMap(firstCharacter)
        }
    }

    /// Chinese characters and the punctuation set with them (no space is written between them).
    public static func isWide(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2FA1F, 0xF900...0xFAFF: return true  // Han
        case 0x3000...0x303F, 0xFF00...0xFFEF, 0xFE30...0xFE4F: return true  // CJK and full-width punctuation
        case 0x3040...0x30FF: return true  // kana
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7: return true  // ‘’“”—…·
        default: return false
        }
    }

    /// Punctuation used in Chinese text next to which CommonMark's flanking rules misfire.
    public static func isChinesePunctuation(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65, 0xFE30...0xFE4F: return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026, 0x00B7: return true
        default: return false
        }
    }
}

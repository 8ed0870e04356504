import Foundation

/// Reads what pasting from Word and web pages leaves in a plan's lines before Markdown sees them: web-page chrome
/// (left out and reported), the 落款 at the end, whether each line is a paragraph, and words split across a blank line.
public enum PlanPaste {
    /// How line breaks inside a block of text are read.
    public enum ParagraphRule: Sendable, Equatable {
        /// Decide from the text: pasted text unless it is clearly hand-written Markdown.
        case auto
        /// Every line of text is its own paragraph (Word and web text).
        case lines
        /// Markdown's rule: lines are joined until a blank line.
        case markdown

        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "auto", "自动": self = .auto
            case "lines", "line", "按行", "每行一段", "粘贴": self = .lines
            case "markdown", "blank-lines", "空行", "按空行", "空行分段": self = .markdown
            default: return nil
            }
        }
    }

    struct Result {
        /// The lines with chrome and signature lines blanked (so line numbers stay true).
        var lines: [String]
        var omitted: [PlanOmittedLine] = []
        /// Signature unit, date and the (body) line it starts on.
        var signature: (unit: String?, date: String?, line: Int)?
        var linesAreParagraphs = true
        /// Word-split findings: (line of the first half, its length, first half's tail, second half's head).
        var wordSplits: [(line: Int, column: Int, tail: String, head: String)] = []
    }

    static let sentenceEnds: Set<Character> = Set("。．.！!？?；;：:…”’」』）)】\"'》")
    /// Endings of a unit that signs (落款); the weak ones (a bare 社区, 街道) only count with a date beside them.
    static let unitSuffixes = ["居民委员会", "居委会", "委员会", "办事处", "党委", "党支部", "党总支", "工作站",
                               "领导小组", "办公室", "文明办", "管委会", "村委会"]
    static let weakUnitSuffixes = ["社区", "街道", "服务中心"]
    static let metaTokens = ["来源：", "来源:", "阅读：", "阅读:", "阅读量", "浏览：", "浏览:", "浏览次数",
                             "点击：", "点击:", "点击数", "点击量", "发布时间", "发布日期", "更新时间", "作者：", "作者:",
                             "责任编辑", "分享到", "上一篇", "下一篇", "本文链接", "转载请注明",
                             "收藏本文", "打印本页", "关闭窗口", "扫一扫", "字号：", "字体："]
    static let relatedHeaders = ["相关文章", "相关阅读", "相关推荐", "推荐阅读", "热门文章", "猜你喜欢", "的人还看了",
                                 "的人还看", "更多相关", "延伸阅读", "精彩推荐", "热门推荐", "最新文章", "相关范文", "相关链接"]

    static func read(_ lines: [String], rule: ParagraphRule) -> Result {
        var result = Result(lines: lines)
        let fenced = fencedLines(lines)
        // 1. Web-page chrome.
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            if fenced.contains(i) { continue }
            let text = plain(lines[i])
            guard !text.isEmpty else { continue }
            if isRelatedHeader(text) {
                omit(&result, i)
                var j = i + 1
                while j < lines.count, !fenced.contains(j) {
                    let t = plain(lines[j])
                    if t.isEmpty { j += 1; continue }
                    guard isRelatedEntry(t) else { break }
                    omit(&result, j)
                    j += 1
                }
                i = j - 1
                continue
            }
            if isChromeLine(text) { omit(&result, i); continue }
            if text.count <= 60, !text.contains("。"), hasWebDate(text) {
                // A run of two or more short lines with dates like 2017-12-05: a list of articles.
                var j = i
                while j < lines.count, !fenced.contains(j), plain(lines[j]).count <= 60, hasWebDate(plain(lines[j])) { j += 1 }
                if j - i >= 2 { for k in i..<j { omit(&result, k) }; i = j - 1 }
            }
        }
        // 2. The signature: the last lines of text, a unit and a date.
        findSignature(&result, fenced: fenced)
        // 3. Paragraphs.
        switch rule {
        case .lines: result.linesAreParagraphs = true
        case .markdown: result.linesAreParagraphs = false
        case .auto: result.linesAreParagraphs = !looksHandWritten(result.lines, original: lines, fenced: fenced)
        }
        // 4. Words split across a blank line.
        findWordSplits(&result, fenced: fenced)
        return result
    }

    static func omit(_ result: inout Result, _ i: Int) {
        guard !result.lines[i].isEmpty else { return }
        result.omitted.append(PlanOmittedLine(line: i + 1, text: result.lines[i].trimmingCharacters(in: .whitespaces)))
        result.lines[i] = ""
    }

    /// Indexes of lines inside fenced code blocks (and the fences).
    static func fencedLines(_ lines: [String]) -> Set<Int> {
        var out = Set<Int>()
        var inFence = false
        for (i, line) in lines.enumerated() {
            let t = line.drop { $0 == " " || $0 == "\t" }
            if t.hasPrefix("```") || t.hasPrefix("~~~") { inFence.toggle(); out.insert(i); continue }
            if inFence { out.insert(i) }
        }
        return out
    }

    /// The line without leading spaces, heading marks, list markers and emphasis stars.
    static func plain(_ line: String) -> String {
        var t = Substring(line).drop { OutlineNumber.spaces.contains($0) || $0 == "#" || $0 == ">" }
        if let f = t.first, "-+*".contains(f), t.dropFirst().first.map({ OutlineNumber.spaces.contains($0) }) ?? false {
            t = t.dropFirst().drop { OutlineNumber.spaces.contains($0) }
        }
        return String(t.filter { $0 != "*" }).trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\u{3000}")))
    }

    /// `相关文章`, `推荐阅读：`, `看过…的人还看了：` — not a numbered line (`（三）推荐阅读书目` is the plan's own).
    static func isRelatedHeader(_ text: String) -> Bool {
        guard text.count <= 40, OutlineNumber.parse(text) == nil else { return false }
        if text.contains("的人还看") { return true }
        return relatedHeaders.contains { text.hasPrefix($0) }
    }

    /// A line of a related-articles list: short, no sentence inside, a title or a date.
    static func isRelatedEntry(_ text: String) -> Bool {
        guard text.count <= 60 else { return false }
        let inner = text.dropLast()
        return !inner.contains("。") && !inner.contains("；") && !inner.contains("，")
    }

    static func isChromeLine(_ text: String) -> Bool {
        if text.contains("小编") { return true }
        if text.hasPrefix("当前位置") || text.hasPrefix("您的位置") || text.hasPrefix("你的位置") || text.hasPrefix("您现在的位置") {
            return true
        }
        guard text.count <= 80 else { return false }
        // Breadcrumbs: 首页 > 范文 > 工作计划 (a line like 申请→审核→公示 is the plan's own).
        if ["首页", "主页", "网站首页"].contains(where: { text.hasPrefix($0) }), text.contains(where: { ">»＞›/→".contains($0) }),
           !text.contains("。"), !text.contains("，") {
            return true
        }
        let segments = text.split { $0 == " " || $0 == "\u{3000}" || $0 == "|" || $0 == "丨" || $0 == "｜" }
        return segments.contains { segment in metaTokens.contains { segment.hasPrefix($0) } }
    }

    /// A title followed by a web date (`…工作方案 2023-02-11`); a line starting with a date is a schedule, not chrome.
    static func hasWebDate(_ text: String) -> Bool {
        text.range(of: #"\S.*(19|20)\d\d[-/](0?[1-9]|1[0-2])[-/](0?[1-9]|[12]\d|3[01])\)?$"#, options: .regularExpression) != nil
            && text.range(of: #"^(19|20)\d\d[-/]"#, options: .regularExpression) == nil
    }

    // MARK: - Signature

    static let dateOnly = #"^((19|20)\d\d|[〇○零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?$"#

    static func isDate(_ text: String) -> Bool { text.count <= 24 && text.range(of: dateOnly, options: .regularExpression) != nil }

    static func isUnit(_ text: String, withDate: Bool) -> Bool {
        guard (2...30).contains(text.count), OutlineNumber.parse(text) == nil else { return false }
        if text.contains(where: { "，。；：！？、,;:!?“”\"（）()".contains($0) }) { return false }
        return unitSuffixes.contains { text.hasSuffix($0) } || (withDate && weakUnitSuffixes.contains { text.hasSuffix($0) })
    }

    static func findSignature(_ result: inout Result, fenced: Set<Int>) {
        let texts = result.lines.indices.filter { !fenced.contains($0) && !plain(result.lines[$0]).isEmpty }
        guard texts.count >= 2, let last = texts.last else { return }
        let lastText = plain(result.lines[last])
        if isDate(lastText) {
            let before = texts[texts.count - 2]
            let unit = plain(result.lines[before])
            guard isUnit(unit, withDate: true), texts.count >= 3 else { return }
            result.signature = (unit, lastText, before + 1)
            result.lines[before] = ""
            result.lines[last] = ""
            return
        }
        let parts = lastText.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        if parts.count >= 2, isDate(parts.dropFirst().joined(separator: " ")), isUnit(parts[0], withDate: true) {
            result.signature = (parts[0], parts.dropFirst().joined(separator: " "), last + 1)
            result.lines[last] = ""
            return
        }
        if isUnit(lastText, withDate: false) {
            result.signature = (lastText, nil, last + 1)
            result.lines[last] = ""
        }
    }

    // MARK: - Paragraphs

    /// Plain paragraph text: not blank, not a heading, list, quote, table, or numbered line; not indented.
    static func isProse(_ line: String) -> Bool {
        guard let first = line.first, !OutlineNumber.spaces.contains(first) else { return false }
        if "#>|-+*".contains(first) { return false }
        return OutlineNumber.parse(line) == nil
    }

    /// Hand-written Markdown: blank lines between paragraphs, and lines inside paragraphs broken mid-sentence (wrapped).
    static func looksHandWritten(_ lines: [String], original: [String], fenced: Set<Int>) -> Bool {
        func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespaces).isEmpty }
        // A blank line the user typed between two lines of text (not one left by removed chrome or a signature).
        let texts = original.indices.filter { !blank(original[$0]) }
        let blankBetween = zip(texts, texts.dropFirst()).contains { $1 - $0 > 1 }
        var joins = 0
        var wraps = 0
        for i in lines.indices where !fenced.contains(i) {
            let line = lines[i]
            if blank(line) { continue }
            guard i + 1 < lines.count, !fenced.contains(i + 1), isProse(lines[i + 1]) else { continue }
            let text = String(line.drop { OutlineNumber.spaces.contains($0) })
            guard let first = text.first, !"#>|-+*".contains(first), OutlineNumber.parse(text) == nil else { continue }
            joins += 1
            if let last = text.last, !sentenceEnds.contains(last) { wraps += 1 }
        }
        return blankBetween && wraps > 0 && wraps * 2 >= joins
    }

    // MARK: - Words split across a blank line

    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
    }

    static func findWordSplits(_ result: inout Result, fenced: Set<Int>) {
        let lines = result.lines
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            guard !fenced.contains(i), i + 1 < lines.count, lines[i + 1].trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let raw = lines[i].trimmingCharacters(in: .whitespaces)
            guard let last = raw.last, isHan(last), !raw.hasPrefix("#"), !raw.hasPrefix(">") else { continue }
            let text = plain(raw)
            var j = i + 1
            while j < lines.count, lines[j].trimmingCharacters(in: .whitespaces).isEmpty { j += 1 }
            guard j < lines.count, !fenced.contains(j) else { continue }
            let next = lines[j]
            guard let first = next.first, isHan(first), OutlineNumber.parse(next) == nil else { continue }
            if let n = OutlineNumber.parse(text) {
                // A numbered line that is all title is a heading followed by its text (`三、保障措施` / `社区居委会…`),
                // unless it reads as a sentence cut short and a short fragment follows
                // (`3、加强…建设，发挥社区党员尤其是在职党` / `员的先锋模范作用。`).
                let rest = Array(text.dropFirst(n.length))
                if PlanTitle.split(rest, isHeading: false).consumed >= rest.count,
                   !(rest.contains("，") && next.count <= 30) { continue }
            }
            result.wordSplits.append((i + 1, lines[i].count, String(raw.suffix(3)), String(next.prefix(2))))
        }
    }
}

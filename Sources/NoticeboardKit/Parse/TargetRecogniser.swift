import Foundation

/// Finds targets in a plan's sentences: a clause with a number and unit and a comparison (不少于, 以上, ≤ …) or a
/// period (每月, 全年 …) — `共建理事会每月召开一次会议`, `满意率达85%以上`, `发案率控制在人口总数的1%以内`; a clause that
/// rules something out (`不发生重大刑事案件`, `无群体性上访事件`); a cadence without a number (`每月有安排`).
/// Counts in narratives (`组织了120人参加`), dates, years, phone numbers, `第N期` and set phrases (三个代表, 门前三包,
/// 6无) are not targets: a number counts only with a unit, outside a `第…`, and with a comparison or period beside it.
public enum TargetRecogniser {
    /// At most this many targets are read from one line, and lines longer than this many characters are read only up
    /// to it (a bound against hostile input; real plan paragraphs are far shorter).
    public static let maxPerLine = 20
    public static let maxLineLength = 4_000

    /// The targets of one line of text; `line` and `column` say where the line starts.
    public static func recognise(_ text: String, line: Int, column: Int = 1) -> [TargetSentence] {
        let chars = Array(text.prefix(maxLineLength))
        var found: [TargetSentence] = []
        let context = String(chars.prefix(200))
        for (start, clause) in clauses(chars) where found.count < maxPerLine {
            found += recogniseClause(clause, line: line, column: column + start).map { var t = $0; t.context = context; return t }
        }
        return Array(found.prefix(maxPerLine))
    }

    static let clauseEnds: Set<Character> = ["，", ",", "。", "；", ";", "！", "!", "？", "?", "：", ":", ".", "\n"]

    /// The clauses of a line with their offsets; a `:` or `,` between digits (8:30, 1,000) does not end one.
    static func clauses(_ chars: [Character]) -> [(Int, [Character])] {
        var result: [(Int, [Character])] = []
        var start = 0
        for i in chars.indices where clauseEnds.contains(chars[i]) {
            if ",:.".contains(chars[i]), i > 0, i + 1 < chars.count, chars[i - 1].isASCIIDigit, chars[i + 1].isASCIIDigit { continue }
            // 1. at the start (an outline number) stays with its clause
            if chars[i] == ".", chars[start..<i].allSatisfy({ $0.isASCIIDigit || $0 == " " || $0 == "-" || $0 == "#" }) { continue }
            if i > start { result.append((start, Array(chars[start..<i]))) }
            start = i + 1
        }
        if start < chars.count { result.append((start, Array(chars[start...]))) }
        return result
    }

    // MARK: words

    /// Period words, longest first.
    static let periods: [(String, TargetMeasure.Period)] = [
        ("每两年", .twoYears), ("每二年", .twoYears), ("每个季度", .quarter), ("每个月", .month), ("每星期", .week),
        ("每季度", .quarter), ("每季", .quarter), ("每年", .year), ("全年", .year), ("年内", .year), ("每月", .month),
        ("月月", .month), ("每周", .week), ("周周", .week), ("每天", .day), ("每日", .day), ("天天", .day),
        ("/日", .day), ("/天", .day), ("/周", .week), ("/月", .month), ("/季度", .quarter), ("/年", .year),
    ]
    /// Words that put a minimum before the number, and after it.
    static let atLeastBefore = ["不少于", "不低于", "不小于", "至少", "达到", "达", "≥", ">=", "＞＝", "超过", "覆盖", "保持"]
    static let atLeastAfter = ["以上", "及以上", "或以上"]
    static let atMostBefore = ["不超过", "不高于", "不大于", "控制在", "低于", "少于", "≤", "<=", "＜＝"]
    static let atMostAfter = ["以下", "以内", "之内"]
    /// Units a target counts in, longest first.
    static let units = ["小时", "人次", "个百分点", "%", "％", "次", "期", "个", "支", "天", "户", "人", "名", "场", "项",
                        "家", "所", "处", "篇", "块", "份", "批", "座", "间", "条", "件", "起", "课时", "堂", "届", "轮", "周"]
    /// Verbs that make a period alone a cadence target (`每月有安排`, `科普资料每月更换`).
    static let cadenceVerbs = ["有", "更换", "更新", "开讲", "出", "编印", "召开", "开展", "举办"]
    /// What a zero target rules out: incidents, cases, petitions.
    static let incidentWords = ["案件", "事件", "事故", "上访", "火灾", "火情", "犯罪", "闹事", "发案", "案发"]
    /// `无` at the start of these words is not a target (无论, 无私 …).
    static let notZero = ["无论", "无法", "无偿", "无私", "无证", "无缝", "无障碍", "无人", "无疑", "无形", "无数", "无限"]
    /// Words that mark a narrative of what was done, not an aim.
    static let narrative = ["了", "已经", "曾", "去年", "上年"]

    static let chineseDigits: Set<Character> = Set("〇零一二两三四五六七八九十百")

    // MARK: one clause

    static func recogniseClause(_ clause: [Character], line: Int, column: Int) -> [TargetSentence] {
        var trimmed = trimmedRange(clause)
        // A Markdown list item or heading mark before the number: `- 1、…`, `### （一）…`.
        while trimmed.lowerBound < trimmed.upperBound, "-*+#".contains(clause[trimmed.lowerBound]) || clause[trimmed.lowerBound] == " " {
            trimmed = (trimmed.lowerBound + 1)..<trimmed.upperBound
        }
        if column == 1, let number = OutlineNumber.parse(String(clause[trimmed])) {
            trimmed = min(trimmed.lowerBound + number.length, trimmed.upperBound)..<trimmed.upperBound  // 4、区文明办… → 区文明办…
        }
        let c = Array(clause[trimmed])
        let text = String(c)
        guard !c.isEmpty, !narrative.contains(where: { text.contains($0) }) else { return [] }
        let period = periodWord(text)
        let scope = scopeWord(text)
        var found: [TargetSentence] = []
        let clauseText = text
        let clauseColumn = column + trimmed.lowerBound

        var i = 0
        while i < c.count {
            guard let number = numberAt(c, i) else { i += 1; continue }
            defer { i = max(number.end, i + 1) }
            // 第3期, 第二个: an ordinal, not an amount.
            if number.start > 0, c[number.start - 1] == "第" { continue }
            // Phone numbers, IDs, dates and years: long digit runs, digits joined by - or /, a year.
            if number.start > 0, "-－/／.".contains(c[number.start - 1]) || c[number.start - 1].isASCIIDigit { continue }
            guard let (unit, unitLength) = unitAt(c, number.end) else { continue }
            if number.value >= 10_000, unit != "%" { continue }
            let afterUnit = number.end + unitLength
            // 一次性, 三个代表, 十个一: a numeral in a set phrase.
            if afterUnit < c.count, "性代一好".contains(c[afterUnit]), number.isChinese { continue }
            let before = String(c[..<number.start])
            let after = String(c[afterUnit...])
            var comparison = comparisonBefore(before)
            if atMostAfter.contains(where: { after.hasPrefix($0) || after.hasPrefix("的" + $0) }) {
                comparison = .atMost
            } else if comparison == nil, atLeastAfter.contains(where: { after.hasPrefix($0) }) {
                comparison = .atLeast
            }
            // A count needs a comparison or a period; a percentage needs a comparison.
            guard comparison != nil || ((period != nil || scope != nil) && unit != "%") else { continue }
            let counted = countedWords(before: before, after: after, unit: unit)
            let normalUnit = unit == "％" || unit == "个百分点" ? "%" : unit
            found.append(TargetSentence(text: clauseText, line: line, column: clauseColumn, period: period,
                                        scope: scope, comparison: comparison ?? .atLeast, threshold: number.value,
                                        unit: normalUnit, counted: counted))
        }
        if found.isEmpty, let zero = zeroTarget(text) {
            found.append(TargetSentence(text: clauseText, line: line, column: clauseColumn, period: period, scope: scope,
                                        comparison: .zero, threshold: 0, unit: "", counted: zero))
        }
        if found.isEmpty, let period, let verb = cadenceVerbs.first(where: { cadence(text, period: period, verb: $0) }) {
            _ = verb
            found.append(TargetSentence(text: clauseText, line: line, column: clauseColumn, period: period, scope: scope,
                                        comparison: .atLeast, threshold: 1, unit: "次", counted: cadenceCounted(text, period: period)))
        }
        return found
    }

    /// The comparison word nearest before the number, at most 8 characters before it (`满意率达到90%`,
    /// `控制在人口总数的1%`); the longer word wins where two end together (`不低于` over `低于`).
    static func comparisonBefore(_ before: String) -> TargetComparison? {
        let b = Array(before)
        var best: (end: Int, length: Int, comparison: TargetComparison)?
        for (words, comparison) in [(atLeastBefore, TargetComparison.atLeast), (atMostBefore, .atMost)] {
            for word in words {
                guard let r = before.range(of: word, options: .backwards) else { continue }
                let end = before.distance(from: before.startIndex, to: r.upperBound)
                guard b.count - end <= 8 else { continue }
                if best == nil || end > best!.end || (end == best!.end && word.count > best!.length) {
                    best = (end, word.count, comparison)
                }
            }
        }
        return best?.comparison
    }

    static func periodWord(_ text: String) -> TargetMeasure.Period? {
        var best: (String.Index, TargetMeasure.Period)?
        for (word, period) in periods {
            if let r = text.range(of: word), best == nil || r.lowerBound < best!.0 { best = (r.lowerBound, period) }
        }
        return best?.1
    }

    /// `每个街道`, `每社区`, `每户`: a count per unit of something, not per period.
    static func scopeWord(_ text: String) -> String? {
        for word in ["每个街道", "每街道", "每个社区", "每社区", "每个小区", "每小区", "每个楼栋", "每栋楼", "每个网格", "每网格", "每户"]
            where text.contains(word) { return word }
        return nil
    }

    /// `无群体性上访事件` → `群体性上访事件`; `不发生重大刑事案件` → `重大刑事案件`.
    static func zeroTarget(_ text: String) -> String? {
        for word in ["不发生", "杜绝", "不出现", "零发生", "无"] {
            var search = text.startIndex
            while let r = text.range(of: word, range: search..<text.endIndex) {
                search = r.upperBound
                if word == "无", notZero.contains(where: { text[r.lowerBound...].hasPrefix($0) }) { continue }
                let rest = String(text[r.upperBound...])
                guard let incident = incidentWords.compactMap({ w in rest.range(of: w).map { (w, $0) } })
                    .min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { continue }
                // The thing ruled out must follow closely: `无重大火灾事故`, not `无…（a long list）…事件`.
                let counted = String(rest[..<incident.1.upperBound])
                guard counted.count <= 16 else { continue }
                return counted.trimmingCharacters(in: CharacterSet(charactersIn: "的、 "))
            }
        }
        return nil
    }

    static func cadence(_ text: String, period: TargetMeasure.Period, verb: String) -> Bool {
        guard let word = periods.first(where: { $0.1 == period && text.contains($0.0) })?.0,
              let r = text.range(of: word) else { return false }
        return text[r.upperBound...].hasPrefix(verb)
    }

    /// `科普资料每月更换` → `科普资料更换`; `每月有安排` → `安排`.
    static func cadenceCounted(_ text: String, period: TargetMeasure.Period) -> String {
        var t = text
        for (word, _) in periods { t = t.replacingOccurrences(of: word, with: "") }
        if t.hasPrefix("有") { t.removeFirst() }
        return cleaned(t)
    }

    /// What is counted: the words after the unit (`一次会议` → `会议`), else the words before the number less the
    /// comparison and period (`满意率达85%以上` → `满意率`).
    static func countedWords(before: String, after: String, unit: String) -> String {
        var a = after
        for w in atLeastAfter + atMostAfter + ["的"] where a.hasPrefix(w) { a.removeFirst(w.count) }
        for w in ["/日", "/天", "/周", "/月", "/年"] where a.hasPrefix(w) { a.removeFirst(w.count) }
        let tail = cleaned(a)
        if unit != "%", !tail.isEmpty, tail.count <= 16 { return tail }
        var b = before
        for w in atLeastBefore + atMostBefore + periods.map(\.0) { b = b.replacingOccurrences(of: w, with: "") }
        let head = cleaned(b)
        if head.isEmpty { return tail }
        return head.count > 16 ? String(head.suffix(16)) : head
    }

    static func cleaned(_ s: String) -> String {
        var t = s.trimmingCharacters(in: CharacterSet(charactersIn: " 　\t“”\"'（）()、的"))
        for w in ["确保", "做到", "力争", "争取", "实现", "要", "使", "并", "其中", "在", "以", "使得"] where t.hasPrefix(w) {
            t.removeFirst(w.count)
        }
        return t.trimmingCharacters(in: CharacterSet(charactersIn: " 　\t“”\"'（）()、的"))
    }

    static func trimmedRange(_ c: [Character]) -> Range<Int> {
        var lo = 0, hi = c.count
        while lo < hi, c[lo].isWhitespace || c[lo] == "　" { lo += 1 }
        while hi > lo, c[hi - 1].isWhitespace || c[hi - 1] == "　" { hi -= 1 }
        return lo..<hi
    }

    struct Number {
        var start: Int
        var end: Int
        var value: Double
        var isChinese: Bool
    }

    /// A number starting at `i`: digits (`85`, `1.5`, full-width `８５`), a range (`1–2`, `1至2` → its lower end), or
    /// Chinese numerals (`一`, `两`, `十二`). Only at the start of a run, never inside a longer one.
    static func numberAt(_ c: [Character], _ i: Int) -> Number? {
        func digit(_ ch: Character) -> Int? {
            if let v = ch.wholeNumberValue, ch.isNumber, !chineseDigits.contains(ch), ch.unicodeScalars.first!.value < 0x2000 || ("０"..."９").contains(ch) { return v }
            return nil
        }
        if digit(c[i]) != nil {
            if i > 0, digit(c[i - 1]) != nil { return nil }
            var j = i, text = ""
            while j < c.count, let d = digit(c[j]) { text += String(d); j += 1 }
            if j + 1 < c.count, c[j] == "." || c[j] == "．", let d = digit(c[j + 1]) {
                text += "." + String(d); j += 2
                while j < c.count, let d = digit(c[j]) { text += String(d); j += 1 }
            }
            guard text.count <= 8, let value = Double(text) else { return nil }
            var end = j
            // 1–2个, 1-2个, 1至2个, 1~2个: the lower end is the minimum.
            if end + 1 < c.count, "–—-~～至到".contains(c[end]), digit(c[end + 1]) != nil {
                var k = end + 1
                while k < c.count, digit(c[k]) != nil { k += 1 }
                if !(c[end] == "-" && k < c.count && c[k] == "-") { end = k }  // 2026-11-20 is a date
                else { return nil }
            }
            return Number(start: i, end: end, value: value, isChinese: false)
        }
        guard chineseDigits.contains(c[i]), c[i] != "百" else { return nil }
        if i > 0, chineseDigits.contains(c[i - 1]) { return nil }
        var j = i
        while j < c.count, chineseDigits.contains(c[j]), j - i < 4 { j += 1 }
        let text = String(c[i..<j])
        guard let value = ChineseNumber.value(text) else { return nil }
        return Number(start: i, end: j, value: Double(value), isChinese: true)
    }

    /// The unit after a number (spaces allowed between) and how many characters it takes with them.
    static func unitAt(_ c: [Character], _ i: Int) -> (String, Int)? {
        var j = i
        while j < c.count, c[j] == " ", j - i < 2 { j += 1 }
        let rest = String(c[j..<min(c.count, j + 4)])
        guard let unit = units.first(where: { rest.hasPrefix($0) }) else { return nil }
        return (unit, j - i + unit.count)
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// Finds an outline number in the middle of a line where a line break was lost in pasting (`…齐头并进”，3、通过…`,
/// `…三个方面入手：1、…2、…`): only a number in sequence with the item the text belongs to, after punctuation.
enum LostBreak {
    struct Cut {
        /// Character offset of the number in the paragraph's text (`PlanOutline.inlineText`).
        var offset: Int
        /// Offset of the number in its own line.
        var lineOffset: Int
        var written: String
        var before: Character
    }

    /// At most this many numbers after lost line breaks are read in one plan, and this many candidates are weighed in
    /// one paragraph, so a hostile line cannot make reading slow; the rest stays text.
    static let maxCuts = 100
    static let maxCandidates = 64

    /// What may stand just before a number whose line break was lost.
    static let before: Set<Character> = Set("，,。．.；;：:！!？?”\"’）)】 \u{3000}")

    /// The first number in `text` after `from` that continues `context` (the same level, next value) or starts a run
    /// one level deeper (`1、` followed later by `2、`).
    static func find(in text: String, from: Int, context: (level: Int, value: Int)?) -> Cut? {
        let chars = Array(text)
        var candidates: [(offset: Int, number: OutlineNumber)] = []
        var i = max(from, 1)
        while i < chars.count, candidates.count < maxCandidates {
            defer { i += 1 }
            guard before.contains(chars[i - 1]) else { continue }
            // `1.5`, `2026.11`: a point between digits is not a number's end (OutlineNumber already refuses these).
            if chars[i - 1] == ".", i >= 2, chars[i - 2].isArabicDigit { continue }
            guard let n = OutlineNumber.parse(String(chars[i..<min(chars.count, i + 14)])), let value = n.value, value >= 1 else { continue }
            let after = i + n.written.count
            guard after < chars.count, PlanPaste.isHan(chars[after]) || chars[after] == "“",
                  !OutlineNumber.chineseDigits.contains(chars[after]) else { continue }
            candidates.append((i, n))
        }
        for (k, c) in candidates.enumerated() {
            guard let value = c.number.value else { continue }
            var accepted = false
            if let context, c.number.level == context.level, value == context.value + 1 {
                accepted = true
            } else if value == 1, context.map({ c.number.level > $0.level }) ?? true {
                accepted = candidates[(k + 1)...].contains { $0.number.level == c.number.level && $0.number.value == 2 }
            }
            if accepted {
                let lineStart = chars[..<c.offset].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                return Cut(offset: c.offset, lineOffset: c.offset - lineStart, written: c.number.written, before: chars[c.offset - 1])
            }
        }
        return nil
    }

    /// Column (1-based) of `written` in the source line: the first place at or after the text offset where it stands
    /// after `before` (markup in the source only moves it right).
    static func column(of written: String, after before: Character, in line: String, plainOffset: Int) -> Int {
        let chars = Array(line)
        let w = Array(written)
        var i = max(plainOffset, 1)
        while i + w.count <= chars.count {
            if chars[i - 1] == before, Array(chars[i..<(i + w.count)]) == w { return i + 1 }
            i += 1
        }
        return plainOffset + 1
    }
}

/// A Chinese outline number at the start of a line (一、 （一） 1、 （1） ①), its level 1–5 and value as written.
public struct OutlineNumber: Sendable, Equatable {
    /// 1 = 一、 2 = （一） 3 = 1、 4 = （1） 5 = ①; for a number with its numeral missing, the levels it could be.
    public var levels: [Int]
    /// The number's value, or nil when the numeral is missing (`、做好…` or `（）做好…`).
    public var value: Int?
    /// The number exactly as typed, e.g. `(二)` or `3．`.
    public var written: String
    /// Characters the number takes at the start of the text, with the spaces after it.
    public var length: Int

    public var level: Int { levels[0] }

    static let separators: Set<Character> = ["、", "．", "."]
    static let spaces: Set<Character> = [" ", "\t", "\u{3000}"]
    static let chineseDigits: Set<Character> = Set("〇零一二三四五六七八九十两")

    /// Reads the outline number at the start of `text` (leading spaces already skipped); nil if there is none.
    public static func parse<S: StringProtocol>(_ text: S) -> OutlineNumber? {
        let chars = Array(text.prefix(12))
        guard let first = chars.first else { return nil }
        var written = ""
        var level: [Int] = []
        var value: Int?
        var used = 0
        if first == "（" || first == "(" {
            guard let close = chars.dropFirst().firstIndex(where: { $0 == "）" || $0 == ")" }), close <= 4 else { return nil }
            let inner = String(chars[1..<close])
            if inner.isEmpty {
                level = [2, 4]
            } else if let n = ChineseNumber.value(inner) {
                level = [2]; value = n
            } else if let n = arabic(inner) {
                level = [4]; value = n
            } else {
                return nil
            }
            used = close + 1
        } else if let n = circled(first) {
            level = [5]; value = n; used = 1
        } else if first == "、" {
            level = [1, 3]; used = 1
        } else {
            var end = 0
            while end < chars.count, chineseDigits.contains(chars[end]) || chars[end].isArabicDigit { end += 1 }
            guard end > 0, end < chars.count, separators.contains(chars[end]) else { return nil }
            let numeral = String(chars[0..<end])
            // `1.5万` and `2026.11` are numbers in a sentence, not outline numbers.
            if chars[end] == "." || chars[end] == "．", end + 1 < chars.count, chars[end + 1].isArabicDigit { return nil }
            if let n = ChineseNumber.value(numeral) {
                level = [1]; value = n
            } else if let n = arabic(numeral) {
                level = [3]; value = n
            } else {
                return nil
            }
            used = end + 1
        }
        written = String(chars[0..<used])
        var length = used
        let all = Array(text)
        while length < all.count, spaces.contains(all[length]) { length += 1 }
        return OutlineNumber(levels: level, value: value, written: written, length: length)
    }

    /// 1–99 written with ASCII or full-width digits.
    static func arabic(_ s: String) -> Int? {
        guard (1...2).contains(s.count), s.allSatisfy(\.isArabicDigit) else { return nil }
        let n = s.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
        return n > 0 ? n : nil
    }

    /// ① … ⑳, ㉑ … ㉟, ㊱ … ㊿.
    static func circled(_ c: Character) -> Int? {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value else { return nil }
        switch v {
        case 0x2460...0x2473: return Int(v - 0x2460) + 1
        case 0x3251...0x325F: return Int(v - 0x3251) + 21
        case 0x32B1...0x32BF: return Int(v - 0x32B1) + 36
        default: return nil
        }
    }

    /// The usual way to write number `n` at `level`: 四、 （四） 4、 （4） ④.
    public static func canonical(level: Int, value n: Int) -> String {
        switch level {
        case 1: return ChineseNumber.text(n) + "、"
        case 2: return "（\(ChineseNumber.text(n))）"
        case 3: return "\(n)、"
        case 4: return "（\(n)）"
        default:
            switch n {
            case 1...20: return String(Character(Unicode.Scalar(0x2460 + UInt32(n - 1))!))
            case 21...35: return String(Character(Unicode.Scalar(0x3251 + UInt32(n - 21))!))
            case 36...50: return String(Character(Unicode.Scalar(0x32B1 + UInt32(n - 36))!))
            default: return "(\(n))"
            }
        }
    }
}

extension Character {
    /// 0–9 in ASCII or full width.
    var isArabicDigit: Bool { ("0"..."9").contains(self) || ("０"..."９").contains(self) }
}

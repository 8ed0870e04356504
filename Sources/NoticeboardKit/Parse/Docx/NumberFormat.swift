/// Word's number formats (`w:numFmt`) as Word displays them: 一、二 (chineseCounting, chineseCountingThousand),
/// 甲、乙 (ideographTraditional), ① (decimalEnclosedCircle), 1, a, i …
enum NumberFormat {
    static let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func text(_ n: Int, format: String) -> String {
        switch format {
        case "none": return ""
        case "decimalZero": return n < 10 && n >= 0 ? "0\(n)" : "\(n)"
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "decimalEnclosedFullstop", "decimalEnclosedParen":
            if format == "decimalEnclosedFullstop", (1...20).contains(n) { return String(UnicodeScalar(0x2488 + UInt32(n - 1))!) }
            if format == "decimalEnclosedParen", (1...20).contains(n) { return String(UnicodeScalar(0x2474 + UInt32(n - 1))!) }
            if (1...20).contains(n) { return String(UnicodeScalar(0x2460 + UInt32(n - 1))!) }
            if (21...35).contains(n) { return String(UnicodeScalar(0x3251 + UInt32(n - 21))!) }
            if (36...50).contains(n) { return String(UnicodeScalar(0x32B1 + UInt32(n - 36))!) }
            return "\(n)"
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { Character(UnicodeScalar($0.value - 0x30 + 0xFF10)!) })
        case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
             "japaneseCounting", "koreanCounting", "ideographLegalTraditional":
            return counting(n)
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand", "koreanDigital":
            return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
        case "chineseLegalSimplified":
            return legal(n)
        case "ideographTraditional":
            let stems: [String] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
            return (1...10).contains(n) ? stems[n - 1] : "\(n)"
        case "ideographZodiac":
            let branches: [String] = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]
            return (1...12).contains(n) ? branches[n - 1] : "\(n)"
        case "lowerLetter", "upperLetter":
            guard n > 0 else { return "\(n)" }
            let letter = Character(UnicodeScalar(UInt8(97 + (n - 1) % 26)))
            let s = String(repeating: letter, count: (n - 1) / 26 + 1)
            return format == "upperLetter" ? s.uppercased() : s
        case "lowerRoman", "upperRoman":
            let s = roman(n)
            return format == "upperRoman" ? s : s.lowercased()
        default: return "\(n)"
        }
    }

    /// 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 1000 → 一千, 10000 → 一万.
    static func counting(_ n: Int) -> String {
        guard n > 0 else { return n == 0 ? "〇" : "\(n)" }
        guard n < 100_000_000 else { return "\(n)" }
        if n >= 10_000 {
            let high = counting(n / 10_000) + "万"
            let low = n % 10_000
            if low == 0 { return high }
            return high + (low < 1000 ? "零" : "") + below10000(low, leadingTen: false)
        }
        return below10000(n, leadingTen: true)
    }

    private static func below10000(_ n: Int, leadingTen: Bool) -> String {
        let units: [String] = ["千", "百", "十", ""]
        let values = [n / 1000 % 10, n / 100 % 10, n / 10 % 10, n % 10]
        var out = ""
        var zero = false
        var started = false
        for (i, v) in values.enumerated() {
            if v == 0 {
                if started { zero = true }
                continue
            }
            if zero { out += "零"; zero = false }
            if !(leadingTen && !started && i == 2 && v == 1) { out.append(digits[v]) }
            out += units[i]
            started = true
        }
        return out
    }

    /// 壹贰叁 with 拾佰仟.
    static func legal(_ n: Int) -> String {
        let map: [Character: Character] = ["一": "壹", "二": "贰", "三": "叁", "四": "肆", "五": "伍", "六": "陆", "七": "柒", "八": "捌", "九": "玖", "十": "拾", "百": "佰", "千": "仟"]
        var s = counting(n)
        if s.hasPrefix("十") { s = "一" + s }
        return String(s.map { map[$0] ?? $0 })
    }

    static func roman(_ n: Int) -> String {
        guard (1...3999).contains(n) else { return "\(n)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n
        var s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }
}

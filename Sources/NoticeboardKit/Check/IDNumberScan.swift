/// Finds Chinese ID-card numbers (18 characters with a valid birth date) in any text: publishing one is an error.
public enum IDNumberScan {
    /// Locations of ID-card numbers in `text` (1-based line and column in Unicode scalars), read byte by byte for speed.
    public static func find(in text: String) -> [(line: Int, column: Int, value: String)] {
        guard hasDigitRun(text, length: 17) else { return [] }
        var copy = text
        return copy.withUTF8 { find(in: $0) }
    }

    /// The same over UTF-8 bytes (plain comparisons: this runs over every content and output file, also in debug builds).
    public static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [(line: Int, column: Int, value: String)] {
        var hits: [(Int, Int, String)] = []
        var line = 1
        var column = 1
        var runStart = -1
        var runLine = 1, runColumn = 1
        let n = bytes.count
        var i = 0
        while i <= n {
            let b: UInt8 = i < n ? bytes[i] : 0
            let length = runStart >= 0 ? i - runStart : 0
            if (b >= 0x30 && b <= 0x39) || ((b == 0x58 || b == 0x78) && length == 17) {
                if runStart < 0 { runStart = i; runLine = line; runColumn = column }
            } else if runStart >= 0 {
                if length == 18 {
                    let chars = (runStart..<i).map { Character(Unicode.Scalar(bytes[$0])) }
                    if isIDNumber(chars) { hits.append((runLine, runColumn, String(chars))) }
                }
                runStart = -1
            }
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return hits
    }

    /// Fast byte check: whether `text` has `length` ASCII digits in a row (an ID number has 17 and a check character).
    static func hasDigitRun(_ text: String, length: Int) -> Bool {
        var run = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 { run += 1; if run >= length { return true } } else { run = 0 }
        }
        return false
    }

    static func isIDNumber(_ chars: [Character]) -> Bool {
        let digits = chars.prefix(17).compactMap(\.wholeNumberValue)
        guard digits.count == 17 else { return false }
        let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard (1900...2099).contains(year), LocalDate(year: year, month: month, day: day) != nil else { return false }
        guard digits[0] >= 1 else { return false }
        return true
    }

    /// Whether the 18th character is the correct ISO 7064 check character.
    public static func hasValidCheckDigit(_ value: String) -> Bool {
        let chars = Array(value)
        guard chars.count == 18 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let checks = Array("10X98765432")
        var sum = 0
        for i in 0..<17 { guard let d = chars[i].wholeNumberValue else { return false }; sum += d * weights[i] }
        return checks[sum % 11] == Character(chars[17].uppercased())
    }
}

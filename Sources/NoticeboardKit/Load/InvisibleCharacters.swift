/// Characters a reader cannot see and content must not carry: C0 and C1 controls other than tab and line breaks, DEL,
/// zero-width and bidirectional formatting marks, soft hyphens. They make pages invalid HTML and can hide a phone or ID
/// number from the privacy guard (`138\u{200B}0013…`), so the loader removes them from every text and says where.
public enum InvisibleCharacters {
    /// Text with the invisible characters removed; where the first one was (line and column in Unicode scalars, as
    /// every diagnostic counts them) and how many there were.
    public struct Stripped: Sendable {
        public var text: String
        public var first: (line: Int, column: Int, scalar: Unicode.Scalar)?
        public var count: Int
    }

    /// Whether `scalar` is removed. A zero-width joiner stays after an emoji (it joins 👨‍👩‍👧), nowhere else.
    static func isInvisible(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F, 0x80...0x9F, 0xAD: return true
        case 0x180E, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        case 0x200D:
            guard let p = previous else { return true }
            return !(p.value == 0xFE0F || (p.value > 0xFF && p.properties.isEmoji))
        default: return false
        }
    }

    /// Whether the UTF-8 bytes may hold one (a byte scan; most files have none and are returned untouched).
    static func mayContain(_ s: String) -> Bool {
        var utf8 = s.utf8.makeIterator()
        var prev: UInt8 = 0, prev2: UInt8 = 0
        while let b = utf8.next() {
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return true }
            if b == 0x7F { return true }
            if prev == 0xC2, (0x80...0x9F).contains(b) || b == 0xAD { return true }            // C1, soft hyphen
            if prev2 == 0xE2, prev == 0x80, (0x8B...0x8F).contains(b) || (0xAA...0xAE).contains(b) { return true }
            if prev2 == 0xE2, prev == 0x81, (0xA0...0xA9).contains(b) { return true }
            if prev2 == 0xE1, prev == 0xA0, b == 0x8E { return true }                          // U+180E
            if prev2 == 0xEF, prev == 0xBB, b == 0xBF { return true }                          // U+FEFF inside a file
            prev2 = prev
            prev = b
        }
        return false
    }

    /// Removes the invisible characters of `text`.
    public static func strip(_ text: String) -> Stripped {
        guard mayContain(text) else { return Stripped(text: text, first: nil, count: 0) }
        var out = String.UnicodeScalarView()
        var first: (line: Int, column: Int, scalar: Unicode.Scalar)?
        var count = 0, line = 1, column = 1
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isInvisible(scalar, after: previous) {
                count += 1
                if first == nil { first = (line, column, scalar) }
            } else {
                out.append(scalar)
                previous = scalar
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        guard count > 0 else { return Stripped(text: text, first: nil, count: 0) }
        return Stripped(text: String(out), first: first, count: count)
    }

    /// The warning for a file (or cell) whose invisible characters were removed.
    static func diagnostic(_ stripped: Stripped, at location: SourceLocation) -> Diagnostic? {
        guard let first = stripped.first else { return nil }
        let code = String(first.scalar.value, radix: 16, uppercase: true)
        let hex = String(repeating: "0", count: max(0, 4 - code.count)) + code
        let more = stripped.count > 1 ? "，共 \(stripped.count) 个" : ""
        return .warning(location, "有看不见的控制或格式字符（U+\(hex)\(more)），已删除；多半是从网页或 Word 复制时带进来的 (invisible control or format character removed)",
                        key: "text.invisible-character")
    }
}

extension Workbook {
    /// Removes invisible characters from every cell; one warning per sheet, at its first such cell.
    mutating func removeInvisibleCharacters(path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for s in sheets.indices {
            var first: (row: Int, column: Int, stripped: InvisibleCharacters.Stripped)?
            var count = 0
            for (row, cells) in sheets[s].rows {
                for (column, text) in cells {
                    let stripped = InvisibleCharacters.strip(text)
                    guard stripped.count > 0 else { continue }
                    sheets[s].rows[row]![column] = stripped.text
                    count += stripped.count
                    if first.map({ ($0.row, $0.column) > (row, column) }) ?? true { first = (row, column, stripped) }
                }
            }
            guard var f = first else { continue }
            f.stripped.count = count
            let sheet = sheets[s]
            let location = SourceLocation(path: path, line: f.row, column: f.column, anchor: sheet.anchor(row: f.row, column: f.column))
            if let d = InvisibleCharacters.diagnostic(f.stripped, at: location) { diagnostics.append(d) }
        }
        return diagnostics
    }
}

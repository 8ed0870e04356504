/// Text as the privacy guard compares it: what a reader would see, whatever way it was written. HTML entities and
/// percent-escapes are decoded, full-width letters and digits become ASCII, no-break and ideographic spaces become
/// spaces, and a `+86`/`0086` prefix before a mobile number is blanked. Line breaks stay where they were (escapes of
/// control characters are left alone), so a line found in a normalised source file is the line the user typed.
public enum PrivacyText {
    /// Whether `normalize` could change what the number and name scans see: a numeric or named entity, a
    /// percent-escape, a full-width form or wide space, a `+86`. With `names`, any escape or wide form counts; without,
    /// only those that can make a digit. (Plain loops over a buffer: this runs on every output file, also in debug builds.)
    public static func mayChange(_ bytes: [UInt8], names: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x26, i + 1 < n, names || b[i + 1] == 0x23 { return true }                       // &… / &#
                if c == 0x25, i + 2 < n, names || (b[i + 1] == 0x33 && b[i + 2] >= 0x30 && b[i + 2] <= 0x39) { return true }  // %3x
                if c == 0xEF, i + 1 < n, b[i + 1] == 0xBC || b[i + 1] == 0xBD { return true }            // full-width forms
                if c == 0x2B, i + 2 < n, b[i + 1] == 0x38, b[i + 2] == 0x36 { return true }              // +86
                if c == 0x30, i + 3 < n, b[i + 1] == 0x30, b[i + 2] == 0x38, b[i + 3] == 0x36 { return true }  // 0086
                if names, c == 0xE3 || c == 0xC2 || c == 0xE2 { return true }                            // wide spaces
                i += 1
            }
            return false
        }
    }

    /// Whether there are 17 or more digits in a row when single spaces or hyphens between them are skipped (an ID
    /// number written in groups), so `joinDigitGroups` is worth running.
    public static func hasGroupedDigitRun(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var run = 0, separated = false, i = 0
            while i < b.count {
                let c = b[i]
                if c >= 0x30 && c <= 0x39 { run += 1; if run >= 17 && separated { return true } }
                else if (c == 0x20 || c == 0x2D), run > 0, i + 1 < b.count, b[i + 1] >= 0x30, b[i + 1] <= 0x39 { separated = true }
                else { run = 0; separated = false }
                i += 1
            }
            return false
        }
    }

    /// Normalises UTF-8 bytes (linear; a text without `&`, `%`, `+86`, `0086` or wide forms is returned as it is).
    public static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        var b = bytes
        if b.contains(0x26) { b = decodeEntities(b) }
        if b.contains(0x25) { b = decodePercent(b) }
        if b.contains(0x26) { b = decodeEntities(b) }  // `%26%2349;` → `&#49;` → `1`
        b = narrow(b)
        return blankCountryCodes(b)
    }

    public static func normalize(_ text: String) -> String {
        String(decoding: normalize(Array(text.utf8)), as: UTF8.self)
    }

    /// Removes spaces and hyphens that stand between two digits: `1101 0119 9003 0712 34` → 18 digits in a row.
    public static func joinDigitGroups(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x2D, let last = out.last, isDigit(last), i + 1 < b.count, isDigit(b[i + 1]) { i += 1; continue }
            out.append(c)
            i += 1
        }
        return out
    }

    /// The text without any spaces or separators, to find a name or plate written `张 三` or `浙A·12345`.
    public static func squeezed(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !separators.contains($0) && !$0.properties.isWhitespace }))
    }

    static let separators: Set<Unicode.Scalar> = ["-", "·", ".", "_", "(", ")", "/", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{30FB}", "\u{FF65}"]

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    private static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(v) else { return }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    static let named: [String: UInt32] = ["amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20,
                                          "plus": 0x2B, "minus": 0x2D, "hyphen": 0x2D, "dash": 0x2D, "percnt": 0x25,
                                          "num": 0x23, "sol": 0x2F, "period": 0x2E, "colon": 0x3A, "lpar": 0x28, "rpar": 0x29]

    /// `&#49;`, `&#x31;`, `&amp;` … → the character (a control character's escape is kept, so lines do not move).
    static func decodeEntities(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            guard b[i] == 0x26 else { out.append(b[i]); i += 1; continue }
            var j = i + 1
            var value: UInt32?
            if j < b.count, b[j] == 0x23 {  // numeric
                j += 1
                let hex = j < b.count && (b[j] == 0x78 || b[j] == 0x58)
                if hex { j += 1 }
                var v: UInt32 = 0, digits = 0
                while j < b.count, digits < 8, let d = hex ? hexValue(b[j]) : (isDigit(b[j]) ? UInt32(b[j] - 0x30) : nil) {
                    v = v * (hex ? 16 : 10) + d; digits += 1; j += 1
                }
                if digits > 0 { value = v }
            } else {
                var name: [UInt8] = []
                while j < b.count, name.count < 8, (b[j] >= 0x61 && b[j] <= 0x7A) || (b[j] >= 0x41 && b[j] <= 0x5A) { name.append(b[j]); j += 1 }
                value = named[String(decoding: name, as: UTF8.self).lowercased()]
            }
            if let v = value, v >= 0x20, v != 0x7F {
                if j < b.count, b[j] == 0x3B { j += 1 }
                appendScalar(v, to: &out)
                i = j
            } else {
                out.append(b[i]); i += 1
            }
        }
        return out
    }

    /// `%31` → `1`; bytes below 0x20 stay escaped.
    static func decodePercent(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0x25, i + 2 < b.count, let h = hexValue(b[i + 1]), let l = hexValue(b[i + 2]), h * 16 + l >= 0x20 {
                out.append(UInt8(h * 16 + l))
                i += 3
            } else {
                out.append(b[i]); i += 1
            }
        }
        return out
    }

    /// Full-width ASCII (U+FF01–FF5E) → ASCII; U+3000, U+00A0 and other spaces → space.
    static func narrow(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c == 0xEF, i + 2 < b.count, b[i + 1] == 0xBC || b[i + 1] == 0xBD {
                let v = 0xF000 | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
                if (0xFF01...0xFF5E).contains(v) { out.append(UInt8(v - 0xFF01 + 0x21)); i += 3; continue }
            }
            if c == 0xE3, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x80 { out.append(0x20); i += 3; continue }
            if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { out.append(0x20); i += 2; continue }
            if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, (0x80...0x8B).contains(b[i + 2]) || b[i + 2] == 0xAF { out.append(0x20); i += 3; continue }
            out.append(c)
            i += 1
        }
        return out
    }

    /// `+86 139…`, `+86-139…`, `0086139…` → spaces before the `1`, so the number stands alone.
    static func blankCountryCodes(_ b: [UInt8]) -> [UInt8] {
        guard b.contains(0x38) else { return b }
        var out = b
        var i = 0
        while i + 3 < out.count {
            var prefix = 0
            if out[i] == 0x2B, out[i + 1] == 0x38, out[i + 2] == 0x36 { prefix = 3 }
            else if i + 4 < out.count, out[i] == 0x30, out[i + 1] == 0x30, out[i + 2] == 0x38, out[i + 3] == 0x36,
                    i == 0 || !isDigit(out[i - 1]) { prefix = 4 }
            if prefix > 0 {
                var j = i + prefix
                if j < out.count, out[j] == 0x20 || out[j] == 0x2D || out[j] == 0x29 { j += 1 }
                if j + 1 < out.count, out[j] == 0x31, out[j + 1] >= 0x33, out[j + 1] <= 0x39 {
                    for k in i..<j { out[k] = 0x20 }
                    i = j
                    continue
                }
            }
            i += 1
        }
        return out
    }
}

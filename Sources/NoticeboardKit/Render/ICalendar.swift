/// RFC 5545 text rules: TEXT escaping, 75-octet line folding that never splits a UTF-8 character, CRLF line ends.
public enum ICalendar {
    /// Escapes a TEXT value: `\` `;` `,` and line breaks (RFC 5545 §3.3.11); other control characters are dropped.
    public static func escape(_ s: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in s.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Folds one content line into pieces of at most 75 octets joined by CRLF + space (§3.1),
    /// cutting only between characters so a UTF-8 sequence is never split.
    public static func fold(_ line: String) -> String {
        var out = ""
        var width = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let octets = String(scalar).utf8.count
            if width + octets > limit {
                out += "\r\n "
                width = 1
                limit = 75
            }
            out.unicodeScalars.append(scalar)
            width += octets
        }
        return out + "\r\n"
    }

    /// A whole calendar from its content lines (unfolded, without line ends).
    public static func document(_ lines: [String]) -> String {
        lines.map(fold).joined()
    }
}

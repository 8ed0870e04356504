import Foundation

/// How Excel shows a number cell: as a date, a time, both, a percentage, or a plain (General) number; and the
/// conversion of date serials in the 1900 system (with Excel's fictitious 1900-02-29) and the 1904 system.
enum CellFormat: Sendable, Equatable {
    case general
    case date
    case time
    case dateTime
    case percent

    /// Built-in format ids (ECMA-376 18.8.30 and the zh-CN ids 27–36, 50–58).
    static func builtin(_ id: Int) -> CellFormat {
        switch id {
        case 9, 10: return .percent
        case 14...17, 27...31, 36, 50...54, 57, 58: return .date
        case 18...21, 32...35, 45...47, 55, 56: return .time
        case 22: return .dateTime
        default: return .general
        }
    }

    /// Classifies a custom format code such as `yyyy"年"m"月"d"日"` or `h:mm` (only the first section counts).
    static func custom(_ code: String) -> CellFormat {
        if code.lowercased() == "general" || code == "@" { return .general }
        var code = code
        for marker in ["AM/PM", "am/pm", "A/P", "a/p"] { code = code.replacingOccurrences(of: marker, with: "") }
        var letters: [Character] = []
        var inQuote = false
        var inBracket = false
        var escape = false
        var percent = false
        for c in code {
            if escape { escape = false; continue }
            if inQuote { if c == "\"" { inQuote = false }; continue }
            if inBracket {
                if c == "]" { inBracket = false }
                else if "hHmMsS".contains(c) { letters.append(Character(c.lowercased())) }  // [h]:mm elapsed time
                continue
            }
            switch c {
            case "\\", "_", "*": escape = true
            case "\"": inQuote = true
            case "[": inBracket = true
            case ";": break
            case "%": percent = true
            default: if c.isLetter, c.isASCII { letters.append(Character(c.lowercased())) }
            }
            if c == ";" { break }
        }
        let hasDate = letters.contains("y") || letters.contains("d") || monthUsed(letters)
        let hasTime = letters.contains("h") || letters.contains("s")
        if hasDate && hasTime { return .dateTime }
        if hasDate { return .date }
        if hasTime { return .time }
        if percent { return .percent }
        return .general
    }

    /// `m` is a month unless it follows `h` or precedes `s` (then minutes).
    private static func monthUsed(_ letters: [Character]) -> Bool {
        for (i, c) in letters.enumerated() where c == "m" {
            let before = letters[..<i].last { $0 != "m" }
            let after = letters[(i + 1)...].first { $0 != "m" }
            if before != "h" && after != "s" { return true }
        }
        return false
    }

    /// The text Excel shows for `value` under this format.
    func text(_ value: Double, uses1904: Bool) -> String {
        switch self {
        case .general: return Self.general(value)
        case .percent: return Self.general((value * 100 * 1e9).rounded() / 1e9) + "%"
        case .date: return Self.dateText(value, uses1904: uses1904) ?? Self.general(value)
        case .time: return Self.timeText(value)
        case .dateTime:
            guard let d = Self.dateText(value, uses1904: uses1904) else { return Self.general(value) }
            let t = Self.timeText(value)
            return t == "0:00" ? d : d + " " + t
        }
    }

    /// Excel's General format: integers without a point, others with up to 15 significant digits.
    static func general(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.15g", value)
    }

    /// The calendar date of a serial; serial 60 in the 1900 system is Excel's 1900-02-29, which never existed: it is
    /// returned as that text so the date check reports it at the cell.
    static func dateText(_ serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down) + (timeSeconds(serial) == 86_400 ? 1 : 0))
        if uses1904 {
            return LocalDate(year: 1904, month: 1, day: 1)!.adding(days: days).description
        }
        if days == 60 { return "1900-02-29" }
        if days == 0 { return "1900-01-00" }
        let base = days < 60 ? LocalDate(year: 1899, month: 12, day: 31)! : LocalDate(year: 1899, month: 12, day: 30)!
        return base.adding(days: days).description
    }

    static func timeSeconds(_ serial: Double) -> Int {
        let fraction = serial - serial.rounded(.down)
        return Int((fraction * 86_400).rounded())
    }

    /// `9:00`, or `9:00:30` when there are seconds.
    static func timeText(_ serial: Double) -> String {
        let seconds = timeSeconds(serial) % 86_400
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        return s == 0 ? String(format: "%d:%02d", h, m) : String(format: "%d:%02d:%02d", h, m, s)
    }
}

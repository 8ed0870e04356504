/// Reads the time of an activity as staff type it: `9:00`, `09:00-11:30`, `14:00—16:00`, `9：00至11：00`, `9:00:00` (Excel).
public enum TimeRangeParser {
    /// Why a time was refused.
    public enum Failure: Error, Equatable {
        /// Not a time at all (`上午`, `9点半`).
        case format
        /// Looks like a time but cannot exist (`25:00`, `9:75`).
        case impossible(String)
        /// Ends before it starts.
        case order
    }

    static let separators: [String] = ["——", "—", "–", "-", "~", "～", "至", "到"]

    public static func parse(_ text: String) -> Result<(TimeOfDay, TimeOfDay?), Failure> {
        var t = ""
        for c in text.trimmingCharacters(in: .whitespaces) {
            if let d = c.wholeNumberValue, ("０"..."９").contains(c) { t += String(d) }
            else if c == "：" { t += ":" }
            else if !c.isWhitespace { t.append(c) }
        }
        var parts = [t]
        for s in separators where t.contains(s) {
            parts = t.components(separatedBy: s)
            break
        }
        guard (1...2).contains(parts.count) else { return .failure(.format) }
        var times: [TimeOfDay] = []
        for part in parts {
            let fields = part.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count), fields.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) }),
                  let h = Int(fields[0]), let m = Int(fields[1]), fields.count == 2 || Int(fields[2]) == 0 else { return .failure(.format) }
            guard let time = TimeOfDay(hour: h, minute: m) else { return .failure(.impossible(String(part))) }
            times.append(time)
        }
        if times.count == 2, times[1] <= times[0] { return .failure(.order) }
        return .success((times[0], times.count == 2 ? times[1] : nil))
    }
}

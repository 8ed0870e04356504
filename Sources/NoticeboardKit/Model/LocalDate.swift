import Foundation

/// A calendar date in the site's time zone, parsed strictly (2023-02-30 is an error, not 2023-03-02).
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Returns nil for a date that does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Why a date string was refused.
    public enum ParseError: Error, Equatable {
        case format
        case nonexistent
        /// A real date outside `supportedYears` (a typo such as 2206, or Excel's 9999-12-31 for "indefinite").
        case outOfRange
    }

    /// Years a content date may have: anything else is a typo or a placeholder, and would make endless pages.
    public static let supportedYears = 1900...2200

    /// Parses `2023-12-01`, `2023/12/1`, `2023.12.1` or `2023年12月1日`.
    public static func parse(_ text: String) -> Result<LocalDate, ParseError> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var numbers: [Int] = []
        var current = ""
        var separators: [Character] = []
        for c in trimmed {
            if let d = c.wholeNumberValue, c.isASCII || ("０"..."９").contains(c) {
                guard current.count < 9 else { return .failure(.format) }  // no date part has this many digits
                current.append(String(d))
            } else {
                guard !current.isEmpty, let n = Int(current), separators.count < 3 else { return .failure(.format) }
                numbers.append(n)
                current = ""
                separators.append(c)
            }
        }
        if !current.isEmpty, let n = Int(current) { numbers.append(n) }
        guard numbers.count == 3 else { return .failure(.format) }
        let allowed: [[Character]] = [["-", "-"], ["/", "/"], [".", "."], ["年", "月", "日"], ["年", "月"]]
        guard allowed.contains(separators) else { return .failure(.format) }
        guard numbers[0] >= 1000, numbers[0] <= 9999 else { return .failure(.format) }
        guard let date = LocalDate(year: numbers[0], month: numbers[1], day: numbers[2]) else { return .failure(.nonexistent) }
        guard supportedYears.contains(date.year) else { return .failure(.outOfRange) }
        return .success(date)
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// The same day `years` later (28 February for 29 February in a common year); clamped to years 1…9999, so content
    /// values (terms are at most 100 years, dates 1900–2200) can never leave the calendar.
    public func adding(years: Int) -> LocalDate {
        let (sum, overflow) = year.addingReportingOverflow(years)
        let y = overflow ? (years > 0 ? 9999 : 1) : min(max(sum, 1), 9999)
        return LocalDate(year: y, month: month, day: min(day, LocalDate.daysIn(month: month, year: y))) ?? self
    }

    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    /// `2023-12-01`
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// `2023年12月1日`
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    /// `二〇二三年十二月一日`, as printed in a 落款.
    public var chineseNumerals: String {
        let digits = Array("〇一二三四五六七八九")
        let y = String(String(year).map { digits[$0.wholeNumberValue!] })
        return "\(y)年\(ChineseNumber.text(month))月\(ChineseNumber.text(day))日"
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The date in `timeZone` at a moment.
    public static func at(_ moment: Date, in timeZone: TimeZone) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: moment)
        return LocalDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? LocalDate(year: 1970, month: 1, day: 1)!
    }

    /// RFC 3339 timestamp of this date's midnight in a zone `offsetSeconds` east of UTC, for feeds.
    public func rfc3339(offsetSeconds: Int) -> String {
        let sign = offsetSeconds >= 0 ? "+" : "-"
        let o = abs(offsetSeconds)
        return String(format: "%@T00:00:00%@%02d:%02d", description, sign, o / 3600, (o % 3600) / 60)
    }
}

/// Chinese numerals for counts and dates: 1 → 一, 10 → 十, 23 → 二十三.
public enum ChineseNumber {
    static let digits = Array("零一二三四五六七八九")

    public static func text(_ n: Int) -> String {
        guard n >= 0, n < 100 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : String(digits[tens])) + "十" + (ones == 0 ? "" : String(digits[ones]))
    }

    /// Parses 一 … 九十九 (also 两); nil if the text is not such a number.
    public static func value(_ s: String) -> Int? {
        let chars = Array(s)
        guard !chars.isEmpty, chars.count <= 3 else { return nil }
        func digit(_ c: Character) -> Int? {
            if c == "两" { return 2 }
            if c == "〇" { return 0 }
            return digits.firstIndex(of: c)
        }
        if let ten = chars.firstIndex(of: "十") {
            let before = chars[..<ten], after = chars[(ten + 1)...]
            var tens = 1
            if before.count == 1 { guard let d = digit(before.first!), d > 0 else { return nil }; tens = d }
            else if before.count > 1 { return nil }
            var ones = 0
            if after.count == 1 { guard let d = digit(after.first!), d > 0 else { return nil }; ones = d }
            else if after.count > 1 { return nil }
            return tens * 10 + ones
        }
        guard chars.count == 1, let d = digit(chars[0]), d > 0 else { return nil }
        return d
    }
}

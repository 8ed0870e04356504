/// A day of the site's calendar: one of the seven traditional festivals, a theme day, or a day the site added.
public struct FestivalDay: Sendable, Hashable {
    /// What sort of day it is, for its label and for the plan check (only traditional festivals are checked).
    public enum Kind: String, Sendable, Hashable {
        case traditional = "传统节日"
        case themeDay = "主题日"
        case local = "社区节日"
    }

    public var name: String
    public var date: LocalDate
    public var kind: Kind
    /// How the date is found, for the calendar's key: `农历八月十五`, `每年3月5日`, `9月第三个星期六`.
    public var rule: String

    /// The name without a trailing 节 or 日, for finding it in plan text and activity titles (`中秋`, `学雷锋`).
    public var stem: String {
        var s = name
        for suffix in ["节", "日"] where s.count > 2 && s.hasSuffix(suffix) { s.removeLast(suffix.count) }
        return s
    }
}

/// How a day's date is found in a given year.
public enum DayRule: Sendable, Equatable {
    /// The same month and day every year (学雷锋日 3月5日).
    case fixed(month: Int, day: Int)
    /// The `n`th `weekday` (1 = Monday … 7 = Sunday) of a month (全国科普日: 9月第三个星期六).
    case nthWeekday(month: Int, n: Int, weekday: Int)
    /// One date only (社区成立二十周年).
    case once(LocalDate)
    /// The `index`th traditional festival of `FestivalCalendar.table` (0 = 春节 … 6 = 重阳节).
    case traditional(Int)

    /// The date in `year`, nil when the rule gives none (a traditional festival outside the table, a one-off in another year).
    public func date(in year: Int) -> LocalDate? {
        switch self {
        case .fixed(let m, let d): return LocalDate(year: year, month: m, day: d)
        case .nthWeekday(let m, let n, let weekday):
            guard let first = LocalDate(year: year, month: m, day: 1) else { return nil }
            let offset = (weekday - first.weekday + 7) % 7 + (n - 1) * 7
            let date = first.adding(days: offset)
            return date.month == m ? date : nil
        case .once(let date): return date.year == year ? date : nil
        case .traditional(let index):
            guard let days = FestivalCalendar.table[year], days.indices.contains(index) else { return nil }
            return LocalDate(year: year, month: days[index].0, day: days[index].1)
        }
    }

    /// The rule in words, for the calendar's key.
    public var text: String {
        switch self {
        case .fixed(let m, let d): return "每年\(m)月\(d)日"
        case .nthWeekday(let m, let n, let w): return "\(m)月第\(ChineseNumber.text(n))个星期\(ActivityView.weekdayNames[w - 1])"
        case .once(let date): return date.chinese
        case .traditional(let i): return FestivalCalendar.traditionalRules[i]
        }
    }
}

/// The seven traditional festivals (七个传统节日) and the usual theme days, with their dates for the supported years.
///
/// Lunar festivals (春节 … 重阳节) follow the Chinese calendar and 清明 the solar term 清明 (the sun at 15°), so their
/// dates are kept in a table rather than computed: `supportedYears` (2020–2035). The table was made with the lunardate
/// and borax libraries (which agree for every date), 清明 from the sun's position computed with PyEphem in Beijing time,
/// and spot-checked against the published calendars (2026: 春节 2月17日, 中秋 9月25日, 重阳 10月18日). docs/calendar.md.
public enum FestivalCalendar {
    /// Years whose traditional festivals are known.
    public static let supportedYears = 2020...2035

    /// The seven traditional festivals, in the order of the table's columns.
    public static let traditionalNames = ["春节", "元宵节", "清明节", "端午节", "七夕节", "中秋节", "重阳节"]
    static let traditionalRules = ["农历正月初一", "农历正月十五", "节气清明", "农历五月初五", "农历七月初七", "农历八月十五", "农历九月初九"]

    /// (month, day) of 春节, 元宵节, 清明节, 端午节, 七夕节, 中秋节, 重阳节 for each supported year.
    static let table: [Int: [(Int, Int)]] = [
        2020: [(1, 25), (2, 8), (4, 4), (6, 25), (8, 25), (10, 1), (10, 25)],
        2021: [(2, 12), (2, 26), (4, 4), (6, 14), (8, 14), (9, 21), (10, 14)],
        2022: [(2, 1), (2, 15), (4, 5), (6, 3), (8, 4), (9, 10), (10, 4)],
        2023: [(1, 22), (2, 5), (4, 5), (6, 22), (8, 22), (9, 29), (10, 23)],
        2024: [(2, 10), (2, 24), (4, 4), (6, 10), (8, 10), (9, 17), (10, 11)],
        2025: [(1, 29), (2, 12), (4, 4), (5, 31), (8, 29), (10, 6), (10, 29)],
        2026: [(2, 17), (3, 3), (4, 5), (6, 19), (8, 19), (9, 25), (10, 18)],
        2027: [(2, 6), (2, 20), (4, 5), (6, 9), (8, 8), (9, 15), (10, 8)],
        2028: [(1, 26), (2, 9), (4, 4), (5, 28), (8, 26), (10, 3), (10, 26)],
        2029: [(2, 13), (2, 27), (4, 4), (6, 16), (8, 16), (9, 22), (10, 16)],
        2030: [(2, 3), (2, 17), (4, 5), (6, 5), (8, 5), (9, 12), (10, 5)],
        2031: [(1, 23), (2, 6), (4, 5), (6, 24), (8, 24), (10, 1), (10, 24)],
        2032: [(2, 11), (2, 25), (4, 4), (6, 12), (8, 12), (9, 19), (10, 12)],
        2033: [(1, 31), (2, 14), (4, 4), (6, 1), (8, 1), (9, 8), (10, 1)],
        2034: [(2, 19), (3, 5), (4, 5), (6, 20), (8, 20), (9, 27), (10, 20)],
        2035: [(2, 8), (2, 22), (4, 5), (6, 10), (8, 10), (9, 16), (10, 9)],
    ]

    /// The theme days every site's calendar has unless `calendar.yaml` drops them.
    public static let themeDays: [(name: String, rule: DayRule)] = [
        ("学雷锋日", .fixed(month: 3, day: 5)),
        ("国际妇女节", .fixed(month: 3, day: 8)),
        ("植树节", .fixed(month: 3, day: 12)),
        ("全民国家安全教育日", .fixed(month: 4, day: 15)),
        ("世界读书日", .fixed(month: 4, day: 23)),
        ("世界环境日", .fixed(month: 6, day: 5)),
        ("全国科普日", .nthWeekday(month: 9, n: 3, weekday: 6)),
        ("全国消防日", .fixed(month: 11, day: 9)),
        ("国家宪法日", .fixed(month: 12, day: 4)),
        ("国际志愿者日", .fixed(month: 12, day: 5)),
    ]

    /// The built-in days (traditional festivals and theme days) with their rules.
    public static var builtIn: [(name: String, kind: FestivalDay.Kind, rule: DayRule)] {
        traditionalNames.enumerated().map { ($0.element, FestivalDay.Kind.traditional, DayRule.traditional($0.offset)) }
            + themeDays.map { ($0.name, FestivalDay.Kind.themeDay, $0.rule) }
    }

    /// The calendar of `year` with the site's additions and drops, by date; lunar festivals only in supported years.
    public static func days(in year: Int, settings: CalendarSettings = CalendarSettings()) -> [FestivalDay] {
        let dropped = Set(settings.drops.map(\.name))
        var days: [FestivalDay] = []
        for day in builtIn where !dropped.contains(day.name) {
            if let date = day.rule.date(in: year) { days.append(FestivalDay(name: day.name, date: date, kind: day.kind, rule: day.rule.text)) }
        }
        for added in settings.additions where !dropped.contains(added.name) {
            if let date = added.rule.date(in: year) { days.append(FestivalDay(name: added.name, date: date, kind: added.kind, rule: added.rule.text)) }
        }
        return days.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }
}

/// A festival or theme day on a month's calendar, the display loop and the home page.
struct FestivalDayView: TemplateView {
    let day: FestivalDay
    let today: LocalDate

    var daysLeft: Int { today.days(until: day.date) }

    static let fields = TemplateFields<FestivalDayView>([
        "name": { .text($0.day.name) },
        "date": { .text($0.day.date.description) },
        "monthDay": { .text("\($0.day.date.month)月\($0.day.date.day)日") },
        "day": { .number($0.day.date.day) },
        "weekday": { .text("星期" + ActivityView.weekdayNames[$0.day.date.weekday - 1]) },
        "kind": { .text($0.day.kind.rawValue) },
        "isTraditional": { .flag($0.day.kind == .traditional) },
        "rule": { .text($0.day.rule) },
        "isToday": { .flag($0.daysLeft == 0) },
        "daysLeft": { v in v.daysLeft > 0 ? .number(v.daysLeft) : nil },
    ])

    /// Days from `today` within `within` days ahead (today included), at most `limit`.
    static func upcoming(_ days: [FestivalDay], today: LocalDate, within: Int = 45, limit: Int = 5) -> [FestivalDayView] {
        days.filter { today <= $0.date && today.days(until: $0.date) <= within }.prefix(limit).map { FestivalDayView(day: $0, today: today) }
    }
}

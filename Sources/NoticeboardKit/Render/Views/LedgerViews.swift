/// The ledger's statistics for a year: totals, each month, each category (held activities only).
struct LedgerStatisticsView: TemplateView {
    let ledger: Ledger
    let year: Int
    let env: PageEnv

    static let fields = TemplateFields<LedgerStatisticsView>([
        "year": { .number($0.year) },
        "months": { v in
            let used = Set(v.ledger.months)
            return .views((1...12).map { MonthRowView(month: YearMonth(year: v.year, month: $0), ledger: v.ledger, used: used, env: v.env) })
        },
        "categories": { v in
            .views(v.ledger.categories(known: v.env.profile.categories).map {
                CategoryRowView(name: $0, totals: v.ledger.totals(category: $0, year: v.year), href: v.env.link(.ledgerCategory($0)))
            })
        },
    ]).adding(TotalsView.fields) { TotalsView(totals: $0.ledger.totals(year: $0.year)) }
}

/// One month in the year's table, linked when it has activities.
struct MonthRowView: TemplateView {
    let month: YearMonth
    let ledger: Ledger
    let used: Set<YearMonth>
    let env: PageEnv

    var upcomingCount: Int { ledger.upcoming.count { YearMonth($0.date) == month } }

    static let fields = TemplateFields<MonthRowView>([
        "month": { .number($0.month.month) },
        "label": { .text($0.month.chinese) },
        "key": { .text($0.month.key) },
        "upcomingCount": { .number($0.upcomingCount) },
        "hasUpcomingCount": { .flag($0.upcomingCount > 0) },
        "href": { $0.used.contains($0.month) ? .text($0.env.link(.ledgerMonth($0.month))) : .flag(false) },
    ]).adding(TotalsView.fields) { TotalsView(totals: $0.ledger.totals(in: $0.month)) }
}

/// One category in the year's table.
struct CategoryRowView: TemplateView {
    let name: String
    let totals: LedgerTotals
    let href: String

    static let fields = TemplateFields<CategoryRowView>([
        "name": { .text($0.name) },
        "href": { .text($0.href) },
    ]).adding(TotalsView.fields) { TotalsView(totals: $0.totals) }
}

/// Another year's totals on the ledger home.
struct YearTotalsView: TemplateView {
    let year: Int
    let totals: LedgerTotals

    static let fields = TemplateFields<YearTotalsView>([
        "year": { .number($0.year) },
    ]).adding(TotalsView.fields) { TotalsView(totals: $0.totals) }
}

/// The ledger home: the year's statistics, what is coming, the latest held activities, other years.
struct LedgerHomePage: TemplateView {
    let chrome: PageChrome
    let stats: LedgerStatisticsView
    let upcoming: [ActivityView]
    let recent: [ActivityView]
    let otherYears: [YearTotalsView]
    let empty: Bool
    let calendar: CalendarLinks

    static let fields = TemplateFields<LedgerHomePage>([
        "stats": { .view($0.stats) },
        "upcoming": { .views($0.upcoming) },
        "hasUpcoming": { .flag(!$0.upcoming.isEmpty) },
        "empty": { .flag($0.empty) },
        "recent": { .views($0.recent) },
        "hasRecent": { .flag(!$0.recent.isEmpty) },
        "otherYears": { .views($0.otherYears) },
        "hasOtherYears": { .flag(!$0.otherYears.isEmpty) },
    ]).adding(CalendarLinks.fields) { $0.calendar }
      .adding(PageChrome.fields) { $0.chrome }
}

/// Links to `calendar.ics`: relative for download, `webcal://` for subscribing when the site has a base URL.
struct CalendarLinks: TemplateView {
    let calendarHref: String
    let webcalHref: String?

    init(env: PageEnv) {
        calendarHref = env.link(.calendar)
        if let url = env.profile.absoluteURL(Route.calendar.path), let colon = url.firstIndex(of: ":") {
            webcalHref = "webcal" + url[colon...]
        } else {
            webcalHref = nil
        }
    }

    static let fields = TemplateFields<CalendarLinks>([
        "calendarHref": { .text($0.calendarHref) },
        "webcalHref": { $0.webcalHref.template },
    ])
}

/// A month's page: a timeline by day and a calendar grid.
struct LedgerMonthPage: TemplateView {
    let chrome: PageChrome
    let month: YearMonth
    let totals: LedgerTotals
    let upcomingCount: Int
    let days: [LedgerDayView]
    let weeks: [CalendarWeekView]
    let previous: LinkedLabel?
    let next: LinkedLabel?
    let ledgerHref: String
    /// Festivals and theme days of the month.
    var festivals: [FestivalDayView] = []

    static let fields = TemplateFields<LedgerMonthPage>([
        "festivals": { .views($0.festivals) },
        "hasFestivals": { .flag(!$0.festivals.isEmpty) },
        "month": { .view(MonthLabelView(month: $0.month)) },
        "totals": { .view(TotalsView(totals: $0.totals)) },
        "upcomingCount": { .number($0.upcomingCount) },
        "hasUpcomingCount": { .flag($0.upcomingCount > 0) },
        "days": { .views($0.days) },
        "weeks": { .views($0.weeks) },
        "weekdays": { _ in .texts(ActivityView.weekdayNames) },
        "previous": { $0.previous.map { .view($0) } },
        "next": { $0.next.map { .view($0) } },
        "ledgerHref": { .text($0.ledgerHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A month's name and key.
struct MonthLabelView: TemplateView {
    let month: YearMonth

    static let fields = TemplateFields<MonthLabelView>([
        "label": { .text($0.month.chinese) },
        "key": { .text($0.month.key) },
        "year": { .number($0.month.year) },
        "month": { .number($0.month.month) },
    ])
}

/// A label with a link (previous and next month).
struct LinkedLabel: TemplateView {
    let label: String
    let href: String

    static let fields = TemplateFields<LinkedLabel>([
        "label": { .text($0.label) },
        "href": { .text($0.href) },
    ])
}

/// One day on a month's timeline.
struct LedgerDayView: TemplateView {
    let date: LocalDate
    let activities: [ActivityView]

    static let fields = TemplateFields<LedgerDayView>([
        "day": { .number($0.date.day) },
        "label": { .text("\($0.date.month)月\($0.date.day)日") },
        "weekday": { .text("星期" + ActivityView.weekdayNames[$0.date.weekday - 1]) },
        "date": { .text($0.date.description) },
        "activities": { .views($0.activities) },
    ])
}

/// One week of the calendar grid, Monday to Sunday.
struct CalendarWeekView: TemplateView {
    let days: [CalendarCellView]

    static let fields = TemplateFields<CalendarWeekView>([
        "days": { .views($0.days) },
    ])
}

/// A day of the calendar grid, or a blank cell outside the month.
struct CalendarCellView: TemplateView {
    let date: LocalDate?
    let month: YearMonth
    let today: LocalDate
    let items: [Activity]
    /// Names of the festivals and theme days on this day.
    var festivals: [String] = []

    static let fields = TemplateFields<CalendarCellView>([
        "festivals": { $0.festivals.isEmpty ? nil : .texts($0.festivals) },
        "festivalNames": { $0.festivals.isEmpty ? nil : .text($0.festivals.joined(separator: "、")) },
        "blank": { $0.date == nil ? .flag(true) : nil },
        "day": { $0.date.map { .number($0.day) } },
        "date": { $0.date.map { .text($0.description) } },
        "today": { v in v.date.map { .flag($0 == v.today) } },
        "count": { v in v.date == nil ? nil : .number(v.items.count) },
        "hasActivities": { v in v.date == nil ? nil : .flag(!v.items.isEmpty) },
        "upcoming": { v in
            guard v.date != nil else { return nil }
            return .flag(!v.items.isEmpty && v.items.allSatisfy { $0.isUpcoming(on: v.today) })
        },
        "anchor": { v in v.items.first.map { .number(YearMonth($0.date) == v.month ? $0.date.day : 1) } },
        "titles": { v in v.items.isEmpty ? nil : .text(v.items.map(\.title).joined(separator: "、")) },
    ])
}

/// A category's page: its year's totals, what is coming, what was held.
struct LedgerCategoryPage: TemplateView {
    let chrome: PageChrome
    let category: String
    let year: Int
    let totals: LedgerTotals
    let upcoming: [ActivityView]
    let held: [ActivityView]
    let ledgerHref: String

    static let fields = TemplateFields<LedgerCategoryPage>([
        "category": { .text($0.category) },
        "year": { .number($0.year) },
        "totals": { .view(TotalsView(totals: $0.totals)) },
        "upcoming": { .views($0.upcoming) },
        "hasUpcoming": { .flag(!$0.upcoming.isEmpty) },
        "held": { .views($0.held) },
        "hasHeld": { .flag(!$0.held.isEmpty) },
        "ledgerHref": { .text($0.ledgerHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// An activity's own page (it has a summary or photos).
struct ActivityPage: TemplateView {
    let chrome: PageChrome
    let activity: ActivityView
    let summary: String?
    let ledgerHref: String

    static let fields = TemplateFields<ActivityPage>([
        "activity": { .view($0.activity) },
        "summary": { $0.summary.template },
        "ledgerHref": { .text($0.ledgerHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

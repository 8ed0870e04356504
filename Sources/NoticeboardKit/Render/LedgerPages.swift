/// Renders the ledger: its home with the year's totals and upcoming activities, a page per month (timeline and
/// calendar grid), a page per category, a page per activity with a summary or photos, and `calendar.ics`.
struct LedgerPages {
    let theme: Theme

    func render(reader: SiteReader) -> [OutputFile] {
        let ledger = reader.ledger
        var files: [OutputFile] = [home(ledger, reader: reader)]
        for month in ledger.months { files.append(monthPage(month, ledger, reader: reader)) }
        for category in ledger.categories(known: reader.profile.categories) { files.append(categoryPage(category, ledger, reader: reader)) }
        for a in ledger.activities where a.hasPage { files.append(activityPage(a, reader: reader)) }
        files.append(CalendarFeed(profile: reader.profile, buildDate: reader.buildDate, ledger: ledger).render())
        return files
    }

    private func home(_ ledger: Ledger, reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .ledger)
        let year = reader.buildDate.year
        let otherYears = Set(ledger.activities.map(\.date.year)).sorted(by: >).filter { $0 != year }
        let page = LedgerHomePage(
            chrome: env.chrome(title: "活动台账", description: "\(reader.profile.name)活动台账：每月活动纪实、分类统计与活动预告"),
            stats: LedgerStatisticsView(ledger: ledger, year: year, env: env),
            upcoming: ledger.comingUp.map { ActivityView(activity: $0, env: env) },
            recent: ledger.held.prefix(6).map { ActivityView(activity: $0, env: env) },
            otherYears: otherYears.map { YearTotalsView(year: $0, totals: ledger.totals(year: $0)) },
            empty: ledger.activities.isEmpty,
            calendar: CalendarLinks(env: env))
        return OutputFile(path: env.route.file, text: theme.render("ledger", page))
    }

    private func monthPage(_ month: YearMonth, _ ledger: Ledger, reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .ledgerMonth(month))
        let activities = ledger.activities(in: month)
        // The timeline lists an activity under its first day, or under the 1st when it began in an earlier month.
        let byDay = Dictionary(grouping: activities) { YearMonth($0.date) == month ? $0.date.day : 1 }
        let days = byDay.keys.sorted(by: >).map { day in
            LedgerDayView(date: LocalDate(year: month.year, month: month.month, day: day)!,
                          activities: byDay[day]!.map { ActivityView(activity: $0, env: env) })
        }
        let months = ledger.months
        var previous: LinkedLabel?, next: LinkedLabel?
        if let i = months.firstIndex(of: month) {
            if i + 1 < months.count { previous = LinkedLabel(label: months[i + 1].chinese, href: env.link(.ledgerMonth(months[i + 1]))) }
            if i > 0 { next = LinkedLabel(label: months[i - 1].chinese, href: env.link(.ledgerMonth(months[i - 1]))) }
        }
        let festivals = reader.festivalDays.filter { YearMonth($0.date) == month }
        var page = LedgerMonthPage(
            chrome: env.chrome(title: "\(month.chinese)活动台账"), month: month, totals: ledger.totals(in: month),
            upcomingCount: activities.count { $0.isUpcoming(on: ledger.today) && YearMonth($0.date) == month },
            days: days, weeks: calendarGrid(month, activities: activities, today: ledger.today, festivals: festivals),
            previous: previous, next: next, ledgerHref: env.link(.ledger))
        page.festivals = festivals.map { FestivalDayView(day: $0, today: ledger.today) }
        return OutputFile(path: env.route.file, text: theme.render("ledger-month", page))
    }

    /// Weeks of the month from Monday to Sunday; days outside the month are blank cells. A day links to the timeline
    /// entry of the first activity running that day (activities over several days mark every day).
    private func calendarGrid(_ month: YearMonth, activities: [Activity], today: LocalDate, festivals: [FestivalDay] = []) -> [CalendarWeekView] {
        let blank = CalendarCellView(date: nil, month: month, today: today, items: [])
        var cells = Array(repeating: blank, count: month.firstDay.weekday - 1)
        for day in 1...month.dayCount {
            let date = LocalDate(year: month.year, month: month.month, day: day)!
            let items = activities.filter { $0.runs(on: date) }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            var cell = CalendarCellView(date: date, month: month, today: today, items: items)
            cell.festivals = festivals.filter { $0.date == date }.map(\.name)
            cells.append(cell)
        }
        while cells.count % 7 != 0 { cells.append(blank) }
        return stride(from: 0, to: cells.count, by: 7).map { CalendarWeekView(days: Array(cells[$0..<$0 + 7])) }
    }

    private func categoryPage(_ category: String, _ ledger: Ledger, reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .ledgerCategory(category))
        let year = reader.buildDate.year
        let activities = ledger.activities(inCategory: category)
        let page = LedgerCategoryPage(
            chrome: env.chrome(title: "\(category) · 活动台账"), category: category, year: year,
            totals: ledger.totals(category: category, year: year),
            upcoming: activities.filter { $0.isUpcoming(on: ledger.today) }.reversed().map { ActivityView(activity: $0, env: env) },
            held: activities.filter { !$0.isUpcoming(on: ledger.today) }.map { ActivityView(activity: $0, env: env) },
            ledgerHref: env.link(.ledger))
        return OutputFile(path: env.route.file, text: theme.render("ledger-category", page))
    }

    private func activityPage(_ a: Activity, reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .activity(a.id))
        let page = ActivityPage(chrome: env.chrome(title: a.title, description: a.summary.map { String($0.plainText.prefix(80)) } ?? a.title),
                                activity: ActivityView(activity: a, env: env),
                                summary: a.summary.map { env.html($0, file: a.source.path) },
                                ledgerHref: env.link(.ledger))
        return OutputFile(path: env.route.file, text: theme.render("activity", page), source: a.source.path)
    }
}

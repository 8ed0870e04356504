/// Renders the ledger: its home with the year's totals and upcoming activities, a page per month (timeline and
/// calendar grid), a page per category, a page per activity with a summary or photos, and `calendar.ics`.
struct LedgerPages {
    let context: PageContext
    let theme: Theme

    func render() -> [OutputFile] {
        let site = context.site
        let ledger = site.ledger
        var files: [OutputFile] = [home(ledger)]
        for month in ledger.months { files.append(monthPage(month, ledger)) }
        for category in ledger.categories(known: site.profile.categories) { files.append(categoryPage(category, ledger)) }
        for a in ledger.activities where a.hasPage {
            files.append(activityPage(a))
        }
        files.append(CalendarFeed(site: site).render())
        return files
    }

    private func home(_ ledger: Ledger) -> OutputFile {
        let out = "ledger/index.html"
        let year = context.site.buildDate.year
        var c = context.base(outputPath: out, title: "活动台账", sectionPath: "ledger/", description: "\(context.site.profile.name)活动台账：每月活动纪实、分类统计与活动预告")
        c["stats"] = context.ledgerStatistics(ledger, year: year, from: out)
        PageContext.list(&c, "upcoming", ledger.comingUp.map { context.activity($0, from: out) })
        c["empty"] = ledger.activities.isEmpty
        PageContext.list(&c, "recent", ledger.held.prefix(6).map { context.activity($0, from: out) })
        let years = Set(ledger.activities.map(\.date.year)).sorted(by: >).filter { $0 != year }
        PageContext.list(&c, "otherYears", years.map { y -> [String: Any] in
            var row = PageContext.totals(ledger.totals(year: y))
            row["year"] = y
            return row
        })
        calendarLinks(&c, from: out)
        return OutputFile(path: out, text: theme.render("ledger", c))
    }

    private func monthPage(_ month: YearMonth, _ ledger: Ledger) -> OutputFile {
        let out = "ledger/\(month.key)/index.html"
        var c = context.base(outputPath: out, title: "\(month.chinese)活动台账", sectionPath: "ledger/")
        let activities = ledger.activities(in: month)
        c["month"] = ["label": month.chinese, "key": month.key, "year": month.year, "month": month.month] as [String: Any]
        c["totals"] = PageContext.totals(ledger.totals(in: month))
        let upcoming = activities.filter { $0.isUpcoming(on: ledger.today) && YearMonth($0.date) == month }.count
        c["upcomingCount"] = upcoming
        c["hasUpcomingCount"] = upcoming > 0
        // The timeline lists an activity under its first day, or under the 1st when it began in an earlier month.
        let byDay = Dictionary(grouping: activities) { YearMonth($0.date) == month ? $0.date.day : 1 }
        c["days"] = byDay.keys.sorted(by: >).map { day -> [String: Any] in
            let date = LocalDate(year: month.year, month: month.month, day: day)!
            return ["day": day, "label": "\(month.month)月\(day)日", "weekday": "星期" + PageContext.weekdayNames[date.weekday - 1],
                    "date": date.description, "activities": byDay[day]!.map { context.activity($0, from: out) }]
        }
        c["weeks"] = calendarGrid(month, activities: activities, today: ledger.today)
        c["weekdays"] = PageContext.weekdayNames
        let months = ledger.months
        if let i = months.firstIndex(of: month) {
            if i + 1 < months.count { c["previous"] = ["label": months[i + 1].chinese, "href": URLPath.link(from: out, to: "ledger/\(months[i + 1].key)/")] }
            if i > 0 { c["next"] = ["label": months[i - 1].chinese, "href": URLPath.link(from: out, to: "ledger/\(months[i - 1].key)/")] }
        }
        c["ledgerHref"] = URLPath.link(from: out, to: "ledger/")
        return OutputFile(path: out, text: theme.render("ledger-month", c))
    }

    /// Weeks of the month from Monday to Sunday; days outside the month are empty cells. A day links to the timeline
    /// entry of the first activity running that day (activities over several days mark every day).
    private func calendarGrid(_ month: YearMonth, activities: [Activity], today: LocalDate) -> [[String: Any]] {
        let lead = month.firstDay.weekday - 1
        var cells: [[String: Any]] = Array(repeating: ["blank": true], count: lead)
        for day in 1...month.dayCount {
            let date = LocalDate(year: month.year, month: month.month, day: day)!
            let items = activities.filter { $0.runs(on: date) }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            var cell: [String: Any] = ["day": day, "date": date.description, "today": date == today, "count": items.count,
                                       "hasActivities": !items.isEmpty, "upcoming": false]
            if let first = items.first {
                cell["anchor"] = YearMonth(first.date) == month ? first.date.day : 1
                cell["titles"] = items.map(\.title).joined(separator: "、")
                cell["upcoming"] = items.allSatisfy { $0.isUpcoming(on: today) }
            }
            cells.append(cell)
        }
        while cells.count % 7 != 0 { cells.append(["blank": true]) }
        return stride(from: 0, to: cells.count, by: 7).map { ["days": Array(cells[$0..<$0 + 7])] }
    }

    private func categoryPage(_ category: String, _ ledger: Ledger) -> OutputFile {
        let out = PageContext.ledgerCategoryPath(category) + "index.html"
        var c = context.base(outputPath: out, title: "\(category) · 活动台账", sectionPath: "ledger/")
        let year = context.site.buildDate.year
        c["category"] = category
        c["year"] = year
        c["totals"] = PageContext.totals(ledger.totals(category: category, year: year))
        let activities = ledger.activities(inCategory: category)
        PageContext.list(&c, "upcoming", activities.filter { $0.isUpcoming(on: ledger.today) }.reversed().map { context.activity($0, from: out) })
        PageContext.list(&c, "held", activities.filter { !$0.isUpcoming(on: ledger.today) }.map { context.activity($0, from: out) })
        c["ledgerHref"] = URLPath.link(from: out, to: "ledger/")
        return OutputFile(path: out, text: theme.render("ledger-category", c))
    }

    private func activityPage(_ a: Activity) -> OutputFile {
        let out = URLPath.outputFile(for: a.path)
        var c = context.base(outputPath: out, title: a.title, sectionPath: "ledger/",
                             description: a.summary.map { String($0.plainText.prefix(80)) } ?? a.title)
        c["activity"] = context.activity(a, from: out)
        if let summary = a.summary { c["summary"] = context.html(summary, file: a.source.path, outputPath: out) }
        c["ledgerHref"] = URLPath.link(from: out, to: "ledger/")
        return OutputFile(path: out, text: theme.render("activity", c), source: a.source.path)
    }

    /// Links to `calendar.ics`: relative for download, `webcal://` for subscribing when the site has a base URL.
    func calendarLinks(_ c: inout [String: Any], from out: String) {
        c["calendarHref"] = URLPath.link(from: out, to: "calendar.ics")
        if let url = context.site.profile.absoluteURL("calendar.ics"), let colon = url.firstIndex(of: ":") {
            c["webcalHref"] = "webcal" + url[colon...]
        }
    }
}

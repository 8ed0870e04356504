import Foundation
import Markdown

/// The Mustache contexts of the ledger: one activity, totals, and the site paths of ledger pages.
extension PageContext {
    static let weekdayNames = ["一", "二", "三", "四", "五", "六", "日"]

    /// Site path of a category's page.
    public static func ledgerCategoryPath(_ category: String) -> String {
        let cleaned = Slug.clean(category), name = cleaned.isEmpty ? "" : Slug.fit(cleaned)
        return "ledger/category/\(name.isEmpty ? "other" : name)/"
    }

    /// One activity for timelines, cards and its own page.
    public func activity(_ a: Activity, from outputPath: String) -> [String: Any] {
        let upcoming = a.isUpcoming(on: site.buildDate)
        var c: [String: Any] = [
            "id": a.id,
            "title": a.title,
            "category": a.category,
            "categoryHref": URLPath.link(from: outputPath, to: Self.ledgerCategoryPath(a.category)),
            "date": a.date.description,
            "dateChinese": a.date.chinese,
            "monthDay": "\(a.date.month)月\(a.date.day)日",
            "day": a.date.day,
            "weekday": "星期" + Self.weekdayNames[a.date.weekday - 1],
            "monthHref": URLPath.link(from: outputPath, to: a.monthPath) + "#d-\(a.date.day)",
            "href": a.hasPage ? URLPath.link(from: outputPath, to: a.path) : URLPath.link(from: outputPath, to: a.monthPath) + "#d-\(a.date.day)",
            "hasPage": a.hasPage,
            "upcoming": upcoming,
            "today": a.date == site.buildDate,
        ]
        if let pageHref = a.hasPage ? URLPath.link(from: outputPath, to: a.path) : nil { c["pageHref"] = pageHref }
        if let e = a.endDate { c["endDate"] = e.description; c["endDateChinese"] = e.chinese; c["endMonthDay"] = "\(e.month)月\(e.day)日" }
        if let t = a.timeText { c["time"] = t }
        if let s = a.start { c["startISO"] = "\(a.date)T\(s)" }
        if let v = a.place { c["place"] = v }
        if let v = a.organiser { c["organiser"] = v }
        if let v = a.participants { c["participants"] = v }
        if let v = a.volunteers { c["volunteers"] = v }
        if let v = a.volunteerHours { c["volunteerHours"] = Self.hoursText(v) }
        c["hasNumbers"] = a.participants != nil || a.volunteers != nil || a.volunteerHours != nil
        Self.list(&c, "tasks", a.tasks.map { reference -> [String: Any] in
            var t: [String: Any] = ["reference": reference, "label": reference]
            if let (plan, item) = taskIndex.resolve(reference) {
                t["label"] = item.id + " " + item.title
                t["planTitle"] = plan.title
                t["href"] = URLPath.link(from: outputPath, to: plan.path) + "#" + item.anchor
            }
            return t
        })
        let root = URLPath.root(from: outputPath)
        var photos: [[String: Any]] = []
        for (i, photo) in a.photos.enumerated() {
            switch MediaReference.resolve(photo, from: a.source.path, media: site.media) {
            case .media(let path): photos.append(["src": root + URLPath.encode(path), "alt": "\(a.title) 照片\(i + 1)"])
            case .external where URLSafety.isSafe(photo): photos.append(["src": photo, "alt": "\(a.title) 照片\(i + 1)"])
            default: continue
            }
        }
        Self.list(&c, "photos", photos)
        return c
    }

    /// Totals for templates: counts as numbers, hours as text without a needless `.0`.
    public static func totals(_ t: LedgerTotals) -> [String: Any] {
        ["activities": t.activities, "participants": t.participants, "volunteers": t.volunteers,
         "volunteerHours": hoursText(t.volunteerHours), "empty": t.activities == 0]
    }

    /// `12`, `12.5` — hours rounded to one decimal.
    public static func hoursText(_ h: Double) -> String {
        let r = (h * 10).rounded() / 10
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : String(format: "%.1f", r)
    }

    /// Statistics of the ledger for a year: totals, each month, each category; held activities only.
    public func ledgerStatistics(_ ledger: Ledger, year: Int, from outputPath: String) -> [String: Any] {
        var c = Self.totals(ledger.totals(year: year))
        c["year"] = year
        let months = (1...12).map { YearMonth(year: year, month: $0) }
        let used = Set(ledger.months)
        c["months"] = months.map { m -> [String: Any] in
            var row = Self.totals(ledger.totals(in: m))
            row["month"] = m.month
            row["label"] = m.chinese
            row["key"] = m.key
            let upcoming = ledger.upcoming.filter { YearMonth($0.date) == m }.count
            row["upcomingCount"] = upcoming
            row["hasUpcomingCount"] = upcoming > 0
            row["href"] = used.contains(m) ? URLPath.link(from: outputPath, to: "ledger/\(m.key)/") : false
            return row
        }
        c["categories"] = ledger.categories(known: site.profile.categories).map { name -> [String: Any] in
            var row = Self.totals(ledger.totals(category: name, year: year))
            row["name"] = name
            row["href"] = URLPath.link(from: outputPath, to: Self.ledgerCategoryPath(name))
            return row
        }
        return c
    }
}

/// Totals of a set of activities: how many, how many took part, volunteers and volunteer hours.
public struct LedgerTotals: Sendable, Equatable {
    public var activities = 0
    public var participants = 0
    public var volunteers = 0
    public var volunteerHours = 0.0

    public init() {}

    public init(_ activities: some Sequence<Activity>) {
        for a in activities { add(a) }
    }

    public mutating func add(_ a: Activity) {
        activities += 1
        participants += a.participants ?? 0
        volunteers += a.volunteers ?? 0
        volunteerHours += a.volunteerHours ?? 0
    }
}

/// The activity ledger (台账) at the build date: records held so far, announcements to come, and statistics
/// per year, month and category. Statistics count held activities only; upcoming ones are listed apart.
public struct Ledger: Sendable {
    /// Every activity, newest first.
    public let activities: [Activity]
    public let today: LocalDate

    public init(activities: [Activity], today: LocalDate) {
        self.activities = activities.sorted(by: Ledger.newestFirst)
        self.today = today
    }

    /// Newest first: by date, then start time, then id, so the order never depends on file order.
    public static func newestFirst(_ a: Activity, _ b: Activity) -> Bool {
        let ka = (a.date, a.start?.minutes ?? -1), kb = (b.date, b.start?.minutes ?? -1)
        if ka.0 != kb.0 { return ka.0 > kb.0 }
        if ka.1 != kb.1 { return ka.1 > kb.1 }
        return a.id < b.id
    }

    /// Activities on or before the build date.
    public var held: [Activity] { activities.filter { !$0.isUpcoming(on: today) } }

    /// Activities after the build date, soonest first.
    public var upcoming: [Activity] { activities.filter { $0.isUpcoming(on: today) }.reversed() }

    /// Activities still to come or running today (the last day not yet past), soonest first: what residents can still join.
    public var comingUp: [Activity] { activities.filter { today <= $0.lastDate }.reversed() }

    /// Held activities of the last `days` days and every upcoming one, for the calendar feed; soonest first.
    public func calendarWindow(days: Int) -> [Activity] {
        let from = today.adding(days: -days)
        return activities.filter { from <= $0.lastDate }.reversed()
    }

    /// Every month an activity (held or upcoming) runs in, newest first.
    public var months: [YearMonth] {
        var months = Set<YearMonth>()
        for a in activities {
            var m = YearMonth(a.date)
            while m <= YearMonth(a.lastDate) {
                months.insert(m)
                m = m.next
            }
        }
        return months.sorted(by: >)
    }

    /// Activities that run in a month, including those that started in an earlier month; newest first.
    public func activities(in month: YearMonth) -> [Activity] { activities.filter { $0.overlaps(month) } }

    public func activities(inCategory category: String) -> [Activity] { activities.filter { $0.category == category } }

    /// Activities that give `reference` (`2026-civilised#3.1.2`) among their tasks, newest first.
    public func activities(referencing reference: String) -> [Activity] { activities.filter { $0.tasks.contains(reference) } }

    /// Totals of held activities that started in a month (an activity over several months counts once, in its first).
    public func totals(in month: YearMonth) -> LedgerTotals { LedgerTotals(held.filter { YearMonth($0.date) == month }) }

    /// Totals of held activities in a year.
    public func totals(year: Int) -> LedgerTotals { LedgerTotals(held.filter { $0.date.year == year }) }

    /// Totals of held activities of a category, optionally within one year.
    public func totals(category: String, year: Int? = nil) -> LedgerTotals {
        LedgerTotals(held.filter { $0.category == category && (year == nil || $0.date.year == year) })
    }

    /// Categories in use: the site's list order first, then any others sorted.
    public func categories(known: [String]) -> [String] {
        let used = Set(activities.map(\.category))
        return known.filter(used.contains) + used.subtracting(known).sorted()
    }

    /// The first activity with this id.
    public func activity(id: String) -> Activity? { activities.first { $0.id == id } }
}

import Markdown

/// A time of day (hour and minute) as staff write it in the ledger: `9:00`, `14:30`.
public struct TimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    /// Returns nil for a time that does not exist (25:00, 9:60). `24:00` is accepted as the end of a day.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour) && (0...59).contains(minute) || (hour == 24 && minute == 0) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// `09:00`
    public var description: String { String(format: "%02d:%02d", hour, minute) }
    /// Minutes since midnight.
    public var minutes: Int { hour * 60 + minute }

    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }
}

/// One activity recorded in the ledger (台账): what was done, when, where, by whom and with how many people.
public struct Activity: Sendable {
    /// Stable identifier used for its page and calendar UID: `2026-03-05-学雷锋志愿服务`.
    public var id: String
    public var source: SourceLocation
    public var date: LocalDate
    /// Last day of an activity over several days, nil for one day.
    public var endDate: LocalDate?
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var title: String
    public var category: String
    public var place: String?
    public var organiser: String?
    public var participants: Int?
    public var volunteers: Int?
    public var volunteerHours: Double?
    /// Plan task references such as `2026-civilised#3.1.2`.
    public var tasks: [String]
    /// Where each task reference was written, parallel to `tasks`.
    public var taskLocations: [SourceLocation]
    /// Photos as written (relative to the ledger file or to `content/`), in the order given.
    public var photos: [String]
    /// Where each photo was written, parallel to `photos`.
    public var photoLocations: [SourceLocation]
    public var summary: MarkdownNode?
    /// Where the category was written, for the category check.
    public var categoryLocation: SourceLocation
    /// Where the summary was written, for problems in its Markdown.
    public var summaryLocation: SourceLocation? = nil
    /// Checklist criteria it is evidence for (`criteria:` / `测评项目:`): `2.1.3` or `checklist-slug#2.1.3`.
    public var criteria: [String] = []
    /// Where each criterion reference was written, parallel to `criteria`.
    public var criteriaLocations: [SourceLocation] = []

    /// Dated after the build date: an announcement (预告), not yet a record.
    public func isUpcoming(on today: LocalDate) -> Bool { today < date }

    /// The last day the activity runs.
    public var lastDate: LocalDate { endDate ?? date }

    /// Whether the activity has its own page (a summary or photos to show).
    public var hasPage: Bool { summary != nil || !photos.isEmpty }

    /// Site path of its own page.
    public var path: String { Route.activity(id).path }

    /// Site path of its month page.
    public var monthPath: String { Route.ledgerMonth(YearMonth(date)).path }

    /// Whether the activity runs on any day of `month`.
    public func overlaps(_ month: YearMonth) -> Bool {
        YearMonth(date) <= month && month <= YearMonth(lastDate)
    }

    /// Whether the activity runs on `day`.
    public func runs(on day: LocalDate) -> Bool { date <= day && day <= lastDate }

    /// `9:00—11:00`, `9:00`, or nil when no time was given.
    public var timeText: String? {
        guard let start else { return nil }
        let s = "\(start.hour):\(String(format: "%02d", start.minute))"
        guard let end else { return s }
        return s + "—\(end.hour):\(String(format: "%02d", end.minute))"
    }
}

/// A calendar month, the unit of the ledger's pages and statistics.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    public init(_ date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// `2026-03`, the month page's folder.
    public var key: String { String(format: "%04d-%02d", year, month) }
    /// `2026年3月`
    public var chinese: String { "\(year)年\(month)月" }
    public var description: String { key }
    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    public var dayCount: Int { LocalDate.daysIn(month: month, year: year) }
    public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}

/// The site's changes to the built-in calendar of festivals and theme days, from `content/calendar.yaml`.
public struct CalendarSettings: Sendable {
    /// A day the site adds (a community festival, a local theme day).
    public struct Addition: Sendable {
        public var name: String
        public var kind: FestivalDay.Kind
        public var rule: DayRule
        public var location: SourceLocation
    }

    public var additions: [Addition] = []
    /// Built-in days the site does not show, by name.
    public var drops: [(name: String, location: SourceLocation)] = []
    /// The file the settings came from, if any.
    public var source: String?

    public init() {}
}

/// Registrations of volunteers: one person (a row of the registration CSV) or a count for a month (YAML).
public struct VolunteerRegistration: Sendable {
    /// The day the registrations count from (a month's count: its first day).
    public var date: LocalDate
    /// The team (a team's name or slug), nil when not said.
    public var team: String?
    public var count: Int
    /// A person's name (registration rows only); published only with `mayPublish`.
    public var name: String?
    public var mayPublish: Bool
    /// When the person left (注销); counts stop that day.
    public var left: LocalDate?
    public var location: SourceLocation
}

/// The volunteer registry (`content/volunteers/`): counts by team and month, never names unless a volunteer agreed.
public struct VolunteerRegistry: Sendable {
    public var registrations: [VolunteerRegistration] = []
    /// The content files it was read from.
    public var inputs: [String] = []

    public init(registrations: [VolunteerRegistration] = [], inputs: [String] = []) {
        self.registrations = registrations
        self.inputs = inputs
    }

    public var isEmpty: Bool { registrations.isEmpty }

    /// Volunteers registered on `date` (registered on or before it and not yet left).
    public func registered(on date: LocalDate, team: String? = nil) -> Int {
        registrations.reduce(0) { sum, r in
            guard r.date <= date, r.left.map({ $0 > date }) ?? true, team == nil || r.team == team else { return sum }
            return sum + r.count
        }
    }

    /// Registrations dated in a month (new volunteers), for one team or all.
    public func newlyRegistered(in month: YearMonth, team: String? = nil) -> Int {
        registrations.reduce(0) { sum, r in
            YearMonth(r.date) == month && (team == nil || r.team == team) ? sum + r.count : sum
        }
    }

    /// The teams named, in first-written order (a registration with no team is under 未分队).
    public var teams: [String] {
        var seen = Set<String>()
        return registrations.map { $0.team ?? Self.noTeam }.filter { seen.insert($0).inserted }
    }

    public static let noTeam = "未分队"

    /// Names volunteers agreed to publish, sorted, as pages may show them.
    public func publishableNames(on date: LocalDate) -> [String] {
        registrations.filter { $0.mayPublish && $0.date <= date && ($0.left.map { $0 > date } ?? true) }.compactMap(\.name).sorted()
    }

    /// Share of the population registered on `date`, in percent; nil without a population.
    public func share(on date: LocalDate, population: Int?) -> Double? {
        guard let population, population > 0 else { return nil }
        return Double(registered(on: date)) / Double(population) * 100
    }
}

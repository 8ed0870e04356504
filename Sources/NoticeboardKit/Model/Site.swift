/// Everything the site publishes, decided at the build date: the model the render step turns into pages.
public struct Site: Sendable {
    public var profile: SiteProfile
    public var buildDate: LocalDate
    /// Published notices, newest first (drafts only with `--drafts`).
    public var notices: [Notice]
    /// Published plans, newest year first (drafts only with `--drafts`).
    public var plans: [Plan] = []
    /// Honour rolls (red and black lists), newest first; the lifecycle is decided by `HonourRoll.state(on:)`.
    public var honours: [HonourRoll] = []
    /// Media files under `content/`, as paths relative to `content/`.
    public var media: Set<String>

    /// Every ledger activity (held and upcoming), newest first.
    public var activities: [Activity] = []

    /// Briefings dated on or before the build date, newest first (drafts only with `--drafts`).
    public var bulletins: [Bulletin] = []

    /// The ledger at the build date: statistics, months, categories, upcoming activities.
    public var ledger: Ledger { Ledger(activities: activities, today: buildDate) }

    /// Activities that reference a plan task (`2026-civilised#3.1.2`), newest first.
    public func activities(referencing reference: String) -> [Activity] { ledger.activities(referencing: reference) }

    public func notices(_ currency: Currency) -> [Notice] {
        notices.filter { $0.currency(on: buildDate) == currency }
    }
}

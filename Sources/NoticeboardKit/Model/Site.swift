/// Everything the site publishes, decided at the build date: the model the render step turns into pages.
public struct Site: Sendable {
    public var profile: SiteProfile
    public let buildDate: LocalDate
    /// Published notices, newest first (drafts only with `--drafts`).
    public var notices: [Notice]
    /// Published plans, newest year first (drafts only with `--drafts`).
    public var plans: [Plan] = []
    /// Honour rolls (red and black lists), newest first; the lifecycle is decided by `HonourRoll.state(on:)`.
    public var honours: [HonourRoll] = []
    /// Media files under `content/`, as paths relative to `content/`.
    public var media: Set<String>


    /// Briefings dated on or before the build date, newest first (drafts only with `--drafts`).
    public var bulletins: [Bulletin] = []

    /// Publicity boards with their issues (newest first), by name; drafts only with `--drafts`.
    public var boards: [PublicityBoard] = []
    /// Conventions (文明公约 …), pinned first, then by title; drafts only with `--drafts`.
    public var conventions: [Convention] = []
    /// Festivals and theme days of the build year, the plans' years and the ledger's years, by date.
    public var festivalDays: [FestivalDay] = []
    /// Organisations and teams (`content/teams/`), the leading group first.
    public var teams: [Team] = []
    /// Venues with opening hours (`content/venues/`).
    public var venues: [Venue] = []
    /// Volunteer registrations (`content/volunteers/`): counts by team and month.
    public var volunteerRegistry = VolunteerRegistry()
    /// Surveys dated on or before the build date, newest first (drafts only with `--drafts`).
    public var surveys: [Survey] = []
    /// The incidents ledger, oldest first; published as counts unless an entry is public.
    public var incidents: [Incident] = []
    /// Evaluation checklists (测评体系), public and internal; `isPublic` decides which output folder gets their pages.
    public var checklists: [Checklist] = []

    /// The ledger at the build date: statistics, months, categories, upcoming activities (built once, with the site).
    public let ledger: Ledger

    /// Every ledger activity (held and upcoming), newest first.
    public var activities: [Activity] { ledger.activities }

    public init(profile: SiteProfile, buildDate: LocalDate, notices: [Notice], plans: [Plan] = [], honours: [HonourRoll] = [],
                media: Set<String>, activities: [Activity] = [], bulletins: [Bulletin] = []) {
        self.profile = profile
        self.buildDate = buildDate
        self.notices = notices
        self.plans = plans
        self.honours = honours
        self.media = media
        self.ledger = Ledger(activities: activities, today: buildDate)
        self.bulletins = bulletins
    }

    public func notices(_ currency: Currency) -> [Notice] {
        notices.filter { $0.currency(on: buildDate) == currency }
    }
}

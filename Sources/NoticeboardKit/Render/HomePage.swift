/// Renders the home page: running publicity periods, pinned and latest notices, what is coming, the red list,
/// the newest briefing.
struct HomePage {
    let theme: Theme

    func render(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .home)
        let today = reader.buildDate
        let current = reader.notices(.current)
        let running = current.filter { $0.publicity?.isRunning(on: today) == true }
        let honour = HonourPages.latestRed(reader, env: env, limit: 6)
        let bulletin = reader.bulletins.first.map {
            BulletinView(bulletin: $0, env: env, showsBody: false, bulletinsHref: env.link(.bulletins))
        }
        let page = HomePageView(
            chrome: env.chrome(title: reader.profile.name),
            pinned: current.filter(\.pinned).map { NoticeView(notice: $0, env: env) },
            publicityNotices: running.map { NoticeView(notice: $0, env: env) },
            latest: current.filter { !$0.pinned && $0.publicity?.isRunning(on: today) != true }.prefix(8).map { NoticeView(notice: $0, env: env) },
            upcomingNotices: reader.notices(.upcoming).map { NoticeView(notice: $0, env: env) },
            upcomingActivities: reader.ledger.comingUp.prefix(5).map { ActivityView(activity: $0, env: env) },
            latestHonour: honour, latestBulletin: bulletin,
            noticesHref: env.link(.notices), feedHref: env.link(.feed), ledgerHref: env.link(.ledger),
            calendarHref: env.link(.calendar), honoursHref: honour == nil ? nil : env.link(.honours))
        var home = page
        home.boardsBox = Self.boardsBox(reader, env: env)
        let venues = reader.venues
        if !venues.isEmpty {
            home.openToday = venues.filter { $0.hours.isOpen(on: today) }.map { VenueView(venue: $0, today: today) }
            home.communityHref = env.link(.community)
        }
        return OutputFile(path: env.route.file, text: theme.render("home", home))
    }

    /// The 宣传栏 box: shown when the site has boards or conventions.
    static func boardsBox(_ reader: SiteReader, env: PageEnv) -> HomeBoardsView? {
        let boards = reader.boards, conventions = reader.conventions
        guard !boards.isEmpty || !conventions.isEmpty else { return nil }
        return HomeBoardsView(boards: boards.filter { $0.currentIssue(on: env.today) != nil }.prefix(4).map { BoardView(board: $0, env: env) },
                              conventions: conventions.map { ConventionView(convention: $0, env: env) },
                              festivals: FestivalDayView.upcoming(reader.festivalDays, today: env.today, within: 30, limit: 3),
                              boardsHref: env.link(.boards))
    }
}

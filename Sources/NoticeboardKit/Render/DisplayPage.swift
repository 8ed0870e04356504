/// The loop for the community hall's screen (`display/`): one full-screen 16:9 panel at a time — current notices,
/// the red list, coming activities, slogans — in the order and at the pace `site.yaml` sets.
struct DisplayPage {
    let theme: Theme

    func render(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .display)
        let display = reader.profile.display
        var panels: [DisplayPanel] = []
        for name in display.panels {
            guard let (heading, content) = panel(name, env: env) else { continue }
            panels.append(DisplayPanel(name: name, index: panels.count, heading: heading, content: content))
        }
        let page = DisplayPageView(chrome: env.chrome(title: "显示屏"), panels: panels,
                                   intervalSeconds: display.intervalSeconds, reloadMinutes: display.reloadMinutes)
        return OutputFile(path: env.route.file, text: theme.render("display", page))
    }

    private func panel(_ name: String, env: PageEnv) -> (String, DisplayPanel.Content)? {
        let reader = env.reader
        let today = reader.buildDate
        switch name {
        case "notices":
            let current = reader.notices(.current)
            let running = current.filter { $0.publicity?.isRunning(on: today) == true }
            let others = current.filter { $0.publicity?.isRunning(on: today) != true }
                .sorted { ($0.pinned ? 0 : 1, $1.date) < ($1.pinned ? 0 : 1, $0.date) }
            let shown = Array((running + others).prefix(5))
            guard !shown.isEmpty else { return nil }
            return ("通知公告", .notices(shown.map { NoticeView(notice: $0, env: env) }))
        case "honours":
            guard let roll = HonourPages.latestRed(reader, env: env, limit: 6) else { return nil }
            return ("光荣榜", .honours(roll))
        case "activities":
            let coming = reader.ledger.comingUp.prefix(5).map { ActivityView(activity: $0, env: env) }
            guard !coming.isEmpty else { return nil }
            return ("活动预告", .activities(Array(coming)))
        case "slogans":
            guard !reader.profile.slogans.isEmpty else { return nil }
            return (reader.profile.name, .slogans(reader.profile.slogans))
        case "festivals", "conventions", "boards":
            return Self.boardPanel(name, env: env)
        case "venues":
            let venues = reader.venues.filter { !$0.hours.days.isEmpty }
            guard !venues.isEmpty else { return nil }
            return ("今日开放时间", .venues(venues.map { VenueView(venue: $0, today: today) }))
        default:
            return nil
        }
    }

    /// The panels of issue 16a: coming festival days, the first convention, the boards' current issues.
    static func boardPanel(_ name: String, env: PageEnv) -> (String, DisplayPanel.Content)? {
        let reader = env.reader
        switch name {
        case "festivals":
            let coming = FestivalDayView.upcoming(reader.festivalDays, today: reader.buildDate)
            return coming.isEmpty ? nil : ("节日与主题日", .festivals(coming))
        case "conventions":
            guard let first = reader.conventions.first else { return nil }
            return (first.title, .convention(ConventionView(convention: first, env: env)))
        default:
            let boards = reader.boards.filter { $0.currentIssue(on: reader.buildDate) != nil }.prefix(6).map { BoardView(board: $0, env: env) }
            return boards.isEmpty ? nil : ("宣传栏本期", .boards(Array(boards)))
        }
    }
}

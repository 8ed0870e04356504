/// Renders the 联系我们 section: the venues with today's opening hours and their A4 sheet, the teams, the volunteer
/// registry, the surveys and the incidents ledger's counts.
struct CommunityPages {
    let theme: Theme

    /// Whether the site has any community record (the section appears in the navigation).
    static func hasContent(_ site: Site) -> Bool {
        !site.teams.isEmpty || !site.venues.isEmpty || !site.volunteerRegistry.isEmpty || !site.surveys.isEmpty || !site.incidents.isEmpty
    }

    /// `11月20日 周五`
    static func todayText(_ d: LocalDate) -> String { "\(d.month)月\(d.day)日 \(OpeningHours.weekdayNames[d.weekday - 1])" }

    /// 联系我们 and the opening hours sheet.
    func community(reader: SiteReader) -> [OutputFile] {
        let env = PageEnv(reader: reader, route: .community)
        let today = reader.buildDate
        let venues = reader.venues.map { VenueView(venue: $0, today: today) }
        let teams = reader.teams.map { TeamView(team: $0, href: env.link(.teams) + "#team-" + URLPath.encode($0.slug)) }
        var links: [CommunityLink] = []
        let registry = reader.volunteerRegistry
        if !registry.isEmpty {
            let share = registry.share(on: today, population: reader.profile.population).map { "，占常住人口 " + SVGChart.number($0, decimals: 1) + "%" } ?? ""
            links.append(CommunityLink(label: "志愿者", href: env.link(.volunteers), figure: "注册志愿者 \(registry.registered(on: today)) 人\(share)"))
        }
        if let survey = reader.surveys.first {
            let rate = survey.rates.first.map { "\($0.name) \($0.text)" } ?? survey.date.chinese
            links.append(CommunityLink(label: "民意调查", href: env.link(.surveys), figure: "最近一次：\(survey.topic)，\(rate)"))
        }
        let incidents = reader.incidents
        if !incidents.isEmpty {
            let year = today.year
            let count = incidents.count(from: LocalDate(year: year, month: 1, day: 1)!, to: today)
            links.append(CommunityLink(label: "平安建设", href: env.link(.incidents), figure: "\(year)年以来登记各类事件 \(count) 起（按月分类统计）"))
        }
        let page = CommunityPageView(chrome: env.chrome(title: "联系我们", description: "\(reader.profile.name)的服务场所、开放时间、组织机构和志愿服务"),
                                     todayText: Self.todayText(today), venues: venues, teams: teams,
                                     printHref: venues.isEmpty ? nil : env.link(.communityPrint), links: links)
        var files = [OutputFile(path: env.route.file, text: theme.render("community", page))]
        if !venues.isEmpty {
            let printEnv = env.at(.communityPrint)
            let sheet = VenueHoursSheet(chrome: printEnv.chrome(title: "服务场所开放时间"), sheet: PrintSheet(env: printEnv, paper: "A4", page: .community, caption: "扫码查看开放时间"),
                                        venues: venues)
            files.append(OutputFile(path: printEnv.route.file, text: theme.render("print/venues", sheet)))
        }
        return files
    }

    func teams(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .teams)
        let teams = reader.teams.map { TeamView(team: $0, href: "#team-" + URLPath.encode($0.slug)) }
        let page = TeamsPageView(chrome: env.chrome(title: "组织机构", description: "领导小组、理事会和各支队伍的组成"), teams: teams, communityHref: env.link(.community))
        return OutputFile(path: env.route.file, text: theme.render("teams", page))
    }

    func volunteers(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .volunteers)
        let today = reader.buildDate, year = today.year
        let registry = reader.volunteerRegistry
        let months = (1...(today.month)).map { YearMonth(year: year, month: $0) }
        let teams = registry.teams
        // Registered at each month's end (the build date for the current month), by team.
        func asOf(_ m: YearMonth) -> LocalDate { m.month == today.month ? today : LocalDate(year: m.year, month: m.month, day: m.dayCount)! }
        func registered(_ m: YearMonth, _ name: String) -> Int {
            registry.registrations.reduce(0) { sum, r in
                (r.team ?? VolunteerRegistry.noTeam) == name && r.date <= asOf(m) && (r.left.map { $0 > asOf(m) } ?? true) ? sum + r.count : sum
            }
        }
        let held = reader.ledger.activities.filter { $0.date.year == year && $0.date <= today }
        let hours = months.map { m in held.filter { YearMonth($0.date) == m }.reduce(0.0) { $0 + ($1.volunteerHours ?? 0) } }
        let labels = months.map { "\($0.month)月" }
        let series = teams.enumerated().map { i, name in
            SVGChart.Series(name: name, color: SVGChart.palette[i % SVGChart.palette.count], values: months.map { Double(registered($0, name)) })
        }
        let rows = months.enumerated().map { i, m in
            RecordRow(label: "\(m.month)月", cells: teams.map { RecordCell(value: String(registered(m, $0))) } + [RecordCell(value: String(registry.registered(on: asOf(m))))],
                      total: SVGChart.number(hours[i], decimals: 1))
        }
        let firstDay = LocalDate(year: year, month: 1, day: 1)!
        let newThisYear = registry.registrations.filter { $0.date >= firstDay && $0.date <= today }.reduce(0) { $0 + $1.count }
        var page = VolunteersPageView(
            chrome: env.chrome(title: "志愿者", description: "注册志愿者人数、占常住人口比例和志愿服务时长"),
            year: year, asOf: today.chinese, registered: registry.registered(on: today),
            share: registry.share(on: today, population: reader.profile.population).map { SVGChart.number($0, decimals: 1) + "%" },
            population: reader.profile.population, newThisYear: newThisYear,
            hours: SVGChart.number(hours.reduce(0, +), decimals: 1),
            chart: SVGChart.bars(id: "chart-volunteers-\(year)", title: "\(year)年各月末注册志愿者人数（按队伍）", labels: labels, series: series, unit: " 人"),
            hoursChart: SVGChart.bars(id: "chart-volunteer-hours-\(year)", title: "\(year)年各月志愿服务时长", labels: labels,
                                      series: [SVGChart.Series(name: "志愿服务时长", color: SVGChart.palette[2], values: hours)], decimals: 1, unit: " 小时"),
            teams: teams, rows: rows, names: registry.publishableNames(on: today), communityHref: env.link(.community))
        page.legend = series.map { LegendItem(name: $0.name, color: $0.color) }
        return OutputFile(path: env.route.file, text: theme.render("volunteers", page))
    }

    func surveys(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .surveys)
        let page = SurveysPageView(chrome: env.chrome(title: "民意调查", description: "满意率、知晓率等调查结果"),
                                   surveys: reader.surveys.map { SurveyView(survey: $0, env: env) }, communityHref: env.link(.community))
        return OutputFile(path: env.route.file, text: theme.render("surveys", page))
    }

    func survey(_ s: Survey, reader: SiteReader) -> OutputFile {
        let survey = reader.survey(s)
        let env = PageEnv(reader: reader, route: .survey(survey.slug))
        let rates = survey.rates.map { "\($0.name) \($0.text)" }.joined(separator: "，")
        let page = SurveyPageView(chrome: env.chrome(title: survey.topic, description: rates.isEmpty ? survey.topic : rates),
                                  survey: SurveyView(survey: survey, env: env, showsBody: true), surveysHref: env.link(.surveys))
        return OutputFile(path: env.route.file, text: theme.render("survey", page), source: survey.source.path)
    }

    func incidents(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .incidents)
        let today = reader.buildDate
        let incidents = reader.incidents.filter { $0.date <= today }
        let counts = incidents.countsByMonth()
        let years = Set(incidents.map(\.date.year) + [today.year]).sorted(by: >)
        let yearViews = years.map { year -> IncidentYearView in
            let inYear = incidents.filter { $0.date.year == year }
            let present = Set(inYear.map(\.kind))
            let kinds = Incident.kinds.filter { ["案件", "纠纷", "上访", "火情"].contains($0) || present.contains($0) }
            let months = (1...(year == today.year ? today.month : 12)).map { YearMonth(year: year, month: $0) }
            let rows = months.map { m in
                let row = counts[m] ?? [:]
                return RecordRow(label: "\(m.month)月", cells: kinds.map { RecordCell(value: String(row[$0] ?? 0)) }, total: String(row.values.reduce(0, +)))
            }
            let totals = kinds.map { k in inYear.filter { $0.kind == k }.reduce(0) { $0 + $1.count } }
            return IncidentYearView(year: year, kinds: kinds, rows: rows, totals: totals.map { RecordCell(value: String($0)) },
                                    total: totals.reduce(0, +), zeroKinds: zip(kinds, totals).filter { $0.1 == 0 }.map(\.0))
        }
        let page = IncidentsPageView(chrome: env.chrome(title: "平安建设", description: "各月各类事件起数（案件、纠纷、上访、火情）"),
                                     asOf: today.chinese, years: yearViews,
                                     entries: incidents.filter(\.isPublic).reversed().map(IncidentEntryView.init), communityHref: env.link(.community))
        return OutputFile(path: env.route.file, text: theme.render("incidents", page))
    }

    /// The page groups of the section (only those with content).
    static func groups(site: Site, theme: Theme) -> [PageGroup] {
        guard hasContent(site) else { return [] }
        let pages = CommunityPages(theme: theme)
        var groups = [PageGroup("community") { pages.community(reader: $0) }]
        if !site.teams.isEmpty { groups.append(PageGroup("community:teams") { [pages.teams(reader: $0)] }) }
        if !site.volunteerRegistry.isEmpty { groups.append(PageGroup("community:volunteers") { [pages.volunteers(reader: $0)] }) }
        if !site.surveys.isEmpty {
            groups.append(PageGroup("community:surveys") { [pages.surveys(reader: $0)] })
            groups += site.surveys.map { s in PageGroup("survey:" + s.slug) { [pages.survey(s, reader: $0)] } }
        }
        if !site.incidents.isEmpty { groups.append(PageGroup("community:incidents") { [pages.incidents(reader: $0)] }) }
        return groups
    }
}

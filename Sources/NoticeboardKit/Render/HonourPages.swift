/// Renders the honour pages: the honours home, each roll with its print sheet (A3 poster for red, A4 for black),
/// by year, by category.
struct HonourPages {
    let theme: Theme

    /// Rolls with a public page at the build date (nominated ones are not public yet).
    static func publicRolls(_ reader: SiteReader) -> [HonourRoll] {
        reader.honours.filter { $0.state(on: reader.buildDate).isPublic }
    }

    /// A roll's page and its print sheet.
    func roll(_ r: HonourRoll, reader: SiteReader) -> [OutputFile] {
        let roll = reader.roll(r)
        let env = PageEnv(reader: reader, route: .roll(roll.slug))
        let page = HonourRollPage(chrome: env.chrome(title: roll.title, description: "\(roll.year)年度\(roll.category)\(roll.list.label)"),
                                  roll: HonourRollView(roll: roll, env: env),
                                  intro: roll.intro.map { env.html($0, file: roll.source.path) })
        let printEnv = env.at(.rollPrint(roll.slug))
        let isRed = roll.list == .red
        let sheet = HonourRollPage(chrome: printEnv.chrome(title: roll.title), roll: HonourRollView(roll: roll, env: printEnv),
                                   intro: roll.intro.map { printEnv.html($0, file: roll.source.path) },
                                   sheet: PrintSheet(env: printEnv, paper: isRed ? "A3" : "A4", page: .roll(roll.slug),
                                                     caption: isRed ? "扫码查看光荣榜" : "扫码查看曝光台"))
        return [
            OutputFile(path: env.route.file, text: theme.render("honour-roll", page), source: roll.source.path),
            OutputFile(path: printEnv.route.file, text: theme.render(isRed ? "print/honour-red" : "print/honour-black", sheet), source: roll.source.path),
        ]
    }

    /// The honours home, and a page per year and per category.
    func lists(reader: SiteReader) -> [OutputFile] {
        let rolls = Self.publicRolls(reader)
        let today = reader.buildDate
        var files: [OutputFile] = []
        let env = PageEnv(reader: reader, route: .honours)
        func cards(_ list: [HonourRoll]) -> [HonourRollView] { list.map { HonourRollView(roll: $0, env: env) } }
        let years = Set(rolls.map(\.year)).sorted(by: >)
        let categories = Set(rolls.map(\.category)).sorted()
        let home = HonoursHomePage(
            chrome: env.chrome(title: "红黑榜"),
            publicity: cards(rolls.filter { [.inPublicity, .awaitingConfirmation].contains($0.state(on: today)) }),
            currentRed: cards(rolls.filter { $0.list == .red && $0.state(on: today) == .current }),
            currentBlack: cards(rolls.filter { $0.list == .black && $0.state(on: today) == .current }),
            past: cards(rolls.filter { [.expired, .revoked].contains($0.state(on: today)) }),
            years: years.map { LinkedYear(year: $0, href: env.link(.honourYear($0))) },
            categories: categories.map { LinkedName(name: $0, href: env.link(.honourCategory($0))) },
            retentionDays: reader.profile.rectifiedRetentionDays)
        files.append(OutputFile(path: env.route.file, text: theme.render("honours", home)))
        for year in years {
            files.append(group(.honourYear(year), title: "\(year)年度红黑榜", rolls: rolls.filter { $0.year == year }, reader: reader))
        }
        for category in categories {
            files.append(group(.honourCategory(category), title: category, rolls: rolls.filter { $0.category == category }, reader: reader))
        }
        return files
    }

    private func group(_ route: Route, title: String, rolls: [HonourRoll], reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: route)
        let page = HonourGroupPage(chrome: env.chrome(title: title), rolls: rolls.map { HonourRollView(roll: $0, env: env) },
                                   honoursHref: env.link(.honours))
        return OutputFile(path: route.file, text: theme.render("honour-group", page))
    }

    /// The newest current red list, with its first `limit` names (home page and display loop).
    static func latestRed(_ reader: SiteReader, env: PageEnv, limit: Int) -> HonourRollView? {
        guard let roll = reader.honours.first(where: { $0.list == .red && $0.state(on: reader.buildDate) == .current }) else { return nil }
        return HonourRollView(roll: roll, env: env, entryLimit: limit)
    }
}

/// Renders the honour pages: the honours home, each roll with its print sheet (A3 poster for red, A4 for black), by year, by category.
struct HonourPages {
    let context: PageContext
    let theme: Theme

    /// Rolls with a public page at the build date (nominated ones are not public yet).
    var rolls: [HonourRoll] { context.site.honours.filter { $0.state(on: context.site.buildDate).isPublic } }

    func render() -> [OutputFile] {
        var files: [OutputFile] = []
        for roll in rolls {
            let out = URLPath.outputFile(for: roll.path)
            var c = context.base(outputPath: out, title: roll.title, sectionPath: "honours/", description: "\(roll.year)年度\(roll.category)\(roll.list.label)")
            c["roll"] = context.honourRoll(roll, from: out)
            if let intro = roll.intro { c["intro"] = context.html(intro, file: roll.source.path, outputPath: out) }
            files.append(OutputFile(path: out, text: theme.render("honour-roll", c), source: roll.source.path))

            let printOut = roll.printPath
            var p = context.base(outputPath: printOut, title: roll.title, sectionPath: "honours/")
            p["roll"] = context.honourRoll(roll, from: printOut)
            if let intro = roll.intro { p["intro"] = context.html(intro, file: roll.source.path, outputPath: printOut) }
            context.addPrint(&p, paper: roll.list == .red ? "A3" : "A4", pagePath: roll.path, caption: roll.list == .red ? "扫码查看光荣榜" : "扫码查看曝光台")
            files.append(OutputFile(path: printOut, text: theme.render(roll.list == .red ? "print/honour-red" : "print/honour-black", p), source: roll.source.path))
        }
        files.append(home())
        for year in Set(rolls.map(\.year)).sorted(by: >) {
            files.append(group(path: "honours/years/\(year)/", title: "\(year)年度红黑榜", rolls: rolls.filter { $0.year == year }))
        }
        for category in Set(rolls.map(\.category)).sorted() {
            files.append(group(path: PageContext.categoryPath(category), title: category, rolls: rolls.filter { $0.category == category }))
        }
        return files
    }

    private func home() -> OutputFile {
        let out = "honours/index.html"
        let today = context.site.buildDate
        var c = context.base(outputPath: out, title: "红黑榜", sectionPath: "honours/")
        func cards(_ list: [HonourRoll]) -> [[String: Any]] { list.map { context.honourRoll($0, from: out) } }
        PageContext.list(&c, "publicity", cards(rolls.filter { [.inPublicity, .awaitingConfirmation].contains($0.state(on: today)) }))
        PageContext.list(&c, "currentRed", cards(rolls.filter { $0.list == .red && $0.state(on: today) == .current }))
        PageContext.list(&c, "currentBlack", cards(rolls.filter { $0.list == .black && $0.state(on: today) == .current }))
        PageContext.list(&c, "past", cards(rolls.filter { [.expired, .revoked].contains($0.state(on: today)) }))
        PageContext.list(&c, "years", Set(rolls.map(\.year)).sorted(by: >).map { ["year": $0, "href": URLPath.link(from: out, to: "honours/years/\($0)/")] })
        PageContext.list(&c, "categories", Set(rolls.map(\.category)).sorted().map { ["name": $0, "href": URLPath.link(from: out, to: PageContext.categoryPath($0))] })
        c["retentionDays"] = context.site.profile.rectifiedRetentionDays
        return OutputFile(path: out, text: theme.render("honours", c))
    }

    private func group(path: String, title: String, rolls: [HonourRoll]) -> OutputFile {
        let out = URLPath.outputFile(for: path)
        var c = context.base(outputPath: out, title: title, sectionPath: "honours/")
        PageContext.list(&c, "rolls", rolls.map { context.honourRoll($0, from: out) })
        c["honoursHref"] = URLPath.link(from: out, to: "honours/")
        return OutputFile(path: out, text: theme.render("honour-group", c))
    }

    /// The home-page block: the newest current red roll and a few of its names.
    static func homeBlock(_ context: PageContext) -> [String: Any] {
        let site = context.site
        guard let roll = site.honours.first(where: { $0.list == .red && $0.state(on: site.buildDate) == .current }) else { return [:] }
        var c = context.honourRoll(roll, from: "index.html")
        let entries = (c["entries"] as? [[String: Any]]) ?? []
        c["entries"] = Array(entries.prefix(6))
        c["more"] = entries.count > 6
        return ["latestHonour": c, "honoursHref": URLPath.link(from: "index.html", to: "honours/")]
    }
}

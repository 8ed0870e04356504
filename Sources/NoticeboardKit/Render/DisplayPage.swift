/// The loop for the community hall's screen (`display/`): one full-screen 16:9 panel at a time — current notices,
/// the red list, coming activities, slogans — in the order and at the pace `site.yaml` sets.
struct DisplayPage {
    let context: PageContext
    let theme: Theme

    func render() -> OutputFile {
        let site = context.site
        let out = "display/index.html"
        var c = context.base(outputPath: out, title: "显示屏")
        var panels: [[String: Any]] = []
        for name in site.profile.display.panels {
            guard var panel = self.panel(name, from: out) else { continue }
            panel["index"] = panels.count
            panel["name"] = name
            panels.append(panel)
        }
        PageContext.list(&c, "panels", panels)
        c["intervalMs"] = site.profile.display.intervalSeconds * 1000
        c["intervalSeconds"] = site.profile.display.intervalSeconds
        c["reloadSeconds"] = site.profile.display.reloadMinutes * 60
        c["panelCount"] = panels.count
        return OutputFile(path: out, text: theme.render("display", c))
    }

    private func panel(_ name: String, from out: String) -> [String: Any]? {
        let site = context.site
        switch name {
        case "notices":
            let current = site.notices(.current)
            let running = current.filter { $0.publicity?.isRunning(on: site.buildDate) == true }
            let others = current.filter { $0.publicity?.isRunning(on: site.buildDate) != true }.sorted { ($0.pinned ? 0 : 1, $1.date) < ($1.pinned ? 0 : 1, $0.date) }
            let shown = Array((running + others).prefix(5))
            guard !shown.isEmpty else { return nil }
            return ["heading": "通知公告", "isNotices": true, "notices": shown.map { context.notice($0, from: out) }]
        case "honours":
            let block = HonourPages.homeBlock(context)
            guard var roll = block["latestHonour"] as? [String: Any] else { return nil }
            let entries = (roll["entries"] as? [[String: Any]]) ?? []
            roll["entries"] = Array(entries.prefix(8))
            return ["heading": "光荣榜", "isHonours": true, "roll": roll]
        case "activities":
            let coming = site.ledger.comingUp.prefix(5).map { context.activity($0, from: out) }
            guard !coming.isEmpty else { return nil }
            return ["heading": "活动预告", "isActivities": true, "activities": Array(coming)]
        case "slogans":
            guard !site.profile.slogans.isEmpty else { return nil }
            return ["heading": site.profile.name, "isSlogans": true, "slogans": site.profile.slogans]
        default:
            return nil
        }
    }
}

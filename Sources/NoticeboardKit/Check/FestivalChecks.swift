import Markdown

/// Festivals a plan asks for that passed with no activity in the ledger, and years the festival table does not cover.
public enum FestivalChecks {
    /// Days either side of a festival an activity may be held and still count for it.
    public static let window = 3

    /// For each plan that asks for festival activities (a target of category 我们的节日, or a festival named in its text),
    /// each traditional festival of its year already past at `today` with no activity within `window` days (of category
    /// 我们的节日 or naming it) and no 我们的节日 activity naming it that year: a warning at the target or the text.
    public static func missed(plans: [Plan], activities: [Activity], days: [FestivalDay], today: LocalDate) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let festivalCategory = "我们的节日"
        for plan in plans {
            let festivals = days.filter { $0.kind == .traditional && $0.date.year == plan.year && $0.date < today }
            guard !festivals.isEmpty else { continue }
            let target = plan.targets.first { $0.measure?.category == festivalCategory }
            let texts = planTexts(plan)
            for festival in festivals {
                var asked: SourceLocation?
                if let target { asked = target.location(of: "category") }
                else if let named = texts.first(where: { $0.text.contains(festival.stem) }) { asked = named.location }
                guard let location = asked else { continue }
                let held = activities.contains { a in
                    let names = a.title.contains(festival.stem)
                    let near = abs(a.date.days(until: festival.date)) <= window || (a.date <= festival.date && festival.date <= a.lastDate)
                    return near && (a.category == festivalCategory || names) || a.category == festivalCategory && names && a.date.year == plan.year
                }
                if !held {
                    diagnostics.append(.warning(location, "\(festival.date.year)年\(festival.name)（\(festival.date.month)月\(festival.date.day)日）已过，台账中没有这一天前后\(window)天内的“\(festivalCategory)”活动，也没有写明“\(festival.stem)”的活动；计划要求开展 (festival passed with no activity recorded, and the plan asks for one)", key: "calendar.festival-missed"))
                }
            }
        }
        return diagnostics
    }

    /// The plan's words where a festival may be named: targets (name and goal) and outline items.
    static func planTexts(_ plan: Plan) -> [(text: String, location: SourceLocation)] {
        plan.targets.map { ($0.label + " " + ($0.goal ?? ""), $0.location) }
            + plan.allItems.map { ($0.title + " " + $0.body.plainText, $0.location) }
            + [(plan.intro.plainText, plan.source)]
    }

    /// A year the site needs (the build year, a plan's year) outside the festival table: a warning that its traditional
    /// festivals are left out, at the plan's year or at `calendar.yaml` / `site.yaml` for the build year.
    public static func unsupported(plans: [Plan], buildYear: Int, settingsFile: String?) -> [Diagnostic] {
        let range = FestivalCalendar.supportedYears
        var diagnostics: [Diagnostic] = []
        let message = { (year: Int) in "\(year)年不在节日表的年份（\(range.lowerBound)—\(range.upperBound)年）内，农历节日和清明不显示，也不检查 (year \(year) is outside the festival table \(range.lowerBound)–\(range.upperBound): lunar festivals left out)" }
        for plan in plans where !range.contains(plan.year) {
            diagnostics.append(.warning(plan.yearLocation ?? plan.source, message(plan.year), key: "calendar.year-unsupported"))
        }
        if !range.contains(buildYear), !plans.contains(where: { $0.year == buildYear }) {
            diagnostics.append(.warning(SourceLocation(path: settingsFile ?? "content/site.yaml"), message(buildYear), key: "calendar.year-unsupported"))
        }
        return diagnostics
    }
}

/// A measure over the records of the companion issue (boards, teams, venues, the volunteer registry, surveys,
/// incidents): what it reads, and the file and line of YAML (or CSV column) that lets it be measured.
public enum RecordMeasure: Sendable, Equatable, Hashable {
    /// Publicity board updates (宣传栏、橱窗、科普资料更换): one per `BoardIssue`.
    case boardUpdates
    /// Teams that exist (志愿服务队、文艺队): how many, of a kind when the words name one.
    case teams(kind: String?)
    /// Facilities that exist (道德讲堂、市民学校、图书室): how many, of a kind when the words name one.
    case venues(kind: String?)
    /// Units' venues open to residents, as a share of `site.yaml` `units` (60%以上单位场所开放).
    case openUnits
    /// Registered volunteers on the build date (as a share of the population for a percentage).
    case registeredVolunteers
    /// The latest value of a survey rate (满意率、知晓率、达标率).
    case surveyRate(String)
    /// Incidents of the year (案件、上访、火情), of a kind when the words name one.
    case incidents(kind: String?)

    /// `content/surveys/`: where the record lives.
    public var folder: String {
        switch self {
        case .boardUpdates: return "content/boards/"
        case .teams: return "content/teams/"
        case .venues, .openUnits: return "content/venues/"
        case .registeredVolunteers: return "content/volunteers/"
        case .surveyRate: return "content/surveys/"
        case .incidents: return "content/incidents/"
        }
    }

    /// What the staff would write to let it be measured: the folder, the file and the line of YAML or the CSV column.
    public var needs: String {
        switch self {
        case .boardUpdates:
            return "content/boards/<宣传栏>.yaml 的每期更换记一行“期次: - 日期: 2026-03-01”"
        case .teams(let kind):
            return "content/teams/<队伍>.yaml 写“类型: \(kind ?? "志愿服务队")”"
        case .venues(let kind):
            return "content/venues/<场所>.yaml 写“类型: \(kind ?? "活动室")”"
        case .openUnits:
            return "content/venues/<场所>.yaml 写“开放: 是”，并在 site.yaml 写“单位数: …”"
        case .registeredVolunteers:
            return "content/volunteers/ 志愿者登记表的“注册日期”列"
        case .surveyRate(let name):
            return "content/surveys/<日期>.yaml 写“\(name): 92%”"
        case .incidents(let kind):
            return "content/incidents/ 事件台账的“日期、类别（\(kind ?? "案件")）、数量”列"
        }
    }

    /// `调查：满意率`, for the targets table.
    public var label: String {
        switch self {
        case .boardUpdates: return "宣传栏更换期数"
        case .teams(let kind): return "\(kind ?? "队伍")数"
        case .venues(let kind): return "\(kind ?? "场所")数"
        case .openUnits: return "向居民开放的单位场所占单位数的比例"
        case .registeredVolunteers: return "注册志愿者"
        case .surveyRate(let name): return "调查\(name)（最近一次）"
        case .incidents(let kind): return "\(kind ?? "事件")起数"
        }
    }
}

/// The figures a record gives a target: dated amounts (board updates, incidents) added up per period, or one current
/// level (teams, venues, registered volunteers, the latest survey rate).
public enum RecordFigures: Sendable {
    case events([(date: LocalDate, amount: Double)])
    case level(Double)
}

/// The one place where targets read the campaign's other records (boards, teams, venues, the volunteer registry,
/// surveys, incidents): each measure's figures at a date, or nil when the site keeps no such record (需要记录).
public enum RecordMeasures {
    /// The record's figures at `date` (only records dated on or before it), or nil when the site has no such record.
    /// `percent` asks for a share; the evaluator divides registered volunteers by its base.
    public static func figures(_ measure: RecordMeasure, site: Site?, on date: LocalDate, percent: Bool) -> RecordFigures? {
        guard let site else { return nil }
        switch measure {
        case .boardUpdates:
            let issues = site.boards.flatMap(\.issues)
            return issues.isEmpty ? nil : .events(issues.filter { $0.date <= date }.map { ($0.date, 1) })
        case .teams(let kind):
            guard !site.teams.isEmpty else { return nil }
            let wanted = kind.flatMap(TeamKind.named)
            return .level(Double(site.teams.filter { t in kind == nil || t.kind == wanted || t.name.contains(kind!) }.count))
        case .venues(let kind):
            guard !site.venues.isEmpty else { return nil }
            return .level(Double(site.venues.filter { v in kind.map { v.kind.contains($0) || v.name.contains($0) } ?? true }.count))
        case .openUnits:
            return nil  // venues do not say which unit opened them to residents: see docs/reports.md
        case .registeredVolunteers:
            guard !site.volunteerRegistry.registrations.isEmpty else { return nil }
            return .level(Double(site.volunteerRegistry.registered(on: date)))
        case .surveyRate(let name):
            let latest = site.surveys.filter { $0.date <= date }.sorted { $0.date > $1.date }.first { $0.rate(name) != nil }
            return latest.flatMap { $0.rate(name) }.map { .level($0) }
        case .incidents(let kind):
            guard !site.incidents.isEmpty else { return nil }
            return .events(site.incidents.filter { i in i.date <= date && (kind.map { i.kind.contains($0) || $0.contains(i.kind) } ?? true) }
                .map { ($0.date, Double($0.count)) })
        }
    }

    /// Whether the parsed site has the record a measure reads (for `noticeboard check`'s “需要记录” note).
    public static func recorded(_ measure: RecordMeasure, in parsed: ParsedContent) -> Bool {
        let c = parsed.community
        switch measure {
        case .boardUpdates: return parsed.boards.contains { !$0.issues.isEmpty }
        case .teams: return !c.teams.isEmpty
        case .venues: return !c.venues.isEmpty
        case .openUnits: return false
        case .registeredVolunteers: return !c.volunteers.registrations.isEmpty
        case .surveyRate(let name): return c.surveys.contains { $0.rate(name) != nil }
        case .incidents: return !c.incidents.isEmpty
        }
    }
}

/// The community's other records, read in the parse step: teams, venues, the volunteer registry, surveys and
/// incidents (`content/teams/`, `venues/`, `volunteers/`, `surveys/`, `incidents/`).
public struct CommunityRecords: Sendable {
    public var teams: [Team] = []
    public var venues: [Venue] = []
    public var volunteers = VolunteerRegistry()
    public var surveys: [Survey] = []
    public var incidents: [Incident] = []

    public init() {}

    /// The folders read, with what each accepts (for the ignored-file warning).
    static let folders: [String: Set<String>] = [
        "teams": ["yaml", "yml", "csv", "xlsx"], "venues": ["yaml", "yml"], "volunteers": ["yaml", "yml", "csv", "xlsx"],
        "surveys": ["md", "markdown"], "incidents": ["yaml", "yml", "csv", "xlsx"],
    ]

    /// Reads every file of the five folders, in path order.
    public static func parse(_ all: [SourceFile]) -> (CommunityRecords, [Diagnostic]) {
        var records = CommunityRecords()
        var diagnostics: [Diagnostic] = []
        let files = all.filter { folders[$0.section] != nil }.sorted { $0.path < $1.path }
        for file in files where folders[file.section]?.contains(file.fileExtension) != true {
            let accepted = (folders[file.section] ?? []).sorted().map { "." + $0 }.joined(separator: "、")
            diagnostics.append(.warning(file.location(), "\(file.section)/ 里只读取 \(accepted) 文件，此文件被忽略 (file ignored in \(file.section)/)", key: "file.ignored"))
        }
        let known = files.filter { folders[$0.section]?.contains($0.fileExtension) == true }
        // Teams: every YAML is a team; a CSV or .xlsx only when a team names it in 成员表.
        let tables = Dictionary(known.filter { $0.section == "teams" && ["csv", "xlsx"].contains($0.fileExtension) }.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var usedTables = Set<String>()
        for file in known where file.section == "teams" && ["yaml", "yml"].contains(file.fileExtension) {
            let (team, d) = TeamParser.parse(file) { path in usedTables.insert(path); return tables[path] }
            diagnostics += d
            if let team { records.teams.append(team) }
        }
        for path in tables.keys.sorted() where !usedTables.contains(path) {
            diagnostics.append(.warning(SourceLocation(path: path), "没有队伍引用这个成员表（在队伍的 YAML 中写 成员表: 文件名.csv）(members file not used by any team)", key: "file.ignored"))
        }
        for file in known where file.section == "venues" {
            let (venues, d) = VenueParser.parse(file)
            diagnostics += d
            records.venues += venues
        }
        for file in known where file.section == "volunteers" {
            let (rows, d) = VolunteerParser.parse(file)
            diagnostics += d
            records.volunteers.registrations += rows
            records.volunteers.inputs.append(file.path)
        }
        for file in known where file.section == "surveys" {
            let (survey, d) = SurveyParser.parse(file)
            diagnostics += d
            if let survey { records.surveys.append(survey) }
        }
        for file in known where file.section == "incidents" {
            let (rows, d) = IncidentParser.parse(file)
            diagnostics += d
            records.incidents += rows
        }
        return (records, diagnostics)
    }
}

/// The parse step's value: every content file turned into typed values, plus the theme.
public struct ParsedContent: Sendable {
    public var profile: SiteProfile?
    public var theme: Theme
    public var notices: [Notice]
    public var plans: [Plan] = []
    public var honours: [HonourRoll] = []
    public var activities: [Activity] = []
    public var bulletins: [Bulletin] = []
    /// Publicity boards (`content/boards/`), conventions (`content/conventions/`), calendar changes (`content/calendar.yaml`).
    public var boards: [PublicityBoard] = []
    public var conventions: [Convention] = []
    public var calendarSettings = CalendarSettings()
    /// Teams, venues, the volunteer registry, surveys and incidents (`CommunityRecords`).
    public var community = CommunityRecords()
    public var checklists: [Checklist] = []
    public var diagnostics: [Diagnostic]
}

/// The parse step: reads `site.yaml`, every notice and the theme's templates.
public enum ContentParser {
    public static func parse(_ loaded: LoadedSite, options: BuildOptions) -> ParsedContent {
        var diagnostics: [Diagnostic] = []
        var (profile, profileDiagnostics) = SiteProfileParser.parse(loaded.file("content/site.yaml") ?? loaded.file("content/site.yml"))
        if loaded.files.isEmpty, loaded.diagnostics.contains(where: { $0.key == "site.no-content" }) {
            profileDiagnostics = []
        }
        if profile == nil, loaded.diagnostics.contains(where: { $0.location.path.hasPrefix("content/site.y") }) {
            profileDiagnostics.removeAll { $0.key == "site.missing" }  // there, but unreadable: the loader said why
        }
        diagnostics += profileDiagnostics
        if let override = options.baseURL {
            profile?.baseURL = override.hasSuffix("/") ? override : override + "/"
        }
        var notices: [Notice] = []
        let documents: Set<String> = ["md", "markdown", "docx"]
        // A YAML file beside a Word document (same name) adds header keys to it (docs/office.md); it is not content itself.
        let sidecars = Set(loaded.files.filter { $0.fileExtension == "docx" }.flatMap { f in
            let base = String(f.path.dropLast(".docx".count))
            return [base + ".yaml", base + ".yml"]
        })
        for file in loaded.files where file.section == "notices" && !documents.contains(file.fileExtension) && !sidecars.contains(file.path) {
            diagnostics.append(.warning(file.location(), "notices/ 里只读取 .md 和 .docx 文件，此文件被忽略 (only .md and .docx files are read in notices/)", key: "file.ignored"))
        }
        let noticeFiles = loaded.files.filter { $0.section == "notices" && documents.contains($0.fileExtension) }
        let memo = options.parseMemo
        for (notice, d) in ParallelMap.map(noticeFiles, { memo?.notice($0) ?? NoticeParser.parse($0) }) {  // on every core, results in file order
            diagnostics += d
            if let notice { notices.append(notice) }
        }
        var plans: [Plan] = []
        for file in loaded.files where file.section == "plans" && documents.contains(file.fileExtension) {
            let (plan, d) = PlanParser.parse(file)
            diagnostics += d
            if let plan { plans.append(plan) }
        }
        plans = plans.map { PlanTextTargets.measured($0, profile: profile) }  // targets in the plan's words get a measure
        let (honours, honourDiagnostics) = HonourFolder.parse(loaded.files.filter { $0.section == "honours" })
        diagnostics += honourDiagnostics
        var activities: [Activity] = []
        for file in loaded.files where file.section == "ledger" {
            let (found, d) = LedgerParser.parse(file)
            diagnostics += d
            activities += found
        }
        var bulletins: [Bulletin] = []
        for file in loaded.files where file.section == "bulletins" && documents.contains(file.fileExtension) {
            let (bulletin, d) = BulletinParser.parse(file)
            diagnostics += d
            if let bulletin { bulletins.append(bulletin) }
        }
        diagnostics += LedgerChecks.idClashes(activities)
        let (theme, themeDiagnostics) = Theme.load(site: loaded.templates)
        diagnostics += themeDiagnostics
        var parsed = ParsedContent(profile: profile, theme: theme, notices: notices, plans: plans, honours: honours,
                                   activities: LedgerParser.assignUniqueIDs(activities), diagnostics: diagnostics)
        parsed.bulletins = bulletins
        parseBoardsAndConventions(loaded, into: &parsed)
        let (community, communityDiagnostics) = CommunityRecords.parse(loaded.files)
        parsed.community = community
        parsed.diagnostics += communityDiagnostics
        let (checklists, checklistDiagnostics) = ChecklistParser.parse(loaded.files.filter { $0.section == "checklists" })
        parsed.checklists = checklists
        parsed.diagnostics += checklistDiagnostics
        return parsed
    }

    /// Boards, conventions and the calendar settings (issue 16a), appended to `parsed`.
    static func parseBoardsAndConventions(_ loaded: LoadedSite, into parsed: inout ParsedContent) {
        let boardFiles = loaded.files.filter { $0.section == "boards" }
        let csvFiles = Dictionary(boardFiles.filter { $0.fileExtension == "csv" }.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var usedCSV = Set<String>()
        for file in boardFiles.sorted(by: { $0.path < $1.path }) {
            switch file.fileExtension {
            case "yaml", "yml":
                let (board, d) = BoardParser.parse(file) { path in usedCSV.insert(path); return csvFiles[path] }
                parsed.diagnostics += d
                if let board { parsed.boards.append(board) }
            case "csv": continue
            default:
                parsed.diagnostics.append(.warning(file.location(), "boards/ 里只读取 .yaml 和它引用的 .csv 文件，此文件被忽略 (only .yaml boards and their CSV are read in boards/)", key: "file.ignored"))
            }
        }
        for path in csvFiles.keys.sorted() where !usedCSV.contains(path) {
            parsed.diagnostics.append(.warning(SourceLocation(path: path), "没有宣传栏引用这个文件（在宣传栏的 YAML 中写 期: 文件名.csv）(issues file not used by any board)", key: "file.ignored"))
        }
        for file in loaded.files where file.section == "conventions" {
            guard ["md", "markdown"].contains(file.fileExtension) else {
                parsed.diagnostics.append(.warning(file.location(), "conventions/ 里只读取 .md 文件，此文件被忽略 (only .md files are read in conventions/)", key: "file.ignored"))
                continue
            }
            let (convention, d) = ConventionParser.parse(file)
            parsed.diagnostics += d
            if let convention { parsed.conventions.append(convention) }
        }
        let (settings, d) = CalendarSettingsParser.parse(loaded.file("content/calendar.yaml") ?? loaded.file("content/calendar.yml"))
        parsed.calendarSettings = settings
        parsed.diagnostics += d
    }
}

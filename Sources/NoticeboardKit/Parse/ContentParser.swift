/// The parse step's value: every content file turned into typed values, plus the theme.
public struct ParsedContent: Sendable {
    public var profile: SiteProfile?
    public var theme: Theme
    public var notices: [Notice]
    public var plans: [Plan] = []
    public var honours: [HonourRoll] = []
    public var activities: [Activity] = []
    public var bulletins: [Bulletin] = []
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
        let (checklists, checklistDiagnostics) = ChecklistParser.parse(loaded.files.filter { $0.section == "checklists" })
        parsed.checklists = checklists
        parsed.diagnostics += checklistDiagnostics
        return parsed
    }
}

/// Every page and file the build writes, and the links between them. No other code spells an output path: a
/// page asks its route for its file and for a relative link to any other route, so the site works under any folder.
public enum Route: Hashable, Sendable {
    case home
    case notices
    case noticeArchive
    /// The notices of one year, archived or older than the index shows.
    case noticeYear(Int)
    case notice(String)
    case noticePrint(String)
    case plans
    case plan(String)
    case planPrint(String)
    /// The plan's open-data twin, `plans/<slug>/plan.json`.
    case planJSON(String)
    case honours
    case roll(String)
    case rollPrint(String)
    case honourYear(Int)
    case honourCategory(String)
    case ledger
    case ledgerMonth(YearMonth)
    case ledgerCategory(String)
    case activity(String)
    case calendar
    case reports
    case report(Int)
    case reportPrint(Int)
    case bulletins
    case bulletin(String)
    case bulletinPrint(String)
    /// Publicity boards (宣传栏) and conventions: the index, a board's history and print layout, a convention and its poster.
    case boards
    case board(String)
    case boardPrint(String)
    case convention(String)
    case conventionPrint(String)
    /// 联系我们: the venues with today's hours, the teams, links to the records below (`CommunityPages`).
    case community
    case communityPrint
    case teams
    case volunteers
    case surveys
    case survey(String)
    case incidents
    /// A checklist's self-assessment page and its binder (迎检台账); internal ones are written to the internal folder.
    case checklists
    case checklist(String)
    case checklistBinder(String)
    case display
    /// The search page (Pagefind's index is written next to it, in `pagefind/`, after the build).
    case search
    case notFound
    case feed
    case sitemap
    case asset(String)
    /// A media file by its path under `content/`.
    case media(String)
    /// A photo under `content/` as published at one width (`photos/a.w960.jpg`, see `PublishedPhotos`).
    case photo(String, width: Int)
    /// A file of the theme copied as it is, by its path under `templates/` (`assets/screen.css`).
    case themeFile(String)

    /// The 公示 notice a roll in its publicity period produces.
    public static func publicityNotice(rollSlug: String) -> Route { .notice(publicityNoticeSlug(rollSlug)) }

    /// Slug of the 公示 notice of the roll `rollSlug`.
    public static func publicityNoticeSlug(_ rollSlug: String) -> String { rollSlug + "-公示" }

    /// The site path: a folder ending in `/` for pages (`notices/x/`), a file name otherwise (`feed.xml`).
    public var path: String {
        switch self {
        case .home: return ""
        case .notices: return "notices/"
        case .noticeArchive: return "notices/archive/"
        case .noticeYear(let year): return "notices/archive/\(year)/"
        case .notice(let slug): return "notices/\(slug)/"
        case .noticePrint(let slug): return "notices/\(slug)/" + Self.printSheet
        case .plans: return "plans/"
        case .plan(let slug): return "plans/\(slug)/"
        case .planPrint(let slug): return "plans/\(slug)/" + Self.printSheet
        case .planJSON(let slug): return "plans/\(slug)/plan.json"
        case .honours: return "honours/"
        case .roll(let slug): return "honours/\(slug)/"
        case .rollPrint(let slug): return "honours/\(slug)/" + Self.printSheet
        case .honourYear(let year): return "honours/years/\(year)/"
        case .honourCategory(let name): return "honours/categories/\(Slug.fromStem(name))/"
        case .ledger: return "ledger/"
        case .ledgerMonth(let m): return "ledger/\(m.key)/"
        case .ledgerCategory(let name):
            let clean = Slug.clean(name), fitted = clean.isEmpty ? "" : Slug.fit(clean)
            return "ledger/category/\(fitted.isEmpty ? "other" : fitted)/"
        case .activity(let id): return "ledger/activities/\(id)/"
        case .calendar: return "calendar.ics"
        case .reports: return "reports/"
        case .report(let year): return "reports/\(year)/"
        case .reportPrint(let year): return "reports/\(year)/" + Self.printSheet
        case .bulletins: return "bulletins/"
        case .bulletin(let slug): return "bulletins/\(slug)/"
        case .bulletinPrint(let slug): return "bulletins/\(slug)/" + Self.printSheet
        case .boards: return "boards/"
        case .board(let slug): return "boards/\(slug)/"
        case .boardPrint(let slug): return "boards/\(slug)/" + Self.printSheet
        case .convention(let slug): return "conventions/\(slug)/"
        case .conventionPrint(let slug): return "conventions/\(slug)/" + Self.printSheet
        case .community: return "community/"
        case .communityPrint: return "community/" + Self.printSheet
        case .teams: return "community/teams/"
        case .volunteers: return "community/volunteers/"
        case .surveys: return "community/surveys/"
        case .survey(let slug): return "community/surveys/\(slug)/"
        case .incidents: return "community/incidents/"
        case .checklists: return "checklists/"
        case .checklist(let slug): return "checklists/\(slug)/"
        case .checklistBinder(let slug): return "checklists/\(slug)/" + Self.printSheet
        case .display: return "display/"
        case .search: return "search/"
        case .notFound: return "404.html"
        case .feed: return "feed.xml"
        case .sitemap: return "sitemap.xml"
        case .asset(let name): return Self.assetsFolder + name
        case .media(let path): return path
        case .photo(let path, let width): return PublishedPhotos.variantPath(path, width: width)
        case .themeFile(let path): return path
        }
    }

    /// The file written for this route under the output folder (`notices/x/index.html`).
    public var file: String { Self.file(for: path) }

    /// The file a site path is written to: folders get `index.html`.
    public static func file(for path: String) -> String {
        if path.isEmpty { return indexFile }
        return path.hasSuffix("/") ? path + indexFile : path
    }

    /// The site path a written file is served at (`notices/x/index.html` → `notices/x/`).
    public static func pagePath(of file: String) -> String {
        file.hasSuffix(indexFile) ? String(file.dropLast(indexFile.count)) : file
    }

    /// The navigation section a page belongs to (its top folder), or nil for the home page and files.
    public var section: Route? {
        switch self {
        case .notices, .noticeArchive, .noticeYear, .notice, .noticePrint: return .notices
        case .plans, .plan, .planPrint, .planJSON: return .plans
        case .honours, .roll, .rollPrint, .honourYear, .honourCategory: return .honours
        case .ledger, .ledgerMonth, .ledgerCategory, .activity: return .ledger
        case .reports, .report, .reportPrint: return .reports
        case .bulletins, .bulletin, .bulletinPrint: return .bulletins
        case .boards, .board, .boardPrint, .convention, .conventionPrint: return .boards
        case .community, .communityPrint, .teams, .volunteers, .surveys, .survey, .incidents: return .community
        case .checklists, .checklist, .checklistBinder: return .checklists
        case .home: return .home
        default: return nil
        }
    }

    /// `../../` from this route's file back to the site root.
    public var root: String { URLPath.root(from: file) }

    /// A relative, percent-encoded link from this page to `target`.
    public func link(to target: Route) -> String { URLPath.link(from: file, to: target.path) }

    static let indexFile = "index.html"
    static let printSheet = "print.html"
    static let assetsFolder = "assets/"

    /// Whether an output file is a print sheet (`…/print.html`).
    public static func isPrintSheet(_ file: String) -> Bool { file == printSheet || file.hasSuffix("/" + printSheet) }

    /// The page a print sheet belongs to (`notices/x/print.html` → `notices/x/`).
    public static func pageOfPrintSheet(_ file: String) -> String { String(file.dropLast(printSheet.count)) }
}

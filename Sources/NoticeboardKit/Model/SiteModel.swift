import Foundation

/// The model step: decides what is published at the build date and gathers the media files to copy.
public struct SiteModel: Sendable {
    public var site: Site
    public var mediaFiles: [OutputFile]
    public var diagnostics: [Diagnostic]

    public static func make(_ parsed: ParsedContent, profile: SiteProfile, buildDate: LocalDate, options: BuildOptions, loaded: LoadedSite) -> SiteModel {
        let honours = parsed.honours.sorted { ($0.year, $0.namedOn ?? LocalDate(year: $0.year, month: 1, day: 1)!, $1.slug) > ($1.year, $1.namedOn ?? LocalDate(year: $1.year, month: 1, day: 1)!, $0.slug) }
        let notices = (parsed.notices + honours.compactMap { $0.publicityNotice(on: buildDate) })
            .filter { options.includeDrafts || !$0.draft }
            .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        let media = Set(loaded.media.map { String($0.dropFirst("content/".count)) })
        // Photos are published resized and without metadata; other media as they are, SVG sanitised first.
        let photos = PublishedPhotos.publish(loaded.media, loaded: loaded)
        var mediaFiles = photos.files
        var diagnostics = photos.diagnostics
        for path in loaded.media.sorted() where !PublishedPhotos.isPhoto(path) {
            guard let data = loaded.embeddedMedia[path].map({ Data($0) }) ?? FileManager.default.contents(atPath: loaded.root + "/" + path) else { continue }
            var bytes = [UInt8](data)
            if path.lowercased().hasSuffix(".svg") {
                guard let clean = SVGSanitizer.sanitize(bytes) else {
                    diagnostics.append(.warning(SourceLocation(path: path), "SVG 文件无法读取（不是格式正确的 SVG），不发布 (SVG is not well-formed: not published)", key: "media.svg-refused"))
                    continue
                }
                if !clean.removed.isEmpty {
                    diagnostics.append(.warning(SourceLocation(path: path), "SVG 里的脚本、事件或外部链接已删除：\(clean.removed.prefix(5).joined(separator: "、")) (active SVG content removed before publishing)", key: "media.svg-sanitised"))
                }
                bytes = clean.bytes
            }
            mediaFiles.append(OutputFile(path: String(path.dropFirst("content/".count)), bytes: bytes, source: path))
        }
        var site = Site(profile: profile, buildDate: buildDate, notices: notices, honours: honours, media: media,
                        activities: parsed.activities)
        site.plans = parsed.plans.filter { options.includeDrafts || $0.status != .draft }.sorted { ($0.year, $1.slug) > ($1.year, $0.slug) }
        site.bulletins = parsed.bulletins.filter { (options.includeDrafts || !$0.draft) && $0.date <= buildDate }
            .sorted { ($0.date, $0.issue, $1.slug) > ($1.date, $1.issue, $0.slug) }
        addBoardsAndCalendar(parsed, to: &site, options: options, diagnostics: &diagnostics)
        let community = parsed.community
        site.teams = community.teams.sorted { ($0.kind.rank, $0.source.path, $0.slug) < ($1.kind.rank, $1.source.path, $1.slug) }
        site.venues = community.venues.sorted { ($0.source, $0.slug) < ($1.source, $1.slug) }
        site.volunteerRegistry = community.volunteers
        site.surveys = community.surveys.filter { (options.includeDrafts || !$0.draft) && $0.date <= buildDate }
            .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        site.incidents = community.incidents.sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        site.checklists = parsed.checklists.sorted { ($0.from, $1.slug) > ($1.from, $0.slug) }
        return SiteModel(site: site, mediaFiles: mediaFiles.sorted { $0.path < $1.path }, diagnostics: diagnostics)
    }

    /// Boards, conventions and the festival days (issue 16a); warnings that depend on the build date.
    static func addBoardsAndCalendar(_ parsed: ParsedContent, to site: inout Site, options: BuildOptions, diagnostics: inout [Diagnostic]) {
        let today = site.buildDate
        site.boards = parsed.boards.filter { options.includeDrafts || !$0.draft }.sorted { ($0.name, $0.slug) < ($1.name, $1.slug) }
        site.conventions = parsed.conventions.filter { options.includeDrafts || !$0.draft }
            .sorted { ($0.pinned ? 0 : 1, $0.title, $0.slug) < ($1.pinned ? 0 : 1, $1.title, $1.slug) }
        let years = Set([today.year] + site.plans.map(\.year) + site.activities.map(\.date.year)).filter { (1900...2200).contains($0) }
        site.festivalDays = years.sorted().flatMap { FestivalCalendar.days(in: $0, settings: parsed.calendarSettings) }
        diagnostics += BoardChecks.overdue(site.boards, on: today)
        diagnostics += FestivalChecks.unsupported(plans: site.plans, buildYear: today.year, settingsFile: parsed.calendarSettings.source)
        diagnostics += FestivalChecks.missed(plans: site.plans, activities: site.activities, days: site.festivalDays, today: today)
    }
}

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
        site.checklists = parsed.checklists.sorted { ($0.from, $1.slug) > ($1.from, $0.slug) }
        return SiteModel(site: site, mediaFiles: mediaFiles.sorted { $0.path < $1.path }, diagnostics: diagnostics)
    }
}

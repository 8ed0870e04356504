import Markdown

/// What a view is built with: the site reader and the route of the page being written (links are relative to it).
struct PageEnv {
    let reader: SiteReader
    let route: Route

    var profile: SiteProfile { reader.profile }
    var today: LocalDate { reader.buildDate }

    func link(_ target: Route) -> String { route.link(to: target) }

    /// Markdown rendered for this page: media links made relative, unsafe links dropped.
    func html(_ body: MarkdownNode, file: String, headingOffset: Int = 1) -> String {
        let media = reader.media
        let route = self.route
        var renderer = HTMLRenderer(allowsRawHTML: profile.allowsRawHTML, headingOffset: headingOffset) { destination, isImage in
            guard URLSafety.isSafe(destination) else { return nil }
            switch MediaReference.resolve(destination, from: file, media: media) {
            case .media(let path): return Self.mediaURL(path, from: route, width: isImage ? PublishedPhotos.defaultWidth : PublishedPhotos.widths.max()!)
            case .external: return destination
            case .outside, .absolute: return nil
            case .missing: return isImage ? nil : destination
            }
        }
        renderer.imageSourceSet = { destination in
            guard case .media(let path) = MediaReference.resolve(destination, from: file, media: media) else { return nil }
            return Self.sourceSet(path, from: route)
        }
        return renderer.render(body)
    }

    /// Where a media file (path under `content/`) is published, linked from `route`: a photo at one of its widths,
    /// any other file as it is.
    static func mediaURL(_ path: String, from route: Route, width: Int = PublishedPhotos.defaultWidth) -> String {
        PublishedPhotos.isPhoto(path) ? route.link(to: .photo(path, width: width)) : route.link(to: .media(path))
    }

    /// The `srcset` of a photo (`a.w480.jpg 480w, …`), nil for other media.
    static func sourceSet(_ path: String, from route: Route) -> String? {
        guard PublishedPhotos.isPhoto(path) else { return nil }
        return PublishedPhotos.widths.map { "\(route.link(to: .photo(path, width: $0))) \($0)w" }.joined(separator: ", ")
    }

    /// A link to a media file referenced from `file`, when it is one of the site's media files.
    func mediaHref(_ reference: String, file: String) -> String? {
        if case .media(let path) = MediaReference.resolve(reference, from: file, media: reader.media) {
            return Self.mediaURL(path, from: route)
        }
        return nil
    }

    /// The chrome every page shares, for a page titled `title` in the section of this route.
    func chrome(title: String, description: String? = nil) -> PageChrome {
        PageChrome(env: self, title: title, description: description)
    }

    /// The same page environment for another page.
    func at(_ other: Route) -> PageEnv { PageEnv(reader: reader, route: other) }
}

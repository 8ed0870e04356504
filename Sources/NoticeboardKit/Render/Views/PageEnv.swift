import Markdown

/// What a view is built with: the site reader and the route of the page being written (links are relative to it).
struct PageEnv {
    let reader: SiteReader
    let route: Route

    var profile: SiteProfile { reader.profile }
    var today: LocalDate { reader.buildDate }

    func link(_ target: Route) -> String { route.link(to: target) }

    /// Markdown rendered for this page: media links made relative, unsafe links dropped.
    func html(_ body: MarkdownNode, file: String) -> String {
        let media = reader.media
        let root = route.root
        let renderer = HTMLRenderer(allowsRawHTML: profile.allowsRawHTML, headingOffset: 1) { destination, isImage in
            guard URLSafety.isSafe(destination) else { return nil }
            switch MediaReference.resolve(destination, from: file, media: media) {
            case .media(let path): return root + URLPath.encode(path)
            case .external: return destination
            case .outside, .absolute: return nil
            case .missing: return isImage ? nil : destination
            }
        }
        return renderer.render(body)
    }

    /// A link to a media file referenced from `file`, when it is one of the site's media files.
    func mediaHref(_ reference: String, file: String) -> String? {
        if case .media(let path) = MediaReference.resolve(reference, from: file, media: reader.media) {
            return route.root + URLPath.encode(path)
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

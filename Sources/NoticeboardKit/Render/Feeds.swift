/// Machine-readable outputs: the Atom feed of notices and the sitemap, with every value XML-escaped.
struct Feeds {
    let profile: SiteProfile
    let buildDate: LocalDate

    static func xml(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 forbids are left out.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t", scalar != "\r" { continue }
                if scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `feed.xml`: current and recent notices, newest first; links absolute when the site has a base URL.
    func atom(notices all: [Notice], htmlBody: (Notice) -> String) -> OutputFile {
        let p = profile
        let offset = p.utcOffsetSeconds
        let base = p.baseURL ?? ""
        let notices = all.filter { $0.currency(on: buildDate) != .upcoming && !$0.draft }.prefix(50)
        let updated = (notices.map(\.date).max() ?? buildDate).rfc3339(offsetSeconds: offset)
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(Self.xml(p.language))\">\n"
        x += "  <title>\(Self.xml(p.name))通知公告</title>\n"
        x += "  <id>\(Self.xml(base.isEmpty ? "urn:noticeboard:" + p.name : base))</id>\n"
        x += "  <updated>\(updated)</updated>\n"
        x += "  <author><name>\(Self.xml(p.committee))</name></author>\n"
        if !base.isEmpty {
            x += "  <link rel=\"self\" href=\"\(Self.xml(base + Route.feed.path))\"/>\n"
            x += "  <link href=\"\(Self.xml(base))\"/>\n"
        }
        for n in notices {
            let url = base + URLPath.encode(Route.notice(n.slug).path)
            x += "  <entry>\n"
            x += "    <title>\(Self.xml("【\(n.kind.rawValue)】" + n.title))</title>\n"
            x += "    <id>\(Self.xml(base.isEmpty ? "urn:noticeboard:notice:" + n.slug : url))</id>\n"
            x += "    <link href=\"\(Self.xml(url))\"/>\n"
            x += "    <updated>\(n.date.rfc3339(offsetSeconds: offset))</updated>\n"
            x += "    <content type=\"html\">\(Self.xml(htmlBody(n)))</content>\n"
            x += "  </entry>\n"
        }
        x += "</feed>\n"
        return OutputFile(path: Route.feed.file, text: x)
    }

    /// `sitemap.xml` of every HTML page but print sheets; only with a base URL, since sitemaps need absolute links.
    func sitemap(pages: [String]) -> OutputFile? {
        guard let base = profile.baseURL else { return nil }
        var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() where page.hasSuffix(Route.indexFile) {
            let path = Route.pagePath(of: page)
            x += "  <url><loc>\(Self.xml(base + URLPath.encode(path)))</loc></url>\n"
        }
        x += "</urlset>\n"
        return OutputFile(path: Route.sitemap.file, text: x)
    }
}

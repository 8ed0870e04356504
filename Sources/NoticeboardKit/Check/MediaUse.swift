/// Which media files the site's pages use. Only those are published: a photo nothing links to is left out with a
/// warning, so a stray file (a scan with an ID number, a name in its file name) never becomes a public URL.
public enum MediaUse {
    /// Media files referenced by a rendered page (`src`, `href`, `url(…)`, `srcset`, JSON strings), and a warning for
    /// every other one.
    public static func published(_ media: [OutputFile], pages: [OutputFile]) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        guard !media.isEmpty else { return ([], []) }
        let wanted = Set(media.map(\.path))
        var used = Set<String>()
        for page in pages where isText(page.path) {
            for reference in references(in: page.bytes) {
                for path in resolve(reference, from: page.path) where wanted.contains(path) { used.insert(path) }
            }
        }
        // A photo is published as several sizes made from one source: when a page uses any of them, all are published.
        let usedSources = Set(media.filter { used.contains($0.path) }.compactMap(\.source))
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var warned = Set<String>()
        for file in media {
            if used.contains(file.path) || file.source.map(usedSources.contains) == true { files.append(file); continue }
            let source = file.source ?? "content/" + file.path
            guard warned.insert(source).inserted else { continue }
            diagnostics.append(unused(source))
        }
        return (files, diagnostics)
    }

    /// The warning for a media file no page uses.
    static func unused(_ source: String) -> Diagnostic {
        .warning(SourceLocation(path: source),
                 "没有任何页面用到这个文件，不发布（文件名也不会出现在网上）(media file not referenced by any page: not published)",
                 key: "media.unused")
    }

    static func isText(_ path: String) -> Bool {
        ["html", "xml", "json", "css", "ics", "webmanifest", "txt", "js"].contains(path.split(separator: ".").last.map { $0.lowercased() } ?? "")
    }

    /// Quoted or parenthesised values in the page: anything between `"`, `'`, `(`…`)`, or separated by `,` and spaces.
    static func references(in bytes: [UInt8]) -> Set<String> {
        var out = Set<String>()
        var current: [UInt8] = []
        func flush() {
            if current.count > 2, let dot = current.lastIndex(of: 0x2E) {
                let ext = String(decoding: current[(dot + 1)...].prefix { $0 != 0x3F && $0 != 0x23 }, as: UTF8.self).lowercased()
                if ContentLoader.mediaExtensions.contains(ext) { out.insert(String(decoding: current, as: UTF8.self)) }
            }
            current.removeAll(keepingCapacity: true)
        }
        for b in bytes {
            switch b {
            case 0x22, 0x27, 0x28, 0x29, 0x20, 0x0A, 0x0D, 0x09, 0x2C, 0x3C, 0x3E, 0x3D: flush()
            default: current.append(b)
            }
        }
        flush()
        return out
    }

    /// The output paths a reference may mean: relative to the page's folder, and from the site's root.
    static func resolve(_ raw: String, from page: String) -> [String] {
        var reference = raw.replacingOccurrences(of: "&amp;", with: "&")
        if let cut = reference.firstIndex(where: { $0 == "?" || $0 == "#" }) { reference = String(reference[..<cut]) }
        reference = reference.removingPercentEncoding ?? reference
        if let scheme = reference.range(of: "://") {
            let afterHost = reference[scheme.upperBound...].drop { $0 != "/" }
            let parts = afterHost.split(separator: "/").map(String.init)
            return parts.indices.map { parts[$0...].joined(separator: "/") }
        }
        let base = page.split(separator: "/").dropLast().map(String.init)
        var results: [String] = []
        for start in [base, []] {
            var parts = start
            for component in reference.split(separator: "/") {
                if component == "." { continue }
                if component == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
                parts.append(String(component))
            }
            results.append(parts.joined(separator: "/"))
        }
        return results
    }
}

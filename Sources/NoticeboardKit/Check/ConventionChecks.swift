/// Checks on conventions: two with one page name; links and images in their text, like a notice's.
public enum ConventionChecks {
    public static func check(_ conventions: [Convention], media: Set<String>, allowsRawHTML: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var slugs: [String: Convention] = [:]
        for c in conventions.sorted(by: { $0.source < $1.source }) {
            if let first = slugs[c.slug] {
                diagnostics.append(.error(c.source, "网址名“\(c.slug)”与 \(first.source.path) 重复，两份公约会写到同一个页面 (duplicate slug: both map to conventions/\(c.slug)/)", key: "slug.duplicate"))
            } else {
                slugs[c.slug] = c
            }
            diagnostics += BodyChecks.check(c.preamble, file: c.source.path, bodyLine: c.bodyLine, media: media, allowsRawHTML: allowsRawHTML)
            for article in c.articles {
                // The number (`二、`) was taken off the article's first line: columns there move right by its width.
                diagnostics += BodyChecks.check(article.text, file: c.source.path, bodyLine: article.location.line, media: media, allowsRawHTML: allowsRawHTML).map {
                    var d = $0
                    if d.location.line == article.location.line { d.location.column += article.location.column - 1 }
                    return d
                }
            }
            diagnostics += BodyChecks.check(c.closing, file: c.source.path, bodyLine: c.closingLine, media: media, allowsRawHTML: allowsRawHTML)
        }
        return diagnostics
    }
}

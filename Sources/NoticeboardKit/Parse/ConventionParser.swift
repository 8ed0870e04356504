import Foundation
import Markdown

/// Reads a convention (front matter + numbered articles) into a `Convention`. Each line that starts with a number —
/// `一、`, `1.`, `1、`, `（一）`, `第一条`, `①` — begins an article; lines after it, up to the next number, belong to it.
public enum ConventionParser {
    static let specs = [
        FieldSpec("title", "标题", "名称"),
        FieldSpec("date", "日期", "通过日期", "公布日期"),
        FieldSpec("signed_by", "落款", "发布单位"),
        FieldSpec("pinned", "置顶"),
        FieldSpec("draft", "草稿"),
        FieldSpec("slug", "网址名"),
    ]
    /// At most this many articles (a poster holds about twenty).
    public static let maximumArticles = 100

    public static func parse(_ file: SourceFile) -> (Convention?, [Diagnostic]) {
        let front: FrontMatter
        switch FrontMatter.split(file) {
        case .success(let f): front = f
        case .failure(let d): return (nil, [d])
        }
        let document: ParsedDocument
        switch ParsedDocument.parse(file) {
        case .success(let d): document = d
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(document.header, specs: specs, at: file.location(), what: "公约 (convention)")
        let title = r.string("title", label: "标题", required: true)
        let date = r.date("date", label: "日期")
        let signedBy = r.string("signed_by", label: "落款")
        let pinned = r.bool("pinned", label: "置顶") ?? false
        let draft = r.bool("draft", label: "草稿") ?? false
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)
        var preamble: [String] = [], closing: [String] = []
        var closingLine = front.bodyLine
        var articles: [(number: Int, lines: [String], line: Int, column: Int)] = []
        let lines = front.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (offset, line) in lines.enumerated() {
            let lineNumber = front.bodyLine + offset
            if let (number, rest) = articleStart(line) {
                let column = rest.isEmpty ? 1 : line.distance(from: line.startIndex, to: line.range(of: rest, options: .backwards)?.lowerBound ?? line.startIndex) + 1
                articles.append((number, [rest], lineNumber, column))
            } else if articles.isEmpty {
                preamble.append(line)
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                articles[articles.count - 1].lines.append(line)
            } else if closing.isEmpty, articles.last?.lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true, !line.hasPrefix(" ") {
                // An unindented paragraph after a blank line ends the articles (本公约自……起施行).
                closing.append(line)
                closingLine = lineNumber
            } else if !closing.isEmpty {
                closing.append(line)
            } else {
                articles[articles.count - 1].lines.append(line)
            }
        }
        if articles.count > maximumArticles {
            r.report(.error(file.location(line: articles[maximumArticles].line), "公约最多 \(maximumArticles) 条，这里有 \(articles.count) 条 (at most \(maximumArticles) articles)", key: "convention.too-many"))
            articles = Array(articles.prefix(maximumArticles))
        }
        if articles.isEmpty, title != nil {
            r.report(.warning(file.location(line: front.bodyLine), "公约没有编号的条款：每条以“一、”“1.”或“第一条”开头 (no numbered articles found)", key: "convention.no-articles"))
        }
        for (previous, next) in zip(articles, articles.dropFirst()) where next.number != previous.number + 1 {
            r.report(.warning(file.location(line: next.line), "条款编号不连续：第\(previous.number)条之后是第\(next.number)条 (article numbers skip)", key: "convention.numbering"))
        }
        let converted = articles.map { a in
            Convention.Article(number: a.number, text: ChineseTypography.parse(a.lines.joined(separator: "\n")), location: file.location(line: a.line, column: a.column))
        }
        var convention: Convention?
        if let title {
            convention = Convention(source: file.location(), slug: slug, title: title, date: date, signedBy: signedBy,
                                    preamble: ChineseTypography.parse(preamble.joined(separator: "\n")), articles: converted,
                                    closing: ChineseTypography.parse(closing.joined(separator: "\n")),
                                    closingLine: closingLine, pinned: pinned, draft: draft, bodyLine: front.bodyLine)
        }
        return (convention, r.diagnostics.items + document.diagnostics)
    }

    /// The article number a line starts with and the rest of the line: `一、爱党爱国` → (1, `爱党爱国`).
    static func articleStart(_ line: String) -> (Int, String)? {
        let t = line.trimmingCharacters(in: .whitespaces)
        let circled = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
        if let first = t.first, let i = circled.firstIndex(of: first) {
            return (i + 1, String(t.dropFirst()).trimmingCharacters(in: .whitespaces))
        }
        var body = Substring(t)
        var wrapped = false
        if body.hasPrefix("第") { body = body.dropFirst(); wrapped = true }
        let isParen = body.hasPrefix("（") || body.hasPrefix("(")
        if isParen { body = body.dropFirst() }
        let numeral = body.prefix { $0.isASCII && $0.isNumber || "〇零一二三四五六七八九十百".contains($0) || ("０"..."９").contains(String($0)) }
        guard !numeral.isEmpty, numeral.count <= 4 else { return nil }
        body = body.dropFirst(numeral.count)
        let markers: [String] = wrapped ? ["条"] : isParen ? ["）", ")"] : ["、", ". ", "．", "."]
        guard let marker = markers.first(where: { body.hasPrefix($0) }) else { return nil }
        body = body.dropFirst(marker.count)
        let ascii = String(numeral.map { c -> Character in
            guard let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v) else { return c }
            return Character(UnicodeScalar(v - 0xFF10 + 0x30)!)
        })
        guard let n = Int(ascii) ?? ChineseNumber.value(ascii), n >= 1 else { return nil }
        // `1.5 米` is not an article: a dot marker must be followed by text that is not a digit.
        if marker == ".", body.first?.isNumber == true { return nil }
        return (n, String(body).trimmingCharacters(in: .whitespaces))
    }
}

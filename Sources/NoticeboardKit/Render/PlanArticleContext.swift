/// The Mustache context of a plan file's documents (篇一…篇六) and of its kind (计划, 总结, 汇报).
extension PageContext {
    /// `kind` (工作计划 …), `isPlan` (tasks, targets and activities are shown) and the signature's date as written.
    func addKind(_ c: inout [String: Any], _ p: Plan) {
        c["kind"] = p.kind.label
        c["isPlan"] = p.kind.hasTasks
        if let date = p.signature?.date { c["signDate"] = date }
    }

    /// `articles`: each document with its anchor, heading, preamble, contents group and sections; `hasToc` is set
    /// so the contents show the groups.
    func addArticles(_ c: inout [String: Any], _ p: Plan, from outputPath: String, activities: [String: [[String: Any]]]?) {
        let articles: [[String: Any]] = p.articles.map { a in
            let intro = html(a.intro, file: p.source.path, outputPath: outputPath)
            var ac: [String: Any] = [
                "number": a.number, "anchor": a.anchor, "title": a.title ?? "", "tocTitle": a.title ?? "第\(ChineseNumber.text(a.number))篇",
                "intro": intro, "hasIntro": !intro.isEmpty,
            ]
            PageContext.list(&ac, "toc", planTOC(a.items))
            PageContext.list(&ac, "sections", planSections(p, from: outputPath, activities: activities, items: a.items.flatMap(\.flattened)))
            return ac
        }
        PageContext.list(&c, "articles", articles)
        PageContext.list(&c, "toc", [])
        PageContext.list(&c, "sections", [])
        c["hasToc"] = true
    }
}

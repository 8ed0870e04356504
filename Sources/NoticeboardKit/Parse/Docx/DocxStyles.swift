/// Paragraph styles of `word/styles.xml` that matter for conversion: heading level (from the outline level or a
/// "heading N" name; "Title" is the document title) and numbering attached to a style, following `basedOn`.
struct DocxStyles {
    struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var numId: String?
        var numLevel: Int?
    }

    var styles: [String: Style] = [:]

    init(_ root: OfficeXMLNode?) {
        guard let root else { return }
        for node in root.children("style") where node["type"] == "paragraph" {
            guard let id = node["styleId"] else { continue }
            var style = Style()
            style.name = (node.child("name")?["val"] ?? "").lowercased()
            style.basedOn = node.child("basedOn")?["val"]
            if let pPr = node.child("pPr") {
                style.outlineLevel = pPr.child("outlineLvl")?["val"].flatMap { Int($0) }
                if let numPr = pPr.child("numPr") {
                    style.numId = numPr.child("numId")?["val"]
                    style.numLevel = numPr.child("ilvl")?["val"].flatMap { Int($0) }
                }
            }
            styles[id] = style
        }
    }

    /// Follows `basedOn` (at most 20 steps, so a loop ends) for the first style giving `value`.
    func inherited<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        var current = id
        for _ in 0..<20 {
            guard let c = current, let style = styles[c] else { return nil }
            if let v = value(style) { return v }
            current = style.basedOn
        }
        return nil
    }

    /// 1…6 for headings, nil for body text.
    func headingLevel(_ id: String?) -> Int? {
        if let name = inherited(id, { $0.name.isEmpty ? nil : $0.name }), name.hasPrefix("heading "),
           let n = Int(name.dropFirst("heading ".count)), (1...9).contains(n) {
            return min(n, 6)
        }
        if let level = inherited(id, { $0.outlineLevel }), (0...8).contains(level) { return min(level + 1, 6) }
        return nil
    }

    func isTitle(_ id: String?) -> Bool {
        guard let id, let style = styles[id] else { return false }
        return style.name == "title"
    }

    func numbering(_ id: String?) -> (String, Int)? {
        guard let numId = inherited(id, { $0.numId }) else { return nil }
        return (numId, inherited(id, { $0.numLevel }) ?? 0)
    }
}

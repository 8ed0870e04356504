/// The body of `word/document.xml` as blocks: paragraphs (with their ¶ number, style, numbering label and inline runs)
/// and tables (rows of cell texts). Deleted revisions, text boxes and field codes are left out, as Word prints them.
struct DocxDocument {
    /// A piece of inline text with its formatting, a line break, or an image.
    enum Inline {
        case text(String, bold: Bool, italic: Bool, link: String?)
        case lineBreak
        case image(target: String, alt: String)
    }

    struct Paragraph {
        /// 1-based position among all paragraphs of the document, table cells included: the `¶` of locations.
        var number: Int
        var styleID: String?
        var label: DocxNumbering.Label?
        var inlines: [Inline]
        var plainText: String {
            inlines.map { if case .text(let t, _, _, _) = $0 { return t } else { return "" } }.joined()
        }
    }

    enum Block {
        case paragraph(Paragraph)
        /// Rows of cells; each cell is its paragraphs. `number` is the ¶ of the table's first paragraph.
        case table(rows: [[[Paragraph]]], number: Int)
    }

    var blocks: [Block] = []
    private var count = 0
    private var numbering: DocxNumbering
    private let styles: DocxStyles
    private let relationships: [String: OfficePackage.Relationship]

    init(body: OfficeXMLNode, styles: DocxStyles, numbering: DocxNumbering, relationships: [String: OfficePackage.Relationship]) {
        self.styles = styles
        self.numbering = numbering
        self.relationships = relationships
        blocks = readBlocks(body)
    }

    private mutating func readBlocks(_ node: OfficeXMLNode) -> [Block] {
        var result: [Block] = []
        for child in node.children {
            switch child.name {
            case "p": result.append(.paragraph(paragraph(child)))
            case "tbl": result.append(table(child))
            case "sdt", "customXml", "ins", "moveTo", "smartTag":
                result += readBlocks(child.child("sdtContent") ?? child)
            default: continue
            }
        }
        return result
    }

    private mutating func table(_ node: OfficeXMLNode) -> Block {
        let first = count + 1
        var rows: [[[Paragraph]]] = []
        for tr in node.children("tr") {
            var cells: [[Paragraph]] = []
            for tc in tr.children where tc.name == "tc" || tc.name == "sdt" {
                let cell = tc.name == "sdt" ? (tc.child("sdtContent")?.child("tc") ?? tc) : tc
                var paragraphs: [Paragraph] = []
                for block in readBlocks(cell) {
                    switch block {
                    case .paragraph(let p): paragraphs.append(p)
                    case .table(let inner, _): paragraphs += inner.flatMap { $0.flatMap { $0 } }
                    }
                }
                let continues = cell.child("tcPr")?.child("vMerge").map { ($0["val"] ?? "continue") == "continue" } ?? false
                if continues, let above = rows.last, cells.count < above.count {
                    paragraphs = above[cells.count]
                }
                cells.append(paragraphs)
            }
            rows.append(cells)
        }
        return .table(rows: rows, number: first)
    }

    private mutating func paragraph(_ node: OfficeXMLNode) -> Paragraph {
        count += 1
        let pPr = node.child("pPr")
        let styleID = pPr?.child("pStyle")?["val"]
        var label: DocxNumbering.Label?
        if let numPr = pPr?.child("numPr"), let numId = numPr.child("numId")?["val"] {
            let level = numPr.child("ilvl")?["val"].flatMap { Int($0) } ?? styles.numbering(styleID)?.1 ?? 0
            label = numbering.next(numId: numId, level: max(0, min(level, 8)))
        } else if let (numId, level) = styles.numbering(styleID) {
            label = numbering.next(numId: numId, level: max(0, min(level, 8)))
        }
        var inlines: [Inline] = []
        collect(node, into: &inlines, bold: false, italic: false, link: nil)
        return Paragraph(number: count, styleID: styleID, label: label, inlines: inlines)
    }

    /// Runs in order; hyperlinks give their URL, formatting comes from the run's properties.
    private func collect(_ node: OfficeXMLNode, into inlines: inout [Inline], bold: Bool, italic: Bool, link: String?) {
        for child in node.children {
            switch child.name {
            case "r":
                let rPr = child.child("rPr")
                let b = rPr?.child("b").map(Self.on) ?? bold
                let i = rPr?.child("i").map(Self.on) ?? italic
                if rPr?.child("vanish") != nil { continue }
                for piece in child.children {
                    switch piece.name {
                    case "t": inlines.append(.text(piece.text, bold: b, italic: i, link: link))
                    case "tab", "ptab": inlines.append(.text(" ", bold: b, italic: i, link: link))
                    case "br", "cr":
                        if piece["type"] == nil || piece["type"] == "textWrapping" { inlines.append(.lineBreak) }
                    case "noBreakHyphen": inlines.append(.text("-", bold: b, italic: i, link: link))
                    case "drawing", "pict", "object", "AlternateContent":
                        if let image = image(in: piece) { inlines.append(image) }
                    default: continue
                    }
                }
            case "hyperlink":
                var target = link
                if let id = child["id"], let rel = relationships[id], rel.external { target = rel.target }
                collect(child, into: &inlines, bold: bold, italic: italic, link: target)
            case "ins", "moveTo", "smartTag", "fldSimple", "customXml", "dir", "bdo":
                collect(child, into: &inlines, bold: bold, italic: italic, link: link)
            case "sdt":
                if let content = child.child("sdtContent") { collect(content, into: &inlines, bold: bold, italic: italic, link: link) }
            default: continue  // deletions, moves away, bookmarks, comments, proofing marks
            }
        }
    }

    static func on(_ node: OfficeXMLNode) -> Bool { !["0", "false", "off"].contains(node["val"] ?? "true") }

    /// The first picture in a drawing (`a:blip r:embed`, or VML `v:imagedata r:id`), taking an AlternateContent's Choice.
    private func image(in node: OfficeXMLNode) -> Inline? {
        var scope = node
        if node.name == "AlternateContent", let choice = node.child("Choice") ?? node.child("Fallback") { scope = choice }
        let alt = scope.descendants("docPr").first.map { $0["descr"] ?? $0["title"] ?? "" } ?? ""
        if let blip = scope.descendants("blip").first, let id = blip["embed"], let rel = relationships[id], !rel.external {
            return .image(target: rel.target, alt: alt)
        }
        if let data = scope.descendants("imagedata").first, let id = data["id"], let rel = relationships[id], !rel.external {
            return .image(target: rel.target, alt: alt)
        }
        return nil
    }
}

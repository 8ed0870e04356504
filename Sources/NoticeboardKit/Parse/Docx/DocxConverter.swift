/// Converts a .docx into the Markdown-with-front-matter text the plan, notice and briefing parsers read, with a map
/// from every line of that text to the Word paragraph (`¶23`) or the line of the YAML file beside it, and the
/// pictures to publish. See docs/office.md for the rules.
public enum DocxConverter {
    /// The converted file.
    public struct Result: Sendable {
        public var text: String
        public var lineMap: [SourceLocation]
        /// Pictures as media: path relative to the site folder (`content/plans/计划-images/image1.png`) and bytes.
        public var images: [(path: String, bytes: [UInt8])]
        public var diagnostics: [Diagnostic]
    }

    /// Picture types a browser shows; others (EMF, WMF, TIFF) are left out with a warning.
    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp"]

    /// `path` is the .docx relative to the site folder; `sidecar` a YAML file with the same name beside it (path, text).
    /// `file`: where the bytes are on disk, if they are (see `OfficePackage`).
    public static func convert(path: String, bytes: [UInt8], sidecar: SourceFile? = nil, file: String? = nil) throws(OfficeFailure) -> Result {
        var package = try OfficePackage(bytes: bytes, ext: "docx", file: file)
        guard let document = try package.xml("word/document.xml") else { throw .missingPart("word/document.xml") }
        guard let body = document.child("body") else { throw .missingPart("word/document.xml <w:body>") }
        let styles = DocxStyles(try package.xml("word/styles.xml"))
        let numbering = DocxNumbering(try package.xml("word/numbering.xml"))
        let relationships = try package.relationships(of: "word/document.xml")
        let properties = try documentProperties(&package)
        let doc = DocxDocument(body: body, styles: styles, numbering: numbering, relationships: relationships)

        var writer = MarkdownWriter(path: path, styles: styles)
        var diagnostics: [Diagnostic] = []
        // Pictures: read once each, published beside the document.
        var images: [(path: String, bytes: [UInt8])] = []
        var imagePaths: [String: String] = [:]
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let stem = SourceFile(path: path, text: "").stem
        for block in doc.blocks {
            for paragraph in paragraphs(of: block) {
                for case .image(let target, _) in paragraph.inlines where imagePaths[target] == nil {
                    let name = target.split(separator: "/").last.map(String.init) ?? target
                    let ext = SourceFile(path: name, text: "").fileExtension
                    let location = SourceLocation(path: path, line: paragraph.number, column: 1, anchor: "¶\(paragraph.number)")
                    guard imageExtensions.contains(ext) else {
                        diagnostics.append(.warning(location, "图片 \(name) 的格式（.\(ext)）无法在网页上显示，已略过；请在 Word 中把它另存为 PNG 或 JPEG 后重新插入 (picture format not shown on the web: left out)", key: "docx.image-format"))
                        imagePaths[target] = ""
                        continue
                    }
                    guard let data = try package.read(target) else {
                        diagnostics.append(.warning(location, "图片 \(name) 不在文件中（可能是链接的图片），已略过 (picture missing from the file)", key: "docx.image-missing"))
                        imagePaths[target] = ""
                        continue
                    }
                    let relative = "\(stem)-images/\(name)"
                    imagePaths[target] = relative
                    images.append((path: folder + "/" + relative, bytes: data))
                }
            }
        }
        writer.imagePaths = imagePaths
        let (header, bodyStart) = frontMatter(doc: doc, styles: styles, properties: properties, path: path)
        writer.writeFrontMatter(header, sidecar: sidecar)
        for block in doc.blocks.dropFirst(bodyStart) { writer.write(block) }
        return Result(text: writer.text, lineMap: writer.map, images: images, diagnostics: diagnostics)
    }

    static func paragraphs(of block: DocxDocument.Block) -> [DocxDocument.Paragraph] {
        switch block {
        case .paragraph(let p): return [p]
        case .table(let rows, _): return rows.flatMap { $0.flatMap { $0 } }
        }
    }

    /// `dc:title` of the core properties and every custom property (File → Properties → Custom).
    static func documentProperties(_ package: inout OfficePackage) throws(OfficeFailure) -> [(String, String)] {
        var result: [(String, String)] = []
        if let core = try package.xml("docProps/core.xml"), let title = core.child("title")?.text.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty {
            result.append(("标题", title))
        }
        if let custom = try package.xml("docProps/custom.xml") {
            for property in custom.children("property") {
                guard let name = property["name"]?.trimmingCharacters(in: .whitespaces), !name.isEmpty,
                      let value = property.children.first else { continue }
                var text = value.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if value.name == "filetime", text.count >= 10 { text = String(text.prefix(10)) }  // 2026-01-16T00:00:00Z
                if !text.isEmpty { result.append((name, text)) }
            }
        }
        return result
    }

    /// Header keys and where each came from; the number of leading blocks that were the header (Title paragraph,
    /// `标题：…` lines and the empty paragraph after them).
    static func frontMatter(doc: DocxDocument, styles: DocxStyles, properties: [(String, String)], path: String) -> ([(key: String, value: String, location: SourceLocation)], Int) {
        let known = knownKeys
        var block: [(key: String, value: String, location: SourceLocation)] = []
        var index = 0
        var titleParagraph: (String, SourceLocation)?
        let blocks = doc.blocks
        func paragraphAt(_ i: Int) -> DocxDocument.Paragraph? {
            guard i < blocks.count, case .paragraph(let p) = blocks[i] else { return nil }
            return p
        }
        while let p = paragraphAt(index), p.plainText.trimmingCharacters(in: .whitespaces).isEmpty, p.label == nil { index += 1 }
        if let p = paragraphAt(index), styles.isTitle(p.styleID) {
            titleParagraph = (p.plainText.trimmingCharacters(in: .whitespaces), paragraphLocation(path, p.number))
            index += 1
            while let p = paragraphAt(index), p.plainText.trimmingCharacters(in: .whitespaces).isEmpty, p.label == nil { index += 1 }
        }
        var end = index
        if let first = paragraphAt(index), let (key, _) = keyValue(first.plainText), known.contains(key.lowercased()) {
            var i = index
            while let p = paragraphAt(i), p.label == nil {
                let text = p.plainText.trimmingCharacters(in: .whitespaces)
                if text.isEmpty || text == "---" { i += 1; break }
                guard let (key, value) = keyValue(text) else { break }
                block.append((key, value, paragraphLocation(path, p.number)))
                i += 1
            }
            end = i
        } else if titleParagraph == nil {
            end = 0
        }
        var header: [(key: String, value: String, location: SourceLocation)] = []
        let blockKeys = Set(block.map { $0.key.lowercased() })
        let hasTitle = blockKeys.contains("标题") || blockKeys.contains("title")
        for (key, value) in properties where !blockKeys.contains(key.lowercased()) {
            if key == "标题", hasTitle || titleParagraph != nil { continue }
            header.append((key, value, SourceLocation(path: path, line: 1, column: 1, anchor: "文档属性")))
        }
        if let (title, location) = titleParagraph, !hasTitle, !title.isEmpty { header.append(("标题", title, location)) }
        return (header + block, end)
    }

    static func paragraphLocation(_ path: String, _ number: Int) -> SourceLocation {
        SourceLocation(path: path, line: number, column: 1, anchor: "¶\(number)")
    }

    /// `标题：长青社区…` → (标题, 长青社区…): a short key without spaces, a colon, a value.
    static func keyValue(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.count <= 16, !key.contains(where: { $0.isWhitespace }), !value.isEmpty else { return nil }
        return (key, value)
    }

    /// Header keys of plans, notices and briefings (names and Chinese aliases): a first-page block starts with one.
    static let knownKeys: Set<String> = {
        var keys = Set<String>()
        for spec in PlanParser.specs + NoticeParser.specs + BulletinParser.specs {
            keys.insert(spec.name.lowercased())
            for alias in spec.aliases { keys.insert(alias.lowercased()) }
        }
        return keys
    }()
}

/// Writes converted Word content as Markdown lines, remembering for each line the location it came from.
struct MarkdownWriter {
    let path: String
    let styles: DocxStyles
    var imagePaths: [String: String] = [:]
    private(set) var lines: [String] = []
    private(set) var map: [SourceLocation] = []
    /// Whether the last block written was a list item (list items follow each other without a blank line).
    private var inList = false
    /// Line count right after the front matter: no blank line is needed there.
    private var afterFrontMatter = -1

    init(path: String, styles: DocxStyles) {
        self.path = path
        self.styles = styles
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    private mutating func emit(_ line: String, _ location: SourceLocation) {
        lines.append(line)
        map.append(location)
    }

    /// `---`, quoted `key: "value"` lines, the YAML file beside the document verbatim, `---`.
    mutating func writeFrontMatter(_ header: [(key: String, value: String, location: SourceLocation)], sidecar: SourceFile?) {
        let start = header.first?.location ?? SourceLocation(path: path, line: 1, column: 1, anchor: "¶1")
        emit("---", start)
        for (key, value, location) in header {
            emit(Self.quoted(key) + ": " + Self.quoted(value), location)
        }
        if let sidecar {
            for (i, line) in sidecar.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if i == 0, line.isEmpty { continue }
                if line == "---" || line == "..." { continue }
                emit(String(line), sidecar.location(line: i + 1))
            }
        }
        emit("---", start)
        afterFrontMatter = lines.count
    }

    /// A YAML double-quoted scalar: only `\` and `"` need escaping once control characters are removed.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: if let a = c.asciiValue, a < 0x20 || a == 0x7F { out += " " } else { out.append(c) }
            }
        }
        return out + "\""
    }

    mutating func write(_ block: DocxDocument.Block) {
        switch block {
        case .paragraph(let p): paragraph(p)
        case .table(let rows, let number): table(rows, number: number)
        }
    }

    private mutating func paragraph(_ p: DocxDocument.Paragraph) {
        let location = DocxConverter.paragraphLocation(path, p.number)
        var content = inline(p.inlines)
        let isEmpty = content.trimmingCharacters(in: .whitespaces).isEmpty
        if isEmpty, p.label == nil { return }
        content = Self.guardLineStart(String(content.drop { $0 == " " || $0 == "\t" }))
        var prefix = ""
        var listItem = false
        if let label = p.label {
            let indent = String(repeating: " ", count: 3 * label.level)
            if label.format == "bullet" {
                prefix = indent + "- "
                listItem = true
            } else if label.format == "decimal", label.levelText.count == 3, label.levelText.hasPrefix("%"), [".", ")"].contains(label.levelText.last!) {
                prefix = indent + label.text.dropLast() + ". "
                listItem = true
            } else if !label.text.isEmpty {
                let separator = label.suffix == "nothing" || label.text.last.map(Self.closesNumber) == true ? "" : " "
                content = Self.escape(label.text) + separator + content.drop { $0 == " " }
            }
        }
        if let level = styles.headingLevel(p.styleID), !listItem {
            prefix = String(repeating: "#", count: level) + " "
        }
        if !(listItem && inList), lines.count != afterFrontMatter, lines.last != "" { emit("", location) }
        let parts = (prefix + content).split(separator: "\n", omittingEmptySubsequences: false)
        for part in parts { emit(String(part), location) }
        inList = listItem
    }

    /// Escapes a paragraph start Markdown would read as a list item or a numbered list (`- `, `+ `, `1. `).
    static func guardLineStart(_ s: String) -> String {
        if let first = s.first, "-+=".contains(first) { return "\\" + s }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < 10, let next = s.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + s.dropFirst(digits.count)
        }
        return s
    }

    static func closesNumber(_ c: Character) -> Bool { "、．.）)」】〕:：".contains(c) }

    /// A table as a list (the Markdown reader has no tables): with a header row, each later row is `* 表头：值；表头：值`;
    /// without, `* 值｜值`.
    private mutating func table(_ rows: [[[DocxDocument.Paragraph]]], number: Int) {
        let texts = rows.map { $0.map { cell in cell.map { inline($0.inlines).replacingOccurrences(of: "\\\n", with: " ") }.filter { !$0.isEmpty }.joined(separator: " ") } }
        guard !texts.isEmpty else { return }
        if !lines.isEmpty, lines.last != "" { emit("", DocxConverter.paragraphLocation(path, number)) }
        let header = texts.count > 1 ? texts[0] : nil
        for (i, row) in texts.enumerated() where header == nil || i > 0 {
            let location = DocxConverter.paragraphLocation(path, rows[i].first?.first?.number ?? number)
            guard row.contains(where: { !$0.isEmpty }) else { continue }
            var cells: [String] = []
            for (c, value) in row.enumerated() where !value.isEmpty {
                if let header, c < header.count, !header[c].isEmpty { cells.append(header[c] + "：" + value) } else { cells.append(value) }
            }
            emit("* " + cells.joined(separator: header == nil ? "｜" : "；"), location)  // `*`: never joins a `-` list before it
        }
        emit("", DocxConverter.paragraphLocation(path, number))
        inList = false
    }

    /// Runs as Markdown: `**bold**`, `*italic*`, `[text](url)`, `![alt](picture)`, hard line breaks as `\` + newline.
    func inline(_ inlines: [DocxDocument.Inline]) -> String {
        // Merge neighbouring runs with the same formatting first, so `**a****b**` never happens.
        var merged: [DocxDocument.Inline] = []
        for item in inlines {
            if case .text(let t, let b, let i, let l) = item, let last = merged.last, case .text(let t0, let b0, let i0, let l0) = last, b == b0, i == i0, l == l0 {
                merged[merged.count - 1] = .text(t0 + t, bold: b, italic: i, link: l)
            } else {
                merged.append(item)
            }
        }
        var out = ""
        var index = 0
        while index < merged.count {
            switch merged[index] {
            case .lineBreak:
                out += "\\\n"
                index += 1
            case .image(let target, let alt):
                if let path = imagePaths[target], !path.isEmpty { out += "![\(Self.escape(alt))](<\(path)>)" }
                index += 1
            case .text(_, _, _, let link):
                // A link spans every following run with the same URL.
                var group: [DocxDocument.Inline] = []
                while index < merged.count, case .text(_, _, _, let l) = merged[index], l == link {
                    group.append(merged[index])
                    index += 1
                }
                let text = group.map { item -> String in
                    guard case .text(let t, let b, let i, _) = item else { return "" }
                    return Self.emphasised(t, bold: b, italic: i)
                }.joined()
                if let link, !text.isEmpty {
                    out += "[" + text + "](<" + link.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "\n", with: "") + ">)"
                } else {
                    out += text
                }
            }
        }
        return out
    }

    /// Emphasis markers around the text, with spaces at its ends kept outside them.
    static func emphasised(_ t: String, bold: Bool, italic: Bool) -> String {
        let core = t.trimmingCharacters(in: .whitespaces)
        guard (bold || italic), !core.isEmpty else { return escape(t) }
        let lead = String(t.prefix { $0 == " " })
        let trail = String(t.reversed().prefix { $0 == " " })
        let marker = (bold ? "**" : "") + (italic ? "*" : "")
        return lead + marker + escape(core) + String(marker.reversed()) + trail
    }

    /// Backslash-escapes what Markdown would read as syntax, so Word text stays text (no raw HTML, no accidental lists).
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>&|!#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}

/// Reads an .xlsx file into a `Workbook`: the sheet list and date system from `xl/workbook.xml`, shared strings,
/// number formats from `xl/styles.xml`, and every sheet's cells and merged ranges (streamed, bounded in cells).
public enum WorkbookReader {
    /// `file`: where the bytes are on disk, if they are (see `OfficePackage`).
    public static func read(_ bytes: [UInt8], file: String? = nil) throws(OfficeFailure) -> (Workbook, [OfficeCellProblem]) {
        var package = try OfficePackage(bytes: bytes, ext: "xlsx", file: file)
        guard let workbookXML = try package.xml("xl/workbook.xml") else { throw .missingPart("xl/workbook.xml") }
        let relationships = try package.relationships(of: "xl/workbook.xml")
        let uses1904 = workbookXML.child("workbookPr").map { ["1", "true"].contains($0["date1904"] ?? "") } ?? false
        let strings = try sharedStrings(&package)
        let formats = try numberFormats(&package)
        var sheets: [Workbook.Sheet] = []
        var problems: [OfficeCellProblem] = []
        var cellCount = 0
        for sheetNode in workbookXML.child("sheets")?.children("sheet") ?? [] {
            guard let name = sheetNode["name"], let id = sheetNode["id"], let rel = relationships[id], !rel.external else { continue }
            guard let data = try package.read(rel.target) else { throw .missingPart(rel.target) }
            let reader = SheetReader(name: name, strings: strings, formats: formats, uses1904: uses1904, budget: OfficePackage.Limits.cells - cellCount)
            try OfficeXML.stream(data, part: rel.target, handler: reader)
            if reader.overBudget { throw .tooMany(what: "单元格 (cells)", limit: OfficePackage.Limits.cells) }
            cellCount += reader.count
            sheets.append(reader.sheet)
            problems += reader.problems
        }
        return (Workbook(sheets: sheets, uses1904: uses1904), problems)
    }

    static func sharedStrings(_ package: inout OfficePackage) throws(OfficeFailure) -> [String] {
        guard let data = try package.read("xl/sharedStrings.xml") else { return [] }
        let reader = SharedStringReader()
        try OfficeXML.stream(data, part: "xl/sharedStrings.xml", handler: reader)
        if reader.overLimit { throw .tooMany(what: "共享字符串 (shared strings)", limit: OfficePackage.Limits.sharedStrings) }
        return reader.strings
    }

    /// Style index (`s` of a cell) → how its number is shown.
    static func numberFormats(_ package: inout OfficePackage) throws(OfficeFailure) -> [CellFormat] {
        guard let styles = try package.xml("xl/styles.xml") else { return [] }
        var custom: [Int: CellFormat] = [:]
        for f in styles.child("numFmts")?.children("numFmt") ?? [] {
            if let id = f["numFmtId"].flatMap({ Int($0) }), let code = f["formatCode"] { custom[id] = CellFormat.custom(code) }
        }
        return (styles.child("cellXfs")?.children("xf") ?? []).map { xf in
            let id = xf["numFmtId"].flatMap { Int($0) } ?? 0
            return custom[id] ?? CellFormat.builtin(id)
        }
    }
}

/// A cell Excel shows as an error (`#N/A`, `#DIV/0!`) or a reference that could not be read.
public struct OfficeCellProblem: Sendable {
    public var sheet: String
    public var row: Int
    public var column: Int
    public var text: String
}

/// `xl/sharedStrings.xml`: each `<si>`'s text (plain or rich runs, without phonetic guides).
final class SharedStringReader: OfficeXML.Handler {
    var strings: [String] = []
    var overLimit = false
    var current = ""
    var inText = false
    var phonetic = 0
    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }
    func end(_ name: String) {
        switch name {
        case "si":
            if strings.count >= OfficePackage.Limits.sharedStrings { overLimit = true } else { strings.append(TextDecoding.normalizeNewlines(current)) }
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }
    func text(_ text: String) { if inText { current += text } }
}

/// One worksheet part, streamed: `<row r>`, `<c r s t>` with `<v>` or `<is><t>`, and `<mergeCell ref>`.
final class SheetReader: OfficeXML.Handler {
    var sheet: Workbook.Sheet
    let strings: [String]
    let formats: [CellFormat]
    let uses1904: Bool
    let budget: Int
    var count = 0
    var overBudget = false
    var problems: [OfficeCellProblem] = []

    var row = 0
    var column = 0
    var type = "n"
    var style = 0
    var value = ""
    var inline = ""
    var capture = false
    var inInline = false
    var phonetic = 0

    init(name: String, strings: [String], formats: [CellFormat], uses1904: Bool, budget: Int) {
        self.sheet = Workbook.Sheet(name: name)
        self.strings = strings
        self.formats = formats
        self.uses1904 = uses1904
        self.budget = budget
    }

    func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            row = attributes["r"].flatMap { Int($0) }.map { min(max($0, 1), 1_048_576) } ?? row + 1
            column = 0
        case "c":
            if let r = attributes["r"], let ref = CellReference.parse(Substring(r)) {
                row = ref.row
                column = ref.column
            } else {
                column += 1
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap { Int($0) } ?? 0
            value = ""
            inline = ""
        case "v": capture = true
        case "is": inInline = true
        case "t": capture = inInline && phonetic == 0
        case "rPh": phonetic += 1
        case "mergeCell":
            if let ref = attributes["ref"], let range = CellReference.range(ref), sheet.merges.count < 100_000 { sheet.merges.append(range) }
        default: break
        }
    }

    func end(_ name: String) {
        switch name {
        case "v", "t": capture = false
        case "is": inInline = false
        case "rPh": phonetic -= 1
        case "c": finishCell()
        default: break
        }
    }

    func text(_ text: String) {
        guard capture else { return }
        if inInline { inline += text } else { value += text }
    }

    func finishCell() {
        let text: String
        switch type {
        case "s":
            guard let i = Int(value.trimmingCharacters(in: .whitespaces)), strings.indices.contains(i) else { return }
            text = strings[i]
        case "inlineStr": text = TextDecoding.normalizeNewlines(inline)
        case "str": text = TextDecoding.normalizeNewlines(value)
        case "b": text = value.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE"
        case "e":
            problems.append(OfficeCellProblem(sheet: sheet.name, row: row, column: column, text: value))
            return
        default:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return }
            guard let number = Double(trimmed) else { text = trimmed; break }
            let format = formats.indices.contains(style) ? formats[style] : .general
            text = format.text(number, uses1904: uses1904)
        }
        guard !text.isEmpty, row > 0, column > 0 else { return }
        count += 1
        if count > budget { overBudget = true; return }
        sheet.rows[row, default: [:]][column] = text
    }
}

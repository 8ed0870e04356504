import Foundation
import ZIPFoundation

/// Builds small .docx/.xlsx files in memory for tests: parts given as text, deflated like Office does.
enum OfficeZip {
    static func make(_ parts: [(String, String)]) throws -> [UInt8] {
        try makeBinary(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    static func makeBinary(_ parts: [(String, Data)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Date(timeIntervalSince1970: 1_700_000_000),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

    /// A .docx whose body is `paragraphs` (plain text each), with an optional numbering part.
    static func docx(_ paragraphs: [String], bodyXML: String? = nil, numbering: String? = nil) throws -> [UInt8] {
        let body = bodyXML ?? paragraphs.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(escape($0))</w:t></w:r></w:p>" }.joined()
        var parts = [("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>")]
        if let numbering { parts.append(("word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering \(w)>\(numbering)</w:numbering>")) }
        return try make(parts)
    }

    /// An .xlsx with one sheet per (name, sheetData + mergeCells XML), optional shared strings and styles.
    static func xlsx(sheets: [(String, String)], sharedStrings: [String] = [], cellXfs: [Int] = [0], numFmts: [(Int, String)] = [], date1904: Bool = false) throws -> [UInt8] {
        let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        var parts: [(String, String)] = []
        let sheetList = sheets.enumerated().map { "<sheet name=\"\(escape($1.0))\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }.joined()
        parts.append(("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook \(main)><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>"))
        let rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>"))
        for (i, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", "<?xml version=\"1.0\"?><worksheet \(main)>\(sheet.1)</worksheet>"))
        }
        if !sharedStrings.isEmpty {
            parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst \(main)>" + sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\(escape($0))</t></si>" }.joined() + "</sst>"))
        }
        let fmts = numFmts.isEmpty ? "" : "<numFmts>" + numFmts.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(escape($0.1))\"/>" }.joined() + "</numFmts>"
        let xfs = "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>" + cellXfs.map { "<xf numFmtId=\"\($0)\"/>" }.joined() + "</cellXfs>"
        parts.append(("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet \(main)>\(fmts)\(xfs)</styleSheet>"))
        return try make(parts)
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

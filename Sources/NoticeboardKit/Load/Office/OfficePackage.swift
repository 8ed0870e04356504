import Foundation
import ZIPFoundation

/// An Office Open XML file (.docx, .xlsx) opened as a ZIP archive, whose parts are read with hard limits so a damaged
/// or hostile file (zip bomb, thousands of parts) is refused with an error instead of exhausting memory.
public struct OfficePackage {
    /// The documented limits (docs/office.md).
    public enum Limits {
        /// Largest uncompressed size of one part (an XML part or an image).
        public static let partBytes = 32 * 1024 * 1024
        /// Largest total of all parts read from one file.
        public static let totalBytes = 128 * 1024 * 1024
        /// Most entries a ZIP may list.
        public static let entries = 10_000
        /// Most non-empty cells read from one workbook.
        public static let cells = 200_000
        /// Most shared strings in one workbook.
        public static let sharedStrings = 1_000_000
        /// Most XML elements in a part read as a tree (the document, styles, numbering): about 1,500 pages of Word.
        public static let elements = 500_000
        /// Most columns read from one sheet's table.
        public static let columns = 64
    }

    private let archive: Archive
    private var entries: [String: Entry] = [:]
    /// Bytes read so far from this file, against `Limits.totalBytes`.
    private var totalRead = 0

    /// Opens the bytes of a file with extension `ext`; OLE containers (old formats, password protection) are told apart.
    /// `file` is where the same bytes are on disk: the archive is read from a file, since ZIPFoundation's in-memory
    /// archives stop the program on offsets past the end (without it, a temporary copy is made).
    public init(bytes: [UInt8], ext: String, file: String? = nil) throws(OfficeFailure) {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Office writes a password-protected .docx/.xlsx as an OLE compound file with an "EncryptedPackage" stream.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if Self.contains(bytes, marker) { throw .encrypted }
            throw .oldFormat(ext: ext == "xlsx" ? "xls" : "doc")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw .corrupt("不是 ZIP 格式 (not a ZIP archive)") }
        let archive: Archive
        var url = URL(fileURLWithPath: file ?? "")
        var temporary: URL?
        if file == nil {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-office-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: copy.path, contents: Data(bytes)) else { throw .corrupt("无法写入临时文件 (cannot write a temporary copy)") }
            url = copy
            temporary = copy
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }  // the open archive keeps reading it
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .corrupt("ZIP 目录无法读取 (unreadable ZIP directory)")
        }
        self.archive = archive
        var count = 0
        for entry in archive {
            count += 1
            if count > Limits.entries { throw .tooMany(what: "压缩包条目 (ZIP entries)", limit: Limits.entries) }
            entries[entry.path] = entry
        }
        if count == 0 { throw .corrupt("ZIP 是空的 (empty ZIP)") }
    }

    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count, let first = needle.first else { return false }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == first, Array(bytes[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }

    public func has(_ part: String) -> Bool { entries[part] != nil }

    /// The uncompressed bytes of `part`, or nil when the archive has no such part. The declared size is checked first,
    /// then the data is streamed with a cap, since a ZIP's declared sizes can lie.
    public mutating func read(_ part: String) throws(OfficeFailure) -> [UInt8]? {
        guard let entry = entries[part] else { return nil }
        guard entry.type == .file else { return nil }
        let limit = Limits.partBytes
        if entry.uncompressedSize > UInt64(limit) { throw .tooLarge(part: part, limit: limit) }
        if totalRead + Int(entry.uncompressedSize) > Limits.totalBytes { throw .tooLarge(part: part, limit: Limits.totalBytes) }
        var data = Data()
        var exceeded = false
        var checksum: CRC32 = 0
        do {
            checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                if data.count + chunk.count > limit {
                    exceeded = true
                    throw CocoaError(.fileReadTooLarge)
                }
                data.append(chunk)
            }
        } catch {
            if exceeded { throw .tooLarge(part: part, limit: limit) }
            throw .corrupt("\(part) 无法解压 (cannot decompress \(part))")
        }
        // ZIPFoundation returns the checksum without comparing it: a damaged part is caught here.
        if entry.checksum != 0 || !data.isEmpty, checksum != entry.checksum {
            throw .corrupt("\(part) 校验和不符 (checksum mismatch in \(part))")
        }
        totalRead += data.count
        if totalRead > Limits.totalBytes { throw .tooLarge(part: part, limit: Limits.totalBytes) }
        return [UInt8](data)
    }

    /// Reads and parses an XML part into a tree (nil when the part is absent).
    public mutating func xml(_ part: String) throws(OfficeFailure) -> OfficeXMLNode? {
        guard let bytes = try read(part) else { return nil }
        return try OfficeXML.parseTree(bytes, part: part)
    }

    /// The relationships of a part (`word/_rels/document.xml.rels`): id → target resolved against the part's folder.
    public mutating func relationships(of part: String) throws(OfficeFailure) -> [String: Relationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? part
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard let root = try xml(relsPath) else { return [:] }
        var result: [String: Relationship] = [:]
        for rel in root.children where rel.name == "Relationship" {
            guard let id = rel["Id"], let target = rel["Target"] else { continue }
            let external = rel["TargetMode"] == "External"
            result[id] = Relationship(target: external ? target : Self.resolve(target, in: folder), external: external, type: rel["Type"] ?? "")
        }
        return result
    }

    /// One relationship: an internal part path or an external URL.
    public struct Relationship: Sendable {
        public var target: String
        public var external: Bool
        public var type: String
    }

    /// `../media/a.png` against `word` → `media/a.png`; `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }
}

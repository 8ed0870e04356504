import Foundation
import Testing
@testable import NoticeboardKit

/// Randomly damaged Word and Excel files (bytes changed, files cut short) give an error or a result, never a crash or
/// a hang: the readers are fed what a broken USB stick or a half-finished download produces.
@Suite("Office damaged files")
struct OfficeDamageTests {
    /// SplitMix64, so every run damages the same bytes.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    @Test func xmlThatIsNotUTF8IsRefusedBeforeParsing() throws {
        // A name that is not UTF-8 stops Foundation's XMLParser (libxml2 in recover mode); the checksum is right here.
        var xml = Data("<?xml version=\"1.0\"?><w:document \(OfficeZip.w)><w:body><w:".utf8)
        xml.append(contentsOf: [0xFF, 0xFE])
        xml.append(Data("p/></w:body></w:document>".utf8))
        let bytes = try OfficeZip.makeBinary([("word/document.xml", xml)])
        #expect(throws: OfficeFailure.self) { try DocxConverter.convert(path: "content/notices/x.docx", bytes: bytes) }
        let latin = try OfficeZip.make([("word/document.xml", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><w:document \(OfficeZip.w)><w:body/></w:document>")])
        #expect(throws: OfficeFailure.malformedXML(part: "word/document.xml", line: 1, column: 1, reason: "编码 ISO-8859-1 不受支持 (encoding ISO-8859-1 not supported)")) {
            try DocxConverter.convert(path: "content/notices/x.docx", bytes: latin)
        }
    }

    @Test(arguments: ["plan.docx", "notice.docx", "ledger.xlsx", "blacklist.xlsx"])
    func damagedFixturesNeverCrash(_ name: String) throws {
        let original = try OfficeDocxTests.fixture(name)
        var random = Random(state: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        var errors = 0, read = 0
        for round in 0..<150 {
            var bytes = original
            if round % 5 == 4 {
                bytes = Array(bytes.prefix(random.below(bytes.count)))
            } else {
                for _ in 0...random.below(8) { bytes[random.below(bytes.count)] = UInt8(random.below(256)) }
            }
            do {
                if name.hasSuffix(".docx") {
                    _ = try DocxConverter.convert(path: "content/notices/x.docx", bytes: bytes)
                } else {
                    let (workbook, _) = try WorkbookReader.read(bytes)
                    for sheet in workbook.sheets { _ = SheetTable.table(sheet, specs: LedgerParser.specs) }
                }
                read += 1
            } catch {
                errors += 1
                #expect(!error.message.isEmpty)
            }
        }
        #expect(errors + read == 150)
        #expect(errors > 0)  // most damage is found (CRC, structure, XML)
    }
}

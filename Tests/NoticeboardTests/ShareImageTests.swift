import Foundation
import Testing
@testable import NoticeboardKit

/// `noticeboard pdf --png`: a picture of every notice, roll and briefing sheet to repost in WeChat groups — about
/// 1080 px wide, the whole sheet, with a QR code a phone can scan.
@Suite("Share images", .serialized)
struct ShareImageTests {
    /// Width and height from a PNG's IHDR chunk.
    static func size(ofPNG data: Data) -> (width: Int, height: Int)? {
        let b = [UInt8](data.prefix(24))
        guard b.count == 24, b[0] == 0x89, b[1] == 0x50 else { return nil }
        func int(_ i: Int) -> Int { Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3]) }
        return (int(16), int(20))
    }

    @Test func everyNoticeRollAndBriefingHasAPNGWithItsQRCode() throws {
        let site = try DemoSite.built.get()
        let folder = site.root + "/share"
        let export = PDFExport(outputRoot: site.output, pdfRoot: folder, format: .png)
        let report = try export.run()
        let shared = export.sheets().filter(PDFExport.isShared)
        #expect(shared.contains { $0.hasPrefix("notices/") } && shared.contains { $0.hasPrefix("honours/") } && shared.contains { $0.hasPrefix("bulletins/") })
        #expect(!shared.contains { $0.hasPrefix("plans/") || $0.hasPrefix("reports/") })
        #expect(report.printed.count == shared.count, "\(report.printed)")
        for sheet in shared {
            let png = folder + "/" + PDFExport.pngName(for: sheet)
            let data = try #require(FileManager.default.contents(atPath: png), "\(png) was not made")
            let size = try #require(Self.size(ofPNG: data), "\(png) is not a PNG")
            #expect(abs(size.width - PDFExport.pngWidth) <= 2, "\(png) is \(size.width) px wide")
            #expect(size.height > 500 && size.height < 20000, "\(png) is \(size.width)×\(size.height)")
        }
        // The QR code on a notice's picture scans to the notice's page online.
        let notice = try #require(shared.first { $0.hasPrefix("notices/") && !$0.contains("公示") })
        let scanned = try PrintSheetTests.tool("zbarimg", ["--quiet", "--raw", folder + "/" + PDFExport.pngName(for: notice)])
        let url = try #require(scanned.split(separator: "\n").first.map(String.init), "no QR code found in \(notice)'s picture")
        let page = try #require(site.read(notice.replacingOccurrences(of: "print.html", with: "index.html")))
        #expect(page.contains("<link rel=\"canonical\" href=\"\(url)\">"), "QR code says \(url)")
        // A second run makes nothing again.
        #expect(try export.run().printed.isEmpty)
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

/// Prints every print sheet of the demo with headless Chromium and checks the PDFs as a person holding them would:
/// the right paper, every page accounted for, CJK fonts embedded, the end of the text on the paper, a QR code that scans.
@Suite("Print sheets in a real browser", .serialized)
struct PrintSheetTests {
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The demo built at its date, and its sheets printed once for all tests of this suite.
    static let printed: Result<(site: TestSite, report: PDFExportReport), any Error> = Result {
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: site.root + "/content")
        let result = site.build()
        guard result.errorCount == 0 else { throw BuildFailed(lines: result.lines) }
        let report = try PDFExport(outputRoot: site.output, pdfRoot: site.root + "/pdf").run()
        return (site, report)
    }

    struct BuildFailed: Error { var lines: [String] }

    @Test func everySheetIsPrinted() throws {
        let (site, report) = try Self.printed.get()
        let sheets = PDFExport(outputRoot: site.output, pdfRoot: site.root + "/pdf").sheets()
        #expect(!sheets.isEmpty)
        #expect(report.printed.count == sheets.count)
    }

    @Test func sheetsHaveTheirPaperFontsTextAndQRCode() throws {
        let (site, _) = try Self.printed.get()
        let export = PDFExport(outputRoot: site.output, pdfRoot: site.root + "/pdf")
        for sheet in export.sheets() {
            let html = try String(contentsOfFile: site.output + "/" + sheet, encoding: .utf8)
            let pdf = site.root + "/pdf/" + PDFExport.pdfName(for: sheet)
            let info = try Self.tool("pdfinfo", [pdf])
            let paper = html.contains("paper-A3") || html.contains("@page { size: A3;") ? "A3" : "A4"
            if let custom = html.firstMatch(of: /@page \{ size: (\d+)cm (\d+)cm;/) {
                // A board's print layout is the board's size: 120cm 80cm is 3402 × 2268 pt.
                // Chromium rounds the page to whole CSS pixels, so within a point or two.
                let size = info.firstMatch(of: /Page size:\s+([0-9.]+) x ([0-9.]+) pts/).map { (Double($0.1)!, Double($0.2)!) }
                let expected = (Double(custom.1)! * 72 / 2.54, Double(custom.2)! * 72 / 2.54)
                #expect(size.map { abs($0.0 - expected.0) < 2 && abs($0.1 - expected.1) < 2 } == true, "\(sheet) is not \(custom.1)×\(custom.2) cm: \(info)")
            } else {
                #expect(info.contains("(\(paper))"), "\(sheet) is not on \(paper): \(info)")
            }
            let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
            #expect(pages >= 1 && pages <= 4, "\(sheet) has \(pages) pages")

            let fonts = try Self.tool("pdffonts", [pdf]).split(separator: "\n").dropFirst(2)
            #expect(!fonts.isEmpty, "\(sheet) has no fonts")
            #expect(fonts.allSatisfy { $0.contains(" yes ") }, "\(sheet) has fonts that are not embedded")

            // What ends the sheet — the signature date, or a briefing's 共印N份 — is on the paper, so the body before it is too.
            let text = try Self.tool("pdftotext", ["-raw", pdf, "-"]).replacingOccurrences(of: "\n", with: "")
            let signDate = html.firstMatch(of: /[〇一二三四五六七八九]{4}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日/).map { String($0.0) }
            let copies = html.firstMatch(of: /共印\s*[0-9０-９]+\s*份/).map { String($0.0).filter { !$0.isWhitespace } }
            let ending = try #require(signDate ?? copies, "\(sheet) has neither a signature date nor a copies line")
            #expect(text.filter { !$0.isWhitespace }.contains(ending), "\(sheet): '\(ending)' is not on the paper")
            // The QR code decodes to the sheet's page online.
            // The demo has a base URL, so every sheet carries a QR code, and it decodes to the sheet's page online.
            let url = try #require(html.firstMatch(of: /aria-label="二维码：([^"]+)"/), "\(sheet) has no QR code")
            do {
                let png = site.root + "/qr"
                _ = try Self.tool("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", String(pages), pdf, png])
                var decoded = ""
                for page in 1...pages {
                    let name = pages >= 10 ? String(format: "%@-%02d.png", png, page) : "\(png)-\(page).png"
                    decoded += try Self.tool("zbarimg", ["-q", "--raw", name])
                }
                #expect(decoded.contains(String(url.1)), "\(sheet): QR code does not decode to \(url.1)")
            }
        }
    }

    @Test func unchangedSheetsAreNotPrintedAgain() throws {
        let (site, _) = try Self.printed.get()
        let again = try PDFExport(outputRoot: site.output, pdfRoot: site.root + "/pdf").run(session: {
            Issue.record("Chromium was started although nothing changed")
            return try ChromiumSession()
        })
        #expect(again.printed.isEmpty)
    }
}

import Foundation

/// What `noticeboard pdf` did.
public struct PDFExportReport: Sendable {
    public var printed: [String] = []
    public var unchanged: [String] = []
    public var seconds: Double = 0
}

/// Prints the site's print sheets (`…/print.html` in the output folder) to PDF with one Chromium process,
/// skipping sheets whose HTML and stylesheet did not change since their PDF was made.
public struct PDFExport {
    public let outputRoot: String
    public let pdfRoot: String
    /// Remembers, per sheet, a hash of what was printed, so unchanged sheets are not printed again.
    static let stateName = ".noticeboard-pdf-state"

    /// What is made of each sheet: a PDF for printing, or a PNG about 1080 px wide to share in WeChat groups.
    public enum Format: Sendable {
        case pdf
        case png
    }
    public var format: Format = .pdf

    /// PNG width in pixels, and the screen width the sheet is laid out at (1.6 image pixels each): narrower than
    /// A4 (794 px), so the text reads on a phone with little zooming, yet wide enough for the sheet's layout.
    public static let pngWidth = 1080
    static let pngLayoutWidth = 680

    public init(outputRoot: String, pdfRoot: String, format: Format = .pdf) {
        self.outputRoot = outputRoot
        self.pdfRoot = pdfRoot
        self.format = format
    }

    /// Sheets shared as images: notices (and 公示), honour rolls and briefings — not plans and reports, which run to
    /// several pages.
    public static func isShared(_ sheet: String) -> Bool {
        [Route.notices, .honours, .bulletins].contains { sheet.hasPrefix($0.path) }
    }

    /// Sheets printed with bookmarks from their headings: the binders (one bookmark per section and criterion).
    public static func hasOutline(_ sheet: String) -> Bool { sheet.hasPrefix(Route.checklists.path) }

    /// `notices/x/print.html` → `notices/x.png`.
    public static func pngName(for sheet: String) -> String { String(pdfName(for: sheet).dropLast(4)) + ".png" }

    /// The print sheets in the output folder, sorted (`notices/x/print.html` …).
    public func sheets() -> [String] {
        var result: [String] = []
        guard let e = FileManager.default.enumerator(atPath: outputRoot) else { return [] }
        while let p = e.nextObject() as? String {
            if Route.isPrintSheet(p) { result.append(p) }
        }
        return result.sorted()
    }

    /// `notices/x/print.html` → `notices/x.pdf`.
    public static func pdfName(for sheet: String) -> String {
        var folder = Route.pageOfPrintSheet(sheet)
        if folder.hasSuffix("/") { folder.removeLast() }
        return (folder.isEmpty ? "site" : folder) + ".pdf"
    }

    public func run(only filters: [String] = [], session: () throws -> ChromiumSession = { try ChromiumSession() }) throws -> PDFExportReport {
        let started = Date()
        var report = PDFExportReport()
        var state = readState()
        let css = FileManager.default.contents(atPath: outputRoot + "/assets/print.css") ?? Data()
        var browser: ChromiumSession?
        for sheet in sheets() where filters.isEmpty || filters.contains(where: { sheet.contains($0) }) {
            if format == .png && !Self.isShared(sheet) { continue }
            guard let html = FileManager.default.contents(atPath: outputRoot + "/" + sheet) else { continue }
            let name = format == .png ? Self.pngName(for: sheet) : Self.pdfName(for: sheet)
            let target = pdfRoot + "/" + name
            let hash = Self.fnv1a(html + css)
            if state[name] == hash, FileManager.default.fileExists(atPath: target) {
                report.unchanged.append(name)
                continue
            }
            if browser == nil { browser = try session() }
            let url = URL(fileURLWithPath: outputRoot + "/" + sheet).standardizedFileURL
            let pdf = format == .png ? try browser!.screenshotPNG(url, cssWidth: Self.pngLayoutWidth, pixelWidth: Self.pngWidth) : try browser!.printPDF(url, outline: Self.hasOutline(sheet))
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try OutputWriter.atomicWrite([UInt8](pdf), to: target)
            state[name] = hash
            report.printed.append(name)
        }
        try writeState(state)
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    private func readState() -> [String: String] {
        guard let data = FileManager.default.contents(atPath: pdfRoot + "/" + Self.stateName) else { return [:] }
        var state: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { state[String(parts[1])] = String(parts[0]) }
        }
        return state
    }

    private func writeState(_ state: [String: String]) throws {
        try FileManager.default.createDirectory(atPath: pdfRoot, withIntermediateDirectories: true)
        let text = state.sorted { $0.key < $1.key }.map { "\($0.value)\t\($0.key)\n" }.joined()
        try OutputWriter.atomicWrite(Array(text.utf8), to: pdfRoot + "/" + Self.stateName)
    }

    static func fnv1a(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(hash, radix: 16)
    }
}

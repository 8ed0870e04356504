import Foundation

/// QR codes as SVG by URL, made once per process: `serve` and the benchmark's rebuilds never encode a URL twice.
final class QRCodeCache: @unchecked Sendable {
    static let shared = QRCodeCache()
    private let lock = NSLock()
    private var svgs: [String: String] = [:]

    /// The print sheets' QR code (3 px modules, labelled with the URL), or nil when the URL does not fit in one.
    func svg(for url: String) -> String? {
        if let kept = lock.withLock({ svgs[url] }) { return kept }
        guard let code = QRCode(url) else { return nil }
        let svg = code.svg(pixelsPerModule: 3, label: "二维码：\(url)")
        lock.withLock { svgs[url] = svg }
        return svg
    }
}

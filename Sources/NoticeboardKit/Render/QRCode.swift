import Cqrencode
import Markdown

/// A QR code made by libqrencode, drawn as inline SVG so printed sheets need no image files.
public struct QRCode: Sendable, Equatable {
    /// Modules per side.
    public let size: Int
    /// Row-major dark modules.
    public let modules: [Bool]

    /// Encodes `text` (UTF-8, e.g. a page's absolute URL) with error correction level M; nil if it does not fit.
    public init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        var modules = [Bool](repeating: false, count: width * width)
        for i in 0..<(width * width) {
            modules[i] = code.pointee.data[i] & 1 == 1
        }
        self.size = width
        self.modules = modules
    }

    public func isDark(x: Int, y: Int) -> Bool { modules[y * size + x] }

    /// An SVG with a four-module quiet zone; `label` becomes its accessible name.
    public func svg(pixelsPerModule: Int = 4, label: String) -> String {
        let quiet = 4
        let total = size + quiet * 2
        // The path is built as bytes: one `M x yhNv1h-Nz` run per row segment of dark modules.
        var path: [UInt8] = []
        path.reserveCapacity(size * size * 3)
        func number(_ n: Int) {
            if n >= 100 { path.append(UInt8(48 + n / 100)) }
            if n >= 10 { path.append(UInt8(48 + (n / 10) % 10)) }
            path.append(UInt8(48 + n % 10))
        }
        for y in 0..<size {
            var x = 0
            while x < size {
                guard isDark(x: x, y: y) else { x += 1; continue }
                var run = 1
                while x + run < size, isDark(x: x + run, y: y) { run += 1 }
                path.append(UInt8(ascii: "M")); number(x + quiet); path.append(UInt8(ascii: " ")); number(y + quiet)
                path.append(UInt8(ascii: "h")); number(run)
                path.append(contentsOf: [UInt8(ascii: "v"), UInt8(ascii: "1"), UInt8(ascii: "h"), UInt8(ascii: "-")]); number(run)
                path.append(UInt8(ascii: "z"))
                x += run
            }
        }
        let d = String(decoding: path, as: UTF8.self)
        let px = total * pixelsPerModule
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(total) \(total)\" width=\"\(px)\" height=\"\(px)\" role=\"img\" aria-label=\"\(HTMLEscaping.escape(label))\" shape-rendering=\"crispEdges\"><rect width=\"\(total)\" height=\"\(total)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(d)\"/></svg>"
    }
}

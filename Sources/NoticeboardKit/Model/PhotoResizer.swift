import Cvips
import Foundation

/// Resizes a photo with libvips (the one file that calls it): decoded once, turned upright by its EXIF orientation,
/// shrunk to each width (never enlarged) and written as JPEG with all metadata stripped (EXIF, GPS,
/// XMP, IPTC, ICC, comments).
enum PhotoResizer {
    /// Why a photo could not be published.
    enum Failure: Error, Equatable {
        case undecodable(String)
        case encoding(String)
    }

    private static let started: Bool = nb_vips_start() == 0

    /// The photo as one JPEG per width, widest first in `widths` order; each at most that wide.
    static func resize(_ bytes: [UInt8], widths: [Int], quality: Int) -> Result<[(width: Int, height: Int, jpeg: [UInt8])], Failure> {
        guard started else { return .failure(.undecodable("libvips did not start")) }
        defer { nb_vips_error_clear() }
        guard let widest = widths.max() else { return .success([]) }
        let decoded = bytes.withUnsafeBytes { buffer in nb_vips_thumbnail(buffer.baseAddress, buffer.count, Int32(widest)) }
        guard let decoded else { return .failure(.undecodable(lastError())) }
        defer { nb_vips_release(decoded) }
        var out: [(Int, Int, [UInt8])] = []
        for width in widths {
            let image = width == widest ? decoded : nb_vips_thumbnail_image(decoded, Int32(width))
            guard let image else { return .failure(.encoding(lastError())) }
            defer { if image != decoded { nb_vips_release(image) } }
            var buffer: UnsafeMutableRawPointer?
            var length = 0
            guard nb_vips_jpeg(image, Int32(quality), &buffer, &length) == 0, let buffer else { return .failure(.encoding(lastError())) }
            defer { nb_vips_free(buffer) }
            out.append((Int(nb_vips_width(image)), Int(nb_vips_height(image)), Array(UnsafeRawBufferPointer(start: buffer, count: length))))
        }
        return .success(out)
    }

    private static func lastError() -> String {
        String(cString: nb_vips_error()).split(separator: "\n").first.map(String.init) ?? "unknown"
    }
}

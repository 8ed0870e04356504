import Foundation

/// Photos as the site publishes them: never the file from the phone (4000 px, megabytes, EXIF GPS of where it was
/// taken) but JPEGs 480, 960 and 1600 px wide at quality 80, upright and without metadata, offered with `srcset`.
/// Results are cached under the site's `.noticeboard-cache/photos/` by content hash, so a rebuild resizes nothing.
public enum PublishedPhotos {
    /// Widths written for every photo (a narrower photo is not enlarged: its files are as wide as it is).
    public static let widths = [480, 960, 1600]
    /// The width an `<img>` shows by default and print sheets use (A4 at about 120 dpi).
    public static let defaultWidth = 960
    /// JPEG quality (libvips' `Q`).
    public static let quality = 80
    /// Files treated as photos; anything else under `content/` is copied as it is.
    static let extensions: Set<String> = ["jpg", "jpeg", "png", "webp", "heic", "heif", "tif", "tiff"]
    /// Part of the cache key: bump when the way photos are made changes.
    static let recipe = "vips-thumbnail-q\(quality)-strip-v1"

    /// Whether a media path (`photos/a.jpg`) is a photo published as resized JPEGs.
    public static func isPhoto(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The file of one width: `photos/a.JPG` → `photos/a.w960.jpg`.
    public static func variantPath(_ path: String, width: Int) -> String {
        let stem = path.lastIndex(of: ".").map { String(path[..<$0]) } ?? path
        return "\(stem).w\(width).jpg"
    }

    /// The resized files of every photo in `media` (paths under `content/`), and an error for each photo that cannot
    /// be decoded, located at the line of the content file that references it (or at the photo when nothing does).
    static func publish(_ media: [String], loaded: LoadedSite) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let photos = media.filter(isPhoto).sorted()
        let cache = PhotoCache(folder: loaded.root + "/.noticeboard-cache/photos")
        let results = ParallelMap.map(photos) { path -> Result<[OutputFile], PhotoResizer.Failure> in
            guard let data = loaded.embeddedMedia[path].map({ Data($0) }) ?? FileManager.default.contents(atPath: loaded.root + "/" + path) else { return .failure(.undecodable("unreadable")) }
            let published = String(path.dropFirst("content/".count))
            let bytes = [UInt8](data)
            return cache.variants(of: bytes).map { variants in
                variants.map { OutputFile(path: variantPath(published, width: $0.width), bytes: $0.jpeg, source: path) }
            }
        }
        var files: [OutputFile] = [], diagnostics: [Diagnostic] = []
        for (path, result) in zip(photos, results) {
            switch result {
            case .success(let made): files += made
            case .failure(let failure):
                let reason: String
                switch failure { case .undecodable(let r), .encoding(let r): reason = r }
                // A photo nothing names is not published anyway: it gets the unused warning, not an error.
                let locations = references(to: path, in: loaded)
                if locations == [SourceLocation(path: path)] {
                    diagnostics.append(MediaUse.unused(path))
                    continue
                }
                for location in locations {
                    diagnostics.append(.error(location, "无法读取照片 \(path)：\(reason) (photo cannot be decoded)", key: "media.photo-undecodable"))
                }
            }
        }
        return (files, diagnostics)
    }

    /// Where content files name the photo (`photos/a.jpg`, or its file name): each line that mentions it, at the
    /// start of the longest part of its path written there.
    static func references(to path: String, in loaded: LoadedSite) -> [SourceLocation] {
        let parts = path.split(separator: "/")
        let forms = parts.indices.map { parts[$0...].joined(separator: "/") }  // longest first, the file name last
        guard let name = forms.last else { return [SourceLocation(path: path)] }
        var found: [SourceLocation] = []
        for file in loaded.files.sorted(by: { $0.path < $1.path }) where file.text.contains(name) {
            for (i, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let range = forms.lazy.compactMap({ line.range(of: $0) }).first else { continue }
                found.append(SourceLocation(path: file.path, line: i + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1))
            }
        }
        return found.isEmpty ? [SourceLocation(path: path)] : found
    }
}

/// Resized photos kept between builds, by a hash of the photo's bytes and the recipe.
struct PhotoCache: Sendable {
    let folder: String

    /// 128 bits from two lanes that mix the photo 8 bytes at a time (fast on megabytes of JPEG), its length and the
    /// recipe: a wrong hit would publish another photo, so one 64-bit FNV over bytes is not enough.
    static func key(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15, b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                let w = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                a = (a ^ w) &* 0xFF51_AFD7_ED55_8CCD
                a ^= a >> 33
                b = (b &+ w) &* 0xC4CE_B9FE_1A85_EC53
                b ^= b >> 29
            }
            for byte in raw[(words * 8)...] {
                a = (a ^ UInt64(byte)) &* 0xFF51_AFD7_ED55_8CCD
                b = (b &+ UInt64(byte)) &* 0xC4CE_B9FE_1A85_EC53
            }
        }
        var tail = StableHash()
        tail.add(UInt64(bytes.count))
        tail.add(PublishedPhotos.recipe)
        a ^= tail.value
        return String(a, radix: 16) + String(b ^ tail.value.byteSwapped, radix: 16)
    }

    func variants(of bytes: [UInt8]) -> Result<[(width: Int, jpeg: [UInt8])], PhotoResizer.Failure> {
        let key = Self.key(bytes)
        let fm = FileManager.default
        let cached = PublishedPhotos.widths.map { folder + "/\(key).w\($0).jpg" }
        if cached.allSatisfy({ fm.fileExists(atPath: $0) }) {
            let read = cached.compactMap { fm.contents(atPath: $0).map { [UInt8]($0) } }
            if read.count == cached.count { return .success(zip(PublishedPhotos.widths, read).map { ($0.0, $0.1) }) }
        }
        return PhotoResizer.resize(bytes, widths: PublishedPhotos.widths, quality: PublishedPhotos.quality).map { made in
            try? fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for (file, variant) in zip(cached, made) {
                // Written under a temporary name and renamed, so a killed build never leaves half a file in the cache.
                let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
                if fm.createFile(atPath: temporary, contents: Data(variant.jpeg)), rename(temporary, file) != 0 { try? fm.removeItem(atPath: temporary) }
            }
            return zip(PublishedPhotos.widths, made).map { ($0.0, $0.1.jpeg) }
        }
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

/// Photos as residents receive them: resized for phones with `srcset`, upright, with no EXIF or GPS left in them,
/// never the phone's original file; resized once (cached by content); a photo that cannot be read stops the build
/// at the line that uses it.
@Suite("Published photos")
struct PhotoTests {
    static let phonePhoto = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/photos/phone-gps.jpg"

    /// The JPEG's segments: marker → count, and the frame's size.
    static func jpegInfo(_ bytes: [UInt8]) -> (markers: [UInt8: Int], width: Int, height: Int) {
        var markers: [UInt8: Int] = [:], width = 0, height = 0, i = 2
        while i + 4 <= bytes.count, bytes[i] == 0xFF {
            let marker = bytes[i + 1]
            if marker == 0xDA { break }  // start of scan: the image data follows
            let length = Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
            markers[marker, default: 0] += 1
            if [0xC0, 0xC1, 0xC2].contains(marker), i + 9 <= bytes.count {
                height = Int(bytes[i + 5]) << 8 | Int(bytes[i + 6])
                width = Int(bytes[i + 7]) << 8 | Int(bytes[i + 8])
            }
            i += 2 + length
        }
        return (markers, width, height)
    }

    static func site(photo: [UInt8]) throws -> TestSite {
        let site = try TestSite([
            "content/notices/park.md": "---\ntitle: 小区花园开放\nkind: 通知\ndate: 2026-11-10\n---\n花园今天开放。\n\n![花园一角](photos/garden.jpg)\n",
        ])
        try site.write("content/notices/photos/garden.jpg", bytes: photo)
        return site
    }

    @Test func photosAreResizedUprightWithoutMetadata() throws {
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.phonePhoto)))
        #expect(Self.jpegInfo(original).markers[0xE1] != nil, "the fixture must carry EXIF")
        #expect(original.count > 1000 && String(decoding: original, as: UTF8.self).contains("TestPhone"))
        let site = try Self.site(photo: original)
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        #expect(site.read("notices/photos/garden.jpg") == nil, "the phone's original must not be published")
        // EXIF orientation 6: the 1200×900 picture is shown upright, 900 wide and 1200 high; never enlarged.
        for (width, expected) in [(480, (480, 640)), (960, (900, 1200)), (1600, (900, 1200))] {
            let data = try #require(FileManager.default.contents(atPath: site.output + "/notices/photos/garden.w\(width).jpg"))
            let bytes = [UInt8](data)
            let info = Self.jpegInfo(bytes)
            #expect(info.width == expected.0 && info.height == expected.1, "w\(width): \(info.width)×\(info.height)")
            // No APP1 (EXIF, XMP), APP2 (ICC), APP13 (IPTC) or comment segments; nothing of the camera or the place.
            #expect(info.markers[0xE1] == nil && info.markers[0xE2] == nil && info.markers[0xED] == nil && info.markers[0xFE] == nil,
                    "w\(width) keeps metadata: \(info.markers.keys.sorted())")
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains("Exif") && !text.contains("GPS") && !text.contains("TestPhone"))
        }
        let page = try #require(site.read("notices/park/index.html"))
        #expect(page.contains("src=\"../../notices/photos/garden.w960.jpg\""))
        #expect(page.contains("srcset=\"../../notices/photos/garden.w480.jpg 480w, ../../notices/photos/garden.w960.jpg 960w, ../../notices/photos/garden.w1600.jpg 1600w\""))
    }

    @Test func exiftoolFindsNoLocationInTheOutput() throws {
        let site = try Self.site(photo: try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.phonePhoto))))
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let before = try PrintSheetTests.tool("exiftool", ["-GPS:all", "-EXIF:all", Self.phonePhoto])
        #expect(before.contains("GPS Latitude"), "exiftool must see the fixture's location: \(before)")
        let after = try PrintSheetTests.tool("exiftool", ["-GPS:all", "-EXIF:all", "-XMP:all", "-IPTC:all", site.output + "/notices/photos/garden.w1600.jpg"])
        #expect(after.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "metadata left: \(after)")
    }

    @Test func aRebuildTakesPhotosFromTheCache() throws {
        let site = try Self.site(photo: try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.phonePhoto))))
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let cache = site.root + "/.noticeboard-cache/photos"
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".w480.jpg") }
        #expect(cached.count == 1)
        // A rebuild must use the cached file and not resize again: a marked cache entry is published as it is.
        let marked = Array("cached-not-resized".utf8)
        try Data(marked).write(to: URL(fileURLWithPath: cache + "/" + cached[0]))
        try FileManager.default.removeItem(atPath: site.output)
        #expect(site.build().errorCount == 0)
        #expect(site.read("notices/photos/garden.w480.jpg") == "cached-not-resized")
    }

    @Test func aPhotoThatCannotBeReadIsAnErrorWhereItIsUsed() throws {
        let site = try Self.site(photo: Array("这不是照片 (not a photo)".utf8))
        defer { site.remove() }
        let result = site.build()
        let error = try #require(result.first("media.photo-undecodable"))
        #expect(error.severity == .error)
        #expect(error.location.path.hasSuffix("content/notices/park.md") && error.location.line == 8 && error.location.column == 9, "\(error)")
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func onlyPhotoFilesAreResized() {
        #expect(PublishedPhotos.isPhoto("a/b.JPG") && PublishedPhotos.isPhoto("x.heic") && PublishedPhotos.isPhoto("p.png"))
        #expect(!PublishedPhotos.isPhoto("a/plan.pdf") && !PublishedPhotos.isPhoto("logo.svg") && !PublishedPhotos.isPhoto("a.jpg/readme"))
        #expect(PublishedPhotos.variantPath("honours/photos/张.JPG", width: 480) == "honours/photos/张.w480.jpg")
    }
}

/// Site paths and the links between pages: percent-encoded, relative so the site works under any folder.
public enum URLPath {
    /// Percent-encodes each segment of a site path (RFC 3986 unreserved characters stay), keeping `/`.
    public static func encode(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// `../../` for a page at `notices/x/index.html`: the way back to the site root.
    public static func root(from outputPath: String) -> String {
        let depth = outputPath.split(separator: "/", omittingEmptySubsequences: false).count - 1
        return String(repeating: "../", count: depth)
    }

    /// A relative link from the page written at `outputPath` to the site path `target`: a folder is linked by its
    /// `index.html` (`../notices/x/index.html`), so the site works from `file://` (a USB stick, a shared drive) as well
    /// as from any web server. Canonical URLs, the sitemap and the feed keep clean folder URLs (`SiteProfile.absoluteURL`).
    public static func link(from outputPath: String, to target: String) -> String {
        root(from: outputPath) + encode(outputFile(for: target))
    }

    /// The output file for a site path: `notices/x/` → `notices/x/index.html`.
    public static func outputFile(for path: String) -> String {
        if path.isEmpty { return "index.html" }
        return path.hasSuffix("/") ? path + "index.html" : path
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

import Foundation
import NoticeboardKit

/// What a request path asks for in the built site: a file, a redirect to the folder URL, or nothing.
///
/// Works on the raw, percent-encoded path so that `%2e%2e` and encoded slashes are judged after decoding.
public enum PreviewPath: Equatable, Sendable {
    case file(String)
    case redirect(String)
    case notFound
    case forbidden

    /// Resolves `rawPath` (`/notices/%E5%81%9C%E6%B0%B4/`) against the set of built paths (`notices/停水/index.html`).
    public static func resolve(_ rawPath: String, exists: (String) -> Bool) -> PreviewPath {
        let pathOnly = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard pathOnly.hasPrefix("/"), let decoded = pathOnly.removingPercentEncoding else { return .forbidden }
        if decoded.contains("\0") || decoded.contains("\\") || decoded.hasPrefix("//") { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        let relative = segments.joined(separator: "/")
        let index = Route.file(for: "")
        if relative.isEmpty { return exists(index) ? .file(index) : .notFound }
        if decoded.hasSuffix("/") {
            return exists(Route.file(for: relative + "/")) ? .file(Route.file(for: relative + "/")) : .notFound
        }
        if exists(relative) { return .file(relative) }
        if exists(Route.file(for: relative + "/")) {
            // Keep the client's own encoding of the path, add the slash, keep the query.
            let query = rawPath.contains("?") ? "?" + rawPath.split(separator: "?", maxSplits: 1)[1] : ""
            return .redirect(pathOnly + "/" + query)
        }
        return .notFound
    }

    /// The `Content-Type` of a file by its extension; text types carry `charset=utf-8`.
    public static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "ics": return "text/calendar; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }
}

import Foundation
import Markdown
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Makes an SVG from `content/` safe to publish on the site's own origin: the file is read as XML and written again
/// with only elements, attributes and text. Scripts, `foreignObject`, animations (which can rewrite links), style
/// sheets, event attributes (`onload=`), links that leave the file (`href`/`xlink:href` other than `#…`) and `url(…)`
/// pointing outside it are dropped; comments, processing instructions and the DOCTYPE (entities) go too.
/// An SVG that is not well-formed XML is not published at all.
public enum SVGSanitizer {
    /// Elements dropped with everything inside them.
    static let droppedElements: Set<String> = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener",
                                               "set", "animate", "animatemotion", "animatetransform", "animatecolor", "style",
                                               "audio", "video", "discard"]

    /// The sanitised bytes and what was removed (empty when the file was already clean), or nil for a file that is not
    /// well-formed SVG.
    public static func sanitize(_ bytes: [UInt8]) -> (bytes: [UInt8], removed: [String])? {
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let writer = Writer()
        parser.delegate = writer
        guard parser.parse(), writer.sawSVG, writer.depth == 0 else { return nil }
        let removed = writer.removed.sorted()
        return (Array(writer.out.utf8), removed)
    }

    private final class Writer: NSObject, XMLParserDelegate {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        var removed = Set<String>()
        var depth = 0
        /// Depth of the element being dropped, while inside one.
        var droppedAt: Int?
        var sawSVG = false

        static func localName(_ name: String) -> String {
            String(name.split(separator: ":").last ?? Substring(name)).lowercased()
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes: [String: String] = [:]) {
            depth += 1
            guard droppedAt == nil else { return }
            let local = Self.localName(elementName)
            if depth == 1 {
                guard local == "svg" else { parser.abortParsing(); return }
                sawSVG = true
            }
            if SVGSanitizer.droppedElements.contains(local) {
                droppedAt = depth
                removed.insert("<\(local)>")
                return
            }
            out += "<" + elementName
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
                if let reason = SVGSanitizer.unsafe(attribute: name, value: value) {
                    removed.insert(reason)
                    continue
                }
                out += " \(name)=\"\(HTMLEscaping.escape(value))\""
            }
            out += ">"
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            defer { depth -= 1 }
            if let at = droppedAt {
                if at == depth { droppedAt = nil }
                return
            }
            out += "</" + elementName + ">"
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard droppedAt == nil, depth > 0 else { return }
            out += HTMLEscaping.escape(string)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard droppedAt == nil, depth > 0 else { return }
            out += HTMLEscaping.escape(String(decoding: CDATABlock, as: UTF8.self))
        }
    }

    /// Why an attribute is dropped, or nil to keep it.
    static func unsafe(attribute name: String, value: String) -> String? {
        let local = Writer.localName(name)
        if local.hasPrefix("on") { return "\(local)=" }
        let compact = value.lowercased().filter { !$0.isWhitespace && !$0.isNewline }
        if local == "href" || local == "src" || name.lowercased() == "xlink:href" {
            if !compact.hasPrefix("#") { return "\(name)=\"\(value.prefix(40))\"" }
        }
        if compact.contains("javascript:") || compact.contains("vbscript:") || compact.contains("data:text") { return "\(local)=" }
        if compact.contains("@import") || compact.contains("expression(") { return "\(local)=" }
        var rest = Substring(compact)
        while let r = rest.range(of: "url(") {
            let inner = rest[r.upperBound...].drop { $0 == "'" || $0 == "\"" }
            if !inner.hasPrefix("#") { return "\(local)=url(…)" }
            rest = rest[r.upperBound...]
        }
        return nil
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of an Office XML part, with namespace prefixes removed from element and attribute names.
public struct OfficeXMLNode: Sendable {
    public var name: String
    public var attributes: [String: String]
    public var children: [OfficeXMLNode] = []
    /// The character data directly inside this element.
    public var text: String = ""

    public subscript(_ attribute: String) -> String? { attributes[attribute] }
    public func child(_ name: String) -> OfficeXMLNode? { children.first { $0.name == name } }
    public func children(_ name: String) -> [OfficeXMLNode] { children.filter { $0.name == name } }

    /// Every descendant element named `name`, in document order.
    public func descendants(_ name: String) -> [OfficeXMLNode] {
        var result: [OfficeXMLNode] = []
        var stack: [OfficeXMLNode] = children.reversed()
        while let node = stack.popLast() {
            if node.name == name { result.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return result
    }
}

/// Parses Office XML parts with Foundation's XMLParser: no DOCTYPE (so no entities, internal or external), no external
/// resolution, bounded nesting. Errors name the part and its line and column.
public enum OfficeXML {
    /// Deepest element nesting accepted.
    public static let maximumDepth = 256

    /// Events for a streaming reader.
    public protocol Handler: AnyObject {
        func start(_ name: String, _ attributes: [String: String])
        func end(_ name: String)
        func text(_ text: String)
    }

    /// Streams `bytes` to `handler`; refuses a DOCTYPE before parsing.
    public static func stream(_ bytes: [UInt8], part: String, handler: Handler) throws(OfficeFailure) {
        var data = bytes
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // UTF-16 parts are re-encoded as UTF-8 so the DOCTYPE check below sees the text.
            guard let s = String(data: Data(bytes), encoding: .utf16) else {
                throw .malformedXML(part: part, line: 1, column: 1, reason: "UTF-16 编码错误 (bad UTF-16)")
            }
            let fixed = s.replacingOccurrences(of: "encoding=\"UTF-16\"", with: "encoding=\"UTF-8\"", options: .caseInsensitive)
            data = Array(fixed.utf8)
        }
        if containsDoctype(data) { throw .doctype(part: part) }
        // Foundation's parser runs libxml2 in recover mode and stops the program on a name that is not UTF-8:
        // every part must be UTF-8 (what Office writes) before it is parsed.
        if let bad = data.firstIndex(of: 0) ?? TextDecoding.firstInvalidUTF8(data[...]) {
            let (line, column) = TextDecoding.lineAndColumn(ofByte: bad, in: data)
            throw .malformedXML(part: part, line: line, column: column, reason: "第 \(bad) 字节不是 UTF-8 (not UTF-8 at byte \(bad))")
        }
        if let declared = declaredEncoding(data), !["utf-8", "utf8"].contains(declared.lowercased()) {
            throw .malformedXML(part: part, line: 1, column: 1, reason: "编码 \(declared) 不受支持 (encoding \(declared) not supported)")
        }
        let parser = XMLParser(data: Data(data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        let delegate = Delegate(handler: handler)
        parser.delegate = delegate
        if !parser.parse() || delegate.tooDeep {
            if delegate.tooDeep {
                throw .malformedXML(part: part, line: parser.lineNumber, column: parser.columnNumber, reason: "嵌套超过 \(maximumDepth) 层 (nested too deeply)")
            }
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "解析失败"
            throw .malformedXML(part: part, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber), reason: reason)
        }
        if delegate.depth != 0 || !delegate.sawRoot {
            throw .malformedXML(part: part, line: max(1, parser.lineNumber), column: max(1, parser.columnNumber), reason: "XML 在元素结束前就中断了 (XML ends before its elements are closed)")
        }
    }

    /// Parses `bytes` into a tree (for the small parts: workbook, styles, numbering, the document).
    public static func parseTree(_ bytes: [UInt8], part: String) throws(OfficeFailure) -> OfficeXMLNode {
        let builder = TreeBuilder()
        try stream(bytes, part: part, handler: builder)
        if builder.count > OfficePackage.Limits.elements {
            throw .tooMany(what: "\(part) 中的 XML 元素 (XML elements)", limit: OfficePackage.Limits.elements)
        }
        guard let root = builder.root else { throw .malformedXML(part: part, line: 1, column: 1, reason: "没有根元素 (no root element)") }
        return root
    }

    /// True when the bytes contain `<!DOCTYPE` or `<!ENTITY` (any case) outside nothing: Office never writes either.
    static func containsDoctype(_ bytes: [UInt8]) -> Bool {
        let needles: [[UInt8]] = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x3C, i + 1 < bytes.count, bytes[i + 1] == 0x21 {
                for needle in needles where i + needle.count <= bytes.count {
                    var match = true
                    for k in 0..<needle.count {
                        let a = bytes[i + k], b = needle[k]
                        if a != b && (a | 0x20) != (b | 0x20) { match = false; break }
                    }
                    if match { return true }
                }
            }
            i += 1
        }
        return false
    }

    /// The `encoding` of the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`), if any.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        guard bytes.starts(with: Array("<?xml".utf8)) else { return nil }
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }

    final class Delegate: NSObject, XMLParserDelegate {
        let handler: Handler
        var depth = 0
        var tooDeep = false
        var sawRoot = false
        init(handler: Handler) { self.handler = handler }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            depth += 1
            sawRoot = true
            if depth > OfficeXML.maximumDepth {
                tooDeep = true
                parser.abortParsing()
                return
            }
            var attributes: [String: String] = [:]
            for (k, v) in attributeDict {
                let local = OfficeXML.localName(k)
                if attributes[local] == nil || !k.contains(":") { attributes[local] = v }
            }
            handler.start(OfficeXML.localName(elementName), attributes)
        }
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            depth -= 1
            handler.end(OfficeXML.localName(elementName))
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { handler.text(string) }
        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) { handler.text(String(decoding: CDATABlock, as: UTF8.self)) }
        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
    }

    final class TreeBuilder: Handler {
        var stack: [OfficeXMLNode] = []
        var root: OfficeXMLNode?
        /// Elements seen; past the limit nothing more is kept (the caller then refuses the part).
        var count = 0
        func start(_ name: String, _ attributes: [String: String]) {
            count += 1
            stack.append(OfficeXMLNode(name: name, attributes: count > OfficePackage.Limits.elements ? [:] : attributes))
        }
        func end(_ name: String) {
            guard let node = stack.popLast() else { return }
            if stack.isEmpty { root = node } else if count <= OfficePackage.Limits.elements { stack[stack.count - 1].children.append(node) }
        }
        func text(_ text: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += text
        }
    }
}

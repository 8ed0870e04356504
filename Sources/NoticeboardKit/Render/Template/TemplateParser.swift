/// Parses Mustache text into `CompiledTemplate` nodes once, with the standalone-line rules of the Mustache spec exactly
/// as swift-mustache applies them, so both renderers print the same bytes (a test renders every demo page both ways).
struct TemplateParser {
    /// A parse failure with the line and column (1-based) where it was found.
    struct Failure: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    private let chars: [Character]
    private var pos = 0

    private init(_ text: String) { chars = Array(text) }

    static func parse(_ text: String) throws(Failure) -> CompiledTemplate {
        var p = TemplateParser(text)
        return try p.parseBody(State())
    }

    private struct State {
        var sectionName: String?
        var newLine = true
        var isParentBody = false
        var isParentTopLevel = false
        var parentIndent: [Character]?
    }

    private var atEnd: Bool { pos >= chars.count }
    private var current: Character { chars[pos] }

    private func failure(_ message: String) -> Failure {
        var line = 1, column = 1
        for c in chars[..<min(pos, chars.count)] {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Failure(message: message, line: line, column: column)
    }

    private mutating func readSpaces() -> [Character] {
        let start = pos
        while !atEnd, current == " " || current == "\t" { pos += 1 }
        return Array(chars[start..<pos])
    }

    private mutating func skipWhitespace() { while !atEnd, current.isWhitespace { pos += 1 } }

    /// Text up to a newline or the opening `{{` (consumed).
    private mutating func readText() -> String {
        var text = ""
        while !atEnd {
            if current == "\n" { break }
            if current == "{", pos + 1 < chars.count, chars[pos + 1] == "{" { pos += 2; return text }
            text.append(current)
            pos += 1
        }
        return text
    }

    private static let nameChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialChars = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    private mutating func readName(_ allowed: Set<Character> = nameChars) throws(Failure) -> String {
        skipWhitespace()
        var name = ""
        while !atEnd, allowed.contains(current) { name.append(current); pos += 1 }
        skipWhitespace()
        guard readClose() else { throw failure("unfinished tag") }
        return name
    }

    private mutating func readClose() -> Bool {
        guard pos + 1 < chars.count, chars[pos] == "}", chars[pos + 1] == "}" else { return false }
        pos += 2
        return true
    }

    /// After a tag: the rest of the line is blank, so the tag stands alone (its line is consumed).
    private mutating func standalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var p = pos
        while p < chars.count, chars[p] == " " || chars[p] == "\t" { p += 1 }
        if p < chars.count, chars[p] == "\n" { pos = p + 1; return true }
        return false
    }

    private mutating func parseBody(_ initial: State) throws(Failure) -> CompiledTemplate {
        var nodes: [TemplateNode] = []
        var state = initial
        var spaceBefore = ""
        while !atEnd {
            if state.newLine {
                let space = readSpaces()
                if state.isParentBody, !state.isParentTopLevel {
                    if let indent = state.parentIndent { spaceBefore = String(space.dropFirst(indent.count)) } else { state.parentIndent = space }
                } else {
                    spaceBefore = String(space)
                }
            }
            let text = readText()
            if !atEnd, current == "\n" {
                nodes.append(.text(spaceBefore + text + "\n"))
                state.newLine = true
                pos += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(spaceBefore + text))
                spaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            func flushSpace() { if !spaceBefore.isEmpty { nodes.append(.text(spaceBefore)); spaceBefore = "" } }
            switch current {
            case "#", "^":
                let inverted = current == "^"
                pos += 1
                let name = try readName()
                if standalone(state) { setNewLine = true } else { flushSpace() }
                var inner = state
                inner.sectionName = name
                inner.isParentTopLevel = false
                if !setNewLine { inner.newLine = false }
                let body = try parseBody(inner)
                nodes.append(inverted ? .inverted(TemplateName(name), body) : .section(TemplateName(name), body))
            case "/":
                pos += 1
                let name = try readName()
                guard name == state.sectionName else { throw failure("section close name incorrect") }
                if !standalone(state) { flushSpace() }
                return CompiledTemplate(nodes)
            case "!":
                pos += 1
                while !atEnd, !(current == "}" && pos + 1 < chars.count && chars[pos + 1] == "}") { pos += 1 }
                guard readClose() else { throw failure("unfinished comment") }
                setNewLine = standalone(state)
            case "{":
                flushSpace()
                pos += 1
                let name = try readName()
                guard !atEnd, current == "}" else { throw failure("unfinished tag") }
                pos += 1
                nodes.append(.variable(TemplateName(name), escaped: false))
            case "&":
                flushSpace()
                pos += 1
                nodes.append(.variable(TemplateName(try readName()), escaped: false))
            case ">":
                pos += 1
                skipWhitespace()
                let name = try readName(Self.partialChars)
                if !spaceBefore.isEmpty { nodes.append(.text(spaceBefore)) }
                if standalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indent: spaceBefore, overrides: nil))
                } else {
                    nodes.append(.partial(name, indent: nil, overrides: nil))
                }
                spaceBefore = ""
            case "<":
                pos += 1
                skipWhitespace()
                let name = try readName(Self.partialChars)
                if !spaceBefore.isEmpty { nodes.append(.text(spaceBefore)) }
                if standalone(state) { setNewLine = true }
                var inner = state
                inner.sectionName = name
                inner.newLine = true
                inner.isParentBody = true
                inner.isParentTopLevel = true
                let body = try parseBody(inner)
                var overrides: [String: CompiledTemplate] = [:]
                for node in body.nodes {
                    switch node {
                    case .blockDefinition(let n, let t): overrides[n] = t
                    case .text: break
                    default: throw failure("illegal tag inside a parent template")
                    }
                }
                nodes.append(.partial(name, indent: spaceBefore, overrides: overrides))
                spaceBefore = ""
            case "$":
                pos += 1
                let name = try readName()
                if state.isParentTopLevel {
                    if standalone(state) { setNewLine = true }
                    var inner = state
                    inner.sectionName = name
                    inner.isParentTopLevel = false
                    if !setNewLine { inner.newLine = false }
                    nodes.append(.blockDefinition(name, try parseBody(inner)))
                } else {
                    if !spaceBefore.isEmpty { nodes.append(.text(spaceBefore)) }
                    if standalone(state) { setNewLine = true }
                    var inner = state
                    inner.sectionName = name
                    inner.isParentTopLevel = false
                    if !setNewLine { inner.newLine = false }
                    nodes.append(.block(name, try parseBody(inner), indent: spaceBefore))
                    spaceBefore = ""
                }
            case "=", "%":
                throw failure("delimiter changes and pragmas are not supported in the built-in theme")
            default:
                flushSpace()
                nodes.append(.variable(TemplateName(try readName()), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw failure("expected section end") }
        return CompiledTemplate(nodes)
    }
}

/// A dotted name split once at parse time (`site.name` → `site`, `name`); `.` is the current value.
struct TemplateName: Sendable {
    let parts: [String]
    /// `parts` as interned key numbers (`TemplateKeys`).
    let ids: [Int]
    let isCurrent: Bool
    let fromTop: Bool

    init(_ name: String) {
        isCurrent = name == "."
        fromTop = name.first == "." && name != "."
        parts = name.split(separator: ".").map(String.init)
        ids = parts.map(TemplateKeys.id)
    }
}

/// One piece of a parsed template.
indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, CompiledTemplate)
    case inverted(TemplateName, CompiledTemplate)
    case partial(String, indent: String?, overrides: [String: CompiledTemplate]?)
    case block(String, CompiledTemplate, indent: String?)
    case blockDefinition(String, CompiledTemplate)
}

/// A template parsed once, rendered many times by `TemplateRenderer`.
struct CompiledTemplate: Sendable {
    let nodes: [TemplateNode]
    init(_ nodes: [TemplateNode]) { self.nodes = nodes }
}

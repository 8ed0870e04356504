import CYaml

/// Reads YAML as libyaml's event stream before anything builds a tree from it, and refuses what could exhaust memory or
/// the stack, or put invisible bytes into pages: anchors and aliases (`&a`, `*a`: “billion laughs”), nesting deeper than
/// `maximumDepth`, control characters written as escapes (`"\0"`), lines longer than `maximumLineBytes`. It also finds a
/// key written twice in one mapping, at its second occurrence. Syntax errors are left to the composer, which names them.
public enum YAMLGuard {
    /// Lists and mappings may nest this deep (a content file needs four or five levels).
    public static let maximumDepth = 64
    /// A YAML line may hold this many bytes (a long summary fits; a megabyte on one line is not typed by hand).
    public static let maximumLineBytes = 1_000_000

    /// A problem found, at a 1-based line and character column of the YAML text.
    public struct Finding: Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var key: String
        public var message: String
    }

    /// The first problem in `yaml`, or nil (also nil for a syntax error, which the composer reports with its context).
    public static func check(_ yaml: String) -> Finding? {
        if let long = longLine(yaml) { return long }
        var text = yaml
        return text.withUTF8 { buffer -> Finding? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            /// One open collection: for a mapping, whether a key comes next and the keys seen so far.
            struct Frame { var isMapping: Bool; var expectsKey = true; var keys: Set<String> = [] }
            var stack: [Frame] = []
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
                func finding(_ key: String, _ message: String) -> Finding { Finding(line: line, column: column, key: key, message: message) }
                // A node starts: it is a key or a value of the mapping around it.
                func nodeStarts(key: String?) -> Finding? {
                    guard let top = stack.indices.last, stack[top].isMapping else { return nil }
                    defer { stack[top].expectsKey.toggle() }
                    guard stack[top].expectsKey, let key else { return nil }
                    if !stack[top].keys.insert(key).inserted {
                        return finding("yaml.duplicate-key", "键重复：“\(key)”在同一层写了两次 (duplicate key '\(key)')")
                    }
                    return nil
                }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT:
                    return finding("yaml.alias", "不支持 YAML 别名（*名称）：请把内容直接写出来 (YAML aliases are not accepted)")
                case YAML_SCALAR_EVENT:
                    if event.data.scalar.anchor != nil {
                        return finding("yaml.alias", "不支持 YAML 锚点（&名称）：请把内容直接写出来 (YAML anchors are not accepted)")
                    }
                    let value = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
                    if let bad = controlCharacter(in: value) {
                        return finding("yaml.control-character", "值里有看不见的控制字符（U+\(bad)），多半来自 \"\\0\" 之类的转义 (control character in a value)")
                    }
                    let plainKey = String(decoding: value, as: UTF8.self)
                    if let found = nodeStarts(key: plainKey) { return found }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                    if anchor != nil {
                        return finding("yaml.alias", "不支持 YAML 锚点（&名称）：请把内容直接写出来 (YAML anchors are not accepted)")
                    }
                    if let found = nodeStarts(key: nil) { return found }
                    stack.append(Frame(isMapping: isMapping))
                    if stack.count > maximumDepth {
                        return finding("yaml.too-deep", "列表或键值表嵌套超过 \(maximumDepth) 层 (YAML nested more than \(maximumDepth) levels)")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    if !stack.isEmpty { stack.removeLast() }
                default:
                    break
                }
            }
        }
    }

    /// The first C0 control character other than tab, line feed and carriage return (line breaks, escaped wherever
    /// they go), DEL, or a C1 control, as hex.
    static func controlCharacter(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F {
                return String(format4(UInt32(b)))
            }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                return String(format4(UInt32(bytes[i + 1])))
            }
            i += 1
        }
        return nil
    }

    private static func format4(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func longLine(_ yaml: String) -> Finding? {
        var line = 1, length = 0
        for b in yaml.utf8 {
            if b == 0x0A { line += 1; length = 0; continue }
            length += 1
            if length > maximumLineBytes {
                return Finding(line: line, column: 1, key: "yaml.line-too-long",
                               message: "这一行超过 \(maximumLineBytes) 字节，不是手写的内容 (YAML line longer than \(maximumLineBytes) bytes)")
            }
        }
        return nil
    }
}

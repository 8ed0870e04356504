/// A key a content type accepts, with the Chinese aliases staff may type instead.
public struct FieldSpec: Sendable {
    public var name: String
    public var aliases: [String]
    public init(_ name: String, _ aliases: String...) {
        self.name = name
        self.aliases = aliases
    }
}

/// Reads typed fields out of a YAML mapping, collecting a located diagnostic for every problem instead of stopping.
public struct FieldReader {
    public private(set) var diagnostics = DiagnosticList()
    /// Where the mapping is (used for missing keys).
    public let location: SourceLocation
    private var values: [String: (key: SourceLocation, value: YAMLValue)] = [:]

    /// Matches keys of `value` (a mapping, or nil for an empty header) against `specs`; unknown keys become warnings.
    public init(_ value: YAMLValue?, specs: [FieldSpec], at location: SourceLocation, what: String) {
        self.location = value?.location ?? location
        guard let value else { return }
        guard let pairs = value.mapping else {
            diagnostics.error(value.location, "\(what)应为“键: 值”的形式，而不是\(value.shapeName) (expected a mapping of keys)", key: "yaml.type")
            return
        }
        var lookup: [String: String] = [:]
        for spec in specs {
            lookup[spec.name] = spec.name
            for alias in spec.aliases { lookup[alias] = spec.name }
        }
        let known = specs.flatMap { [$0.name] + $0.aliases }
        for (key, item) in pairs {
            guard let keyText = key.string else {
                diagnostics.error(key.location, "键必须是文字 (keys must be text)", key: "yaml.type")
                continue
            }
            let trimmed = keyText.trimmingCharacters(in: .whitespaces)
            guard let canonical = lookup[trimmed] ?? lookup[trimmed.lowercased()] else {
                diagnostics.warning(key.location, "未知的键“\(trimmed)”\(Suggestion.hint(for: trimmed, in: known)) (unknown key in \(what))", key: "key.unknown")
                continue
            }
            if let previous = values[canonical] {
                diagnostics.error(key.location, "“\(trimmed)”与第 \(previous.key.line) 行重复（\(canonical)）(key given twice)", key: "key.duplicate")
                continue
            }
            values[canonical] = (key.location, item)
        }
    }

    public func has(_ name: String) -> Bool { values[name].map { !$0.value.isNull } ?? false }

    public func value(_ name: String) -> YAMLValue? {
        guard let v = values[name]?.value, !v.isNull else { return nil }
        return v
    }

    /// Where the value of a key is, or the mapping's location if the key is absent.
    public func location(of name: String) -> SourceLocation { values[name]?.value.location ?? location }

    private mutating func missing(_ name: String, _ label: String) {
        diagnostics.error(location, "缺少必填项“\(label)”(missing required key '\(name)')", key: "key.missing")
    }

    public mutating func string(_ name: String, label: String? = nil, required: Bool = false) -> String? {
        guard let v = value(name) else {
            if required { missing(name, label ?? name) }
            return nil
        }
        guard let s = v.string else {
            diagnostics.error(v.location, "“\(label ?? name)”应为文字，而不是\(v.shapeName) (\(name): expected text)", key: "yaml.type")
            return nil
        }
        let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty, required { missing(name, label ?? name); return nil }
        return trimmed
    }

    public mutating func date(_ name: String, label: String? = nil, required: Bool = false) -> LocalDate? {
        guard let v = value(name) else {
            if required { missing(name, label ?? name) }
            return nil
        }
        return Self.date(v, label: label ?? name, diagnostics: &diagnostics)
    }

    /// Reads a date value strictly; reports a nonexistent date or a wrong format at the value.
    public static func date(_ v: YAMLValue, label: String, diagnostics: inout DiagnosticList) -> LocalDate? {
        guard let s = v.string else {
            diagnostics.error(v.location, "“\(label)”应为日期（如 \(DateExample.written)），而不是\(v.shapeName) (expected a date)", key: "yaml.type")
            return nil
        }
        switch LocalDate.parse(s) {
        case .success(let d): return d
        case .failure(.nonexistent):
            diagnostics.error(v.location, "日期不存在：\(s) (impossible date)", key: "date.invalid")
        case .failure(.format):
            diagnostics.error(v.location, "日期格式不对：“\(s)”，应写成 \(DateExample.written) (date format: use YYYY-MM-DD)", key: "date.format")
        case .failure(.outOfRange):
            diagnostics.error(v.location, "日期 \(s) 超出 1900—2200 年，多半是笔误；“长期有效”请不要写截止日期 (date outside the years 1900–2200)", key: "date.range")
        }
        return nil
    }

    /// The largest whole number any field accepts unless it names its own `maximum` (counts of people, days …).
    public static let defaultMaximum = 1_000_000

    public mutating func int(_ name: String, label: String? = nil, required: Bool = false, minimum: Int? = 0, maximum: Int = FieldReader.defaultMaximum) -> Int? {
        guard let v = value(name) else {
            if required { missing(name, label ?? name) }
            return nil
        }
        return Self.int(v, name: name, label: label ?? name, minimum: minimum, maximum: maximum, diagnostics: &diagnostics)
    }

    /// A whole number between `minimum` and `maximum`; a run of digits too long for any integer is a range error, not a trap.
    public static func int(_ v: YAMLValue, name: String, label: String, minimum: Int?, maximum: Int, diagnostics: inout DiagnosticList) -> Int? {
        let text = v.string?.trimmingCharacters(in: .whitespaces) ?? ""
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        let allDigits = !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        guard let n = Int(text) else {
            if allDigits {
                diagnostics.error(v.location, "“\(label)”数值过大，不能超过 \(maximum) (\(name): at most \(maximum))", key: "number.range")
            } else {
                diagnostics.error(v.location, "“\(label)”应为整数 (\(name): expected a whole number)", key: "number.invalid")
            }
            return nil
        }
        if let minimum, n < minimum {
            diagnostics.error(v.location, "“\(label)”不能小于 \(minimum) (\(name): must be at least \(minimum))", key: "number.range")
            return nil
        }
        if n > maximum {
            diagnostics.error(v.location, "“\(label)”不能超过 \(maximum) (\(name): at most \(maximum))", key: "number.range")
            return nil
        }
        return n
    }

    public mutating func bool(_ name: String, label: String? = nil) -> Bool? {
        guard let v = value(name) else { return nil }
        guard let s = v.string, let b = Self.boolValue(s) else {
            diagnostics.error(v.location, "“\(label ?? name)”应为 true/false（是/否）(\(name): expected true or false)", key: "yaml.type")
            return nil
        }
        return b
    }

    static func boolValue(_ s: String) -> Bool? {
        switch s.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "on", "是", "y": return true
        case "false", "no", "off", "否", "n": return false
        default: return nil
        }
    }

    /// A list of texts; a single text is accepted as a one-item list.
    public mutating func strings(_ name: String, label: String? = nil) -> [(String, SourceLocation)] {
        guard let v = value(name) else { return [] }
        if let s = v.string { return [(s, v.location)] }
        guard let items = v.sequence else {
            diagnostics.error(v.location, "“\(label ?? name)”应为列表 (\(name): expected a list)", key: "yaml.type")
            return []
        }
        var out: [(String, SourceLocation)] = []
        for item in items {
            guard let s = item.string else {
                diagnostics.error(item.location, "“\(label ?? name)”的每一项应为文字 (\(name): items must be text)", key: "yaml.type")
                continue
            }
            out.append((s, item.location))
        }
        return out
    }

    /// A nested mapping read with its own specs; its diagnostics join this reader's.
    public mutating func nested(_ name: String, specs: [FieldSpec], label: String? = nil) -> FieldReader? {
        guard let v = value(name) else { return nil }
        let reader = FieldReader(v, specs: specs, at: v.location, what: "“\(label ?? name)”")
        return reader
    }

    public mutating func absorb(_ other: FieldReader) {
        diagnostics.append(contentsOf: other.diagnostics.items)
    }

    public mutating func report(_ d: Diagnostic) { diagnostics.append(d) }
}

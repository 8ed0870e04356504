/// A checklist's 序号 as street offices write it: `一、` `（一）` `1、` (the plan outline's forms, read by
/// `OutlineNumber`), a bare `一` or `3`, or a dotted path `2.1.3`. At most three levels.
public struct ChecklistNumber: Sendable, Equatable {
    public enum Form: Sendable, Equatable {
        /// `一、` `（一）` `1、`, or bare `一` / `3`: the level and its value, placed under the item above.
        case outline(level: Int, value: Int)
        /// `2.1.3`: the whole path.
        case dotted([Int])
    }
    public var form: Form
    /// Text after the number in the same cell (`一、基础工作` → `基础工作`).
    public var rest: String

    public var level: Int {
        switch form {
        case .outline(let level, _): return level
        case .dotted(let parts): return parts.count
        }
    }

    /// Reads a 序号 cell; nil when it is not a number of the first three levels.
    public static func read(_ cell: String) -> ChecklistNumber? {
        let text = cell.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let normal = String(text.map { c -> Character in
            if let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v), c.unicodeScalars.count == 1 { return Character(UnicodeScalar(v - 0xFF10 + 0x30)!) }
            return c == "．" ? "." : c
        })
        // 2.1.3 / 2.1 / 3 / 3. (dots between ASCII digits only)
        var digits = normal
        if digits.hasSuffix(".") || digits.hasSuffix("、") { digits.removeLast() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        if !digits.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
            let values = parts.compactMap { Int($0) }
            guard values.count == parts.count, (1...3).contains(values.count), values.allSatisfy({ $0 >= 1 }) else { return nil }
            if values.count == 1 { return ChecklistNumber(form: .outline(level: 3, value: values[0]), rest: "") }
            return ChecklistNumber(form: .dotted(values), rest: "")
        }
        if let n = ChineseNumber.value(text), n >= 1 { return ChecklistNumber(form: .outline(level: 1, value: n), rest: "") }
        guard let outline = OutlineNumber.parse(text), let value = outline.value, outline.level <= 3 else { return nil }
        let rest = String(text.dropFirst(outline.length)).trimmingCharacters(in: .whitespaces)
        return ChecklistNumber(form: .outline(level: outline.level, value: value), rest: rest)
    }
}

/// 分值 and 自评分: a number of points, `5`, `5分`, `2.5`, `５`, `五`; never negative, at most `maximum`.
enum ChecklistPoints {
    /// One criterion's points, and a whole checklist's, may not exceed this.
    static let maximum = 1000.0

    static func read(_ value: YAMLValue, label: String, key: String, diagnostics: inout DiagnosticList) -> Double? {
        guard let raw = value.string else {
            diagnostics.error(value.location, "“\(label)”应为数字 (\(key): expected a number)", key: "number.invalid")
            return nil
        }
        var t = raw.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("分") { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces) }
        t = String(t.map { c -> Character in
            if let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v), c.unicodeScalars.count == 1 { return Character(UnicodeScalar(v - 0xFF10 + 0x30)!) }
            return c == "．" ? "." : c
        })
        let n: Double
        if t.count <= 12, let d = Double(t), d.isFinite, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) {
            n = d
        } else if let c = ChineseNumber.value(t) {
            n = Double(c)
        } else {
            diagnostics.error(value.location, "“\(label)”应为数字，如 5 或 2.5（写的是“\(raw)”）(\(key): expected a number of points)", key: "number.invalid")
            return nil
        }
        if n < 0 {
            diagnostics.error(value.location, "“\(label)”不能小于 0 (\(key): must be at least 0)", key: "number.range")
            return nil
        }
        if n > maximum {
            diagnostics.error(value.location, "“\(label)”为 \(raw)，超过上限 \(Int(maximum)) 分 (\(key): at most \(Int(maximum)) points)", key: "checklist.points-range")
            return nil
        }
        if (n * 10).rounded() != n * 10 {
            diagnostics.error(value.location, "“\(label)”最多一位小数（写的是“\(raw)”）(\(key): at most one decimal)", key: "number.invalid")
            return nil
        }
        return n
    }
}

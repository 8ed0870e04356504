import Foundation

/// A value a template can show: text, a number, a flag, a nested view or a list. Content text is escaped when shown
/// with `{{name}}`; only rendered Markdown and generated SVG are shown with `{{{name}}}`.
public enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case view(any TemplateView)
    case list([TemplateValue])

    /// A list of views (`{{#notices}}…{{/notices}}`).
    public static func views<V: TemplateView>(_ items: [V]) -> TemplateValue { .list(items.map { .view($0) }) }

    /// A list of plain strings (`{{#slogans}}{{.}}{{/slogans}}`).
    public static func texts(_ items: [String]) -> TemplateValue { .list(items.map { .text($0) }) }

    /// What `{{name}}` prints for this value, before escaping (as swift-mustache prints numbers and flags).
    var printed: String {
        switch self {
        case .text(let s): return s
        case .number(let n): return String(n)
        case .flag(let b): return b ? "true" : "false"
        case .view, .list: return ""
        }
    }
}

/// A typed page view: a value type whose template keys are listed once, in `fields`, each with the property or
/// model value it shows. `docs/templates.md` is checked against these lists by a test.
public protocol TemplateView {
    static var fields: TemplateFields<Self> { get }
    /// The value of one key; the default reads `fields`.
    func value(for key: String) -> TemplateValue?
    /// The value of one key by its interned number (`TemplateKeys`): the fast renderer's lookup, no hashing.
    func value(forKey id: Int) -> TemplateValue?
}

extension TemplateView {
    /// The value of one key, or nil when this view has none (then outer views are asked, as Mustache does).
    public func value(for key: String) -> TemplateValue? {
        Self.fields.table[key]?(self)
    }

    public func value(forKey id: Int) -> TemplateValue? {
        let byID = Self.fields.byID
        guard id < byID.count, let getter = byID[id] else { return nil }
        return getter(self)
    }
}

/// Every template key ever named, numbered once per process, so the fast renderer looks keys up by array index.
enum TemplateKeys {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var ids: [String: Int] = [:]
    nonisolated(unsafe) private static var names: [String] = []

    /// The number of `key`, given on first use.
    static func id(_ key: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        if let id = ids[key] { return id }
        let id = names.count
        ids[key] = id
        names.append(key)
        return id
    }

    /// The key a number stands for.
    static func name(_ id: Int) -> String? {
        lock.lock(); defer { lock.unlock() }
        return id < names.count ? names[id] : nil
    }
}

/// The keys of a view type and how each is read; built once per type.
public struct TemplateFields<View>: Sendable {
    public typealias Getter = @Sendable (View) -> TemplateValue?
    let table: [String: Getter]
    /// The same getters by interned key number (`TemplateKeys`).
    let byID: [Getter?]
    /// The keys in the order they were declared.
    public let keys: [String]

    private static func index(_ table: [String: Getter]) -> [Getter?] {
        var byID: [Getter?] = []
        for (key, getter) in table {
            let id = TemplateKeys.id(key)
            if byID.count <= id { byID += Array(repeating: nil, count: id + 1 - byID.count) }
            byID[id] = getter
        }
        return byID
    }

    public init(_ fields: KeyValuePairs<String, Getter>) {
        var table: [String: Getter] = [:]
        var keys: [String] = []
        for (k, g) in fields {
            precondition(table[k] == nil, "duplicate template key \(k)")
            table[k] = g
            keys.append(k)
        }
        self.table = table
        self.byID = Self.index(table)
        self.keys = keys
    }

    /// These fields followed by `other`'s (for views that extend a shared one); this type's own keys win.
    public func adding<Other>(_ other: TemplateFields<Other>, via path: @escaping @Sendable (View) -> Other?) -> TemplateFields<View> {
        var copy = self
        var table = copy.table
        var keys = copy.keys
        for k in other.keys where table[k] == nil {
            let g = other.table[k]!
            table[k] = { path($0).flatMap(g) }
            keys.append(k)
        }
        copy = TemplateFields(table: table, keys: keys)
        return copy
    }

    private init(table: [String: Getter], keys: [String]) {
        self.table = table
        self.byID = Self.index(table)
        self.keys = keys
    }
}

extension Optional where Wrapped == String {
    /// `.text` when present.
    var template: TemplateValue? { map { .text($0) } }
}

extension Optional where Wrapped == Int {
    /// `.number` when present.
    var template: TemplateValue? { map { .number($0) } }
}

extension String {
    /// `.text`, for optional chains (`date?.chinese.template`).
    var template: TemplateValue? { .text(self) }
}

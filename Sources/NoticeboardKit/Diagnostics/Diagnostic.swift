/// One problem found in a user's files, with where it is, how bad it is and a stable key.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Errors stop the build; warnings are printed and the build goes on.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        /// Information for the user (what was guessed or recognised); never counts as a problem.
        case note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A short English identifier of the kind of problem, e.g. `date.invalid`.
    public var key: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, key: String) {
        self.severity = severity
        self.location = location
        self.message = message
        self.key = key
    }

    public static func error(_ location: SourceLocation, _ message: String, key: String) -> Diagnostic {
        Diagnostic(.error, location, message, key: key)
    }

    public static func warning(_ location: SourceLocation, _ message: String, key: String) -> Diagnostic {
        Diagnostic(.warning, location, message, key: key)
    }

    public static func note(_ location: SourceLocation, _ message: String, key: String) -> Diagnostic {
        Diagnostic(.note, location, message, key: key)
    }

    /// `path:line:column: error: message [key]`; in Office files `path:row:column: error: 工作表!C12: message [key]`.
    public var description: String {
        "\(location): \(severity.rawValue): \(anchoredMessage) [\(key)]"
    }

    /// The message with the Office anchor (`工作表!C12: `, `¶23: `) in front when there is one.
    public var anchoredMessage: String {
        guard let anchor = location.anchor else { return message }
        return anchor + ": " + message
    }
}

/// Diagnostics collected by a stage; stages append and never stop at the first problem.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func append(_ d: Diagnostic) { items.append(d) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }
    public mutating func error(_ location: SourceLocation, _ message: String, key: String) {
        items.append(.error(location, message, key: key))
    }
    public mutating func warning(_ location: SourceLocation, _ message: String, key: String) {
        items.append(.warning(location, message, key: key))
    }

    public var errorCount: Int { items.count(where: { $0.severity == .error }) }
    public var warningCount: Int { items.count(where: { $0.severity == .warning }) }
    public var hasErrors: Bool { items.contains(where: { $0.severity == .error }) }

    /// Sorted by file and position, duplicates removed, so output is the same on every run.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items.filter { seen.insert($0).inserted }.sorted {
            ($0.location, $0.severity.rawValue, $0.message) < ($1.location, $1.severity.rawValue, $1.message)
        }
    }
}

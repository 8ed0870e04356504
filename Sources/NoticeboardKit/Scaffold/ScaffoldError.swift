/// Why `init` or `new` refused to write: a message in Chinese with the English in brackets, for exit code 1.
public struct ScaffoldError: Error, CustomStringConvertible, Equatable {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

import Foundation

/// Progress lines of a build (`[2/6] parse  12 ms`) go to stderr, or to a closure in tests.
public struct BuildLog: Sendable {
    public var emit: @Sendable (String) -> Void

    public init(emit: @escaping @Sendable (String) -> Void) { self.emit = emit }

    public static let standardError = BuildLog { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    public static let silent = BuildLog { _ in }
}

/// One file of the built site: its path under the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]
    /// The content file this output came from, for reporting leaks and collisions.
    public var source: String?

    public init(path: String, text: String, source: String? = nil) {
        self.path = path
        self.bytes = Array(text.utf8)
        self.source = source
    }

    public init(path: String, bytes: [UInt8], source: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.source = source
    }
}

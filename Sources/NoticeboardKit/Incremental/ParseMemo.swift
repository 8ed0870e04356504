import Foundation

/// Parsed notices kept between builds of one `serve` process: a file whose text did not change is not parsed again.
public final class ParseMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var notices: [String: (text: String, result: (Notice?, [Diagnostic]))] = [:]

    public init() {}

    /// The notice parsed from `file`, reused when the same path had the same text last time.
    func notice(_ file: SourceFile) -> (Notice?, [Diagnostic]) {
        if let kept = lock.withLock({ notices[file.path] }), kept.text == file.text { return kept.result }
        let result = NoticeParser.parse(file)
        lock.withLock { notices[file.path] = (file.text, result) }
        return result
    }
}

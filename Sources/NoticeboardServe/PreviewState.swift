import Foundation
import NoticeboardKit

/// The site `serve` shows: the files of the last good build, its number, and the problems of the latest attempt.
public final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]] = [:]
    private var _version = 0
    private var _problems: [String] = []

    public init() {}

    public var version: Int { lock.withLock { _version } }
    public var problems: [String] { lock.withLock { _problems } }

    /// Takes a build's result: a good build replaces the files; a failed one keeps them and records its errors.
    public func update(_ result: BuildResult) {
        lock.withLock {
            let errors = result.diagnostics.filter { $0.severity == .error }
            if errors.isEmpty {
                files = Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { _, last in last })
                _problems = []
            } else {
                _problems = errors.map(\.description)
            }
            _version += 1
        }
    }

    public func file(_ path: String) -> [UInt8]? { lock.withLock { files[path] } }
    public func exists(_ path: String) -> Bool { lock.withLock { files[path] != nil } }

    /// The JSON the live-reload script receives: `{"version":3,"problems":["content/…:2:1: error: …"]}`.
    public func eventJSON() -> String {
        let (v, p) = lock.withLock { (_version, _problems) }
        let data = (try? JSONSerialization.data(withJSONObject: ["version": v, "problems": p], options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

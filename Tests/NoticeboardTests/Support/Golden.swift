import Foundation
import Testing

/// Compares text with a golden file under `Tests/NoticeboardTests/Golden/`; `NOTICEBOARD_RECORD=1` rewrites the file.
func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = repositoryRoot + "/Tests/NoticeboardTests/Golden/" + name
    if ProcessInfo.processInfo.environment["NOTICEBOARD_RECORD"] == "1" {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        Issue.record("golden file \(name) is missing: run the tests with NOTICEBOARD_RECORD=1", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != text {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let was = line < a.count ? String(a[line]) : "<end>"
        let now = line < b.count ? String(b[line]) : "<end>"
        Issue.record("\(name) differs at line \(line + 1):\n  golden: \(was)\n  actual: \(now)", sourceLocation: sourceLocation)
    }
}

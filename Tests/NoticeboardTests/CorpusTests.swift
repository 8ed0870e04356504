import Foundation
import Testing
@testable import NoticeboardKit

/// The bad-input corpus: every case builds into an output folder holding a previous build, produces exactly the
/// diagnostics in its `expected.txt`, exits 1 on errors and then leaves that folder byte-for-byte as it was.
@Suite("Bad-input corpus")
struct CorpusTests {
    /// The output of a good build, copied into every case's output folder before the case is built.
    static let previousBuild: String = {
        let site = try! TestSite(["content/notices/2026-11-01-旧通知.md": "---\ntitle: 旧通知\nkind: 通知\ndate: 2026-11-01\n---\n上一次构建的页面。\n"])
        let result = site.build()
        precondition(result.errorCount == 0, "previous build failed: \(result.lines)")
        return site.output
    }()

    @Test("corpus case", .timeLimit(.minutes(5)), arguments: CorpusCase.all)
    func corpusCase(_ corpus: CorpusCase) throws {
        let site = try corpus.makeSite()
        defer { site.remove() }
        try? FileManager.default.removeItem(atPath: site.output)
        try FileManager.default.copyItem(atPath: Self.previousBuild, toPath: site.output)
        let before = folderSnapshot(site.output)

        let started = Date()
        let result = site.build()
        let seconds = Date().timeIntervalSince(started)

        if let review = ProcessInfo.processInfo.environment["NB_CORPUS_RECORD"] {
            // Drafting aid for new cases: writes what the build says now; read every line before committing it.
            let lines = result.diagnostics.map { "\($0.location) \($0.severity.rawValue) \($0.key)\n" }.joined()
            try lines.write(toFile: corpus.folder + "/expected.txt", atomically: true, encoding: .utf8)
            try (result.lines.joined(separator: "\n") + "\nexit \(result.exitCode), \(String(format: "%.2f", seconds)) s\n")
                .write(toFile: review + "/" + corpus.name + ".txt", atomically: true, encoding: .utf8)
            return
        }
        let expected = corpus.expectations
        let actual = result.diagnostics.map {
            CorpusCase.Expectation(location: $0.location.description, severity: $0.severity.rawValue, key: $0.key)
        }
        #expect(actual.sorted() == expected.map(\.0).sorted(), "\(corpus.name): \(result.lines.joined(separator: "\n"))")
        for (expectation, text) in expected {
            guard let text else { continue }
            let hit = result.diagnostics.contains {
                $0.location.description == expectation.location && $0.key == expectation.key && $0.message.contains(text)
            }
            #expect(hit, "\(corpus.name): no \(expectation) saying “\(text)”: \(result.lines)")
        }
        let errors = expected.contains { $0.0.severity == "error" }
        #expect(result.exitCode == (errors ? 1 : 0))
        if errors {
            #expect(folderSnapshot(site.output) == before, "\(corpus.name): a failed build changed the output folder")
        } else {
            #expect(result.report != nil, "\(corpus.name): a clean build wrote nothing")
        }
        if seconds > 2 { print("corpus \(corpus.name): \(String(format: "%.2f", seconds)) s") }
    }

    @Test func corpusHasEnoughCases() {
        #expect(CorpusCase.all.count >= 60)
    }
}

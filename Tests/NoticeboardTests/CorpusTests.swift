import Foundation
import Testing
@testable import NoticeboardKit

/// The bad-input corpus: every case is built by the `noticeboard` binary (so a crash is a signal, not a lost test
/// process) into an output folder holding a previous build. It must finish within `cpuLimit` of CPU time, give exactly the
/// diagnostics in its `expected.txt` — each at a content file, never at an output path, and at line 1 column 1 only for
/// problems of a whole file — exit 1 on errors and then leave that folder byte-for-byte as it was.
@Suite("Bad-input corpus")
struct CorpusTests {
    /// The output of a good build, copied into every case's output folder before the case is built.
    static let previousBuild: String = {
        let site = try! TestSite(["content/notices/2026-11-01-旧通知.md": "---\ntitle: 旧通知\nkind: 通知\ndate: 2026-11-01\n---\n上一次构建的页面。\n"])
        let result = site.build()
        precondition(result.errorCount == 0, "previous build failed: \(result.lines)")
        return site.output
    }()

    /// A case that has used this much CPU time is a hang (the largest cases use about 80 s in a debug build). CPU time,
    /// not wall time, so a build starved by a busy machine is not taken for a hang; `wallLimit` still bounds the wait.
    static let cpuLimit: Double = 240
    static let wallLimit: TimeInterval = 570
    /// A case holding more memory than this exhausts it (an expanding YAML alias, say).
    static let memoryLimit = 4 << 30

    /// CPU seconds and resident bytes of a running process, from `/proc`.
    static func usage(of pid: Int32) -> (cpu: Double, rss: Int)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        let statm = (try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8))?.split(separator: " ")
        let pages = statm.flatMap { $0.count > 1 ? Int($0[1]) : nil } ?? 0
        return ((user + system) / ticks, pages * Int(sysconf(Int32(_SC_PAGESIZE))))
    }

    /// Keys of problems that belong to a whole file (its name, encoding, header row, presence), reported at 1:1.
    static let fileLevelKeys: Set<String> = [
        "file.empty", "file.ignored", "file.not-published", "file.symlink-broken", "file.symlink-loop", "file.symlink-outside",
        "file.too-large", "file.too-deep", "file.unreadable", "csv.encoding", "csv.empty", "csv.missing-column",
        "frontmatter.missing", "frontmatter.unclosed", "site.missing", "site.not-a-file", "site.base-url-missing",
        "key.missing", "ledger.shape", "honour.term-missing", "slug.duplicate", "output.collision",
        "media.unused", "media.svg-sanitised", "media.svg-refused",
        // A Word/Excel file that cannot be opened at all (old format, password, damaged or hostile ZIP/XML, no header
        // row anywhere): the problem is the whole file, named by its path and, in the message, the part.
        "office.old-format", "office.encrypted", "office.corrupt", "office.too-large", "office.doctype", "office.xml", "xlsx.no-header",
    ]

    /// One diagnostic line printed by the binary: `path:line:column: severity: message [key]`.
    struct Printed {
        var location: String
        var severity: String
        var message: String
        var key: String
    }

    static func parse(_ stderr: String) -> [Printed] {
        stderr.split(separator: "\n").compactMap { raw in
            let line = String(raw)
            guard line.hasSuffix("]"), let open = line.range(of: " [", options: .backwards) else { return nil }
            let key = String(line[open.upperBound..<line.index(before: line.endIndex)])
            let head = line[..<open.lowerBound]
            for severity in ["error", "warning"] {
                guard let marker = head.range(of: ": \(severity): ") else { continue }
                return Printed(location: String(head[..<marker.lowerBound]), severity: severity,
                               message: String(head[marker.upperBound...]), key: key)
            }
            return nil
        }
    }

    /// Runs the binary with a deadline: (exit status, or nil when killed for the timeout; signal that ended it; stderr).
    static func run(_ site: TestSite) throws -> (status: Int32?, signal: Int32?, stderr: String, seconds: Double) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        p.arguments = ["build", "--source", site.root, "--output", site.output, "--date", "2026-11-20"]
        let errPath = site.root + ".stderr"
        FileManager.default.createFile(atPath: errPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        p.standardError = errHandle
        p.standardOutput = FileHandle.nullDevice
        let started = Date()
        try p.run()
        var timedOut = false
        while p.isRunning {
            let use = usage(of: p.processIdentifier)
            if (use?.cpu ?? 0) > cpuLimit || (use?.rss ?? 0) > memoryLimit || Date().timeIntervalSince(started) > wallLimit {
                kill(p.processIdentifier, SIGKILL)
                timedOut = true
                break
            }
            usleep(50_000)
        }
        p.waitUntilExit()
        try errHandle.close()
        let seconds = Date().timeIntervalSince(started)
        let stderr = String(decoding: FileManager.default.contents(atPath: errPath) ?? Data(), as: UTF8.self)
        if timedOut { return (nil, nil, stderr, seconds) }
        if p.terminationReason == .uncaughtSignal { return (nil, p.terminationStatus, stderr, seconds) }
        return (p.terminationStatus, nil, stderr, seconds)
    }

    @Test("corpus case", .timeLimit(.minutes(10)), arguments: CorpusCase.all)
    func corpusCase(_ corpus: CorpusCase) throws {
        let site = try corpus.makeSite()
        defer { site.remove() }
        try? FileManager.default.removeItem(atPath: site.output)
        try FileManager.default.copyItem(atPath: Self.previousBuild, toPath: site.output)
        let before = folderSnapshot(site.output)

        let run = try Self.run(site)
        let printed = Self.parse(run.stderr)

        if let review = ProcessInfo.processInfo.environment["NB_CORPUS_RECORD"] {
            // Drafting aid for new cases: writes what the build says now; read every line before committing it.
            let lines = printed.map { "\($0.location) \($0.severity) \($0.key)\n" }.joined()
            try lines.write(toFile: corpus.folder + "/expected.txt", atomically: true, encoding: .utf8)
            try (run.stderr + "\nexit \(run.status.map(String.init) ?? "none") signal \(run.signal.map(String.init) ?? "none"), \(String(format: "%.2f", run.seconds)) s\n")
                .write(toFile: review + "/" + corpus.name + ".txt", atomically: true, encoding: .utf8)
            return
        }
        if let signal = run.signal {
            Issue.record("\(corpus.name): the build crashed (signal \(signal)):\n\(run.stderr.suffix(2000))")
            return
        }
        guard let status = run.status else {
            Issue.record("\(corpus.name): the build hung or exhausted memory (killed after \(Int(Self.cpuLimit)) s of CPU, \(Self.memoryLimit >> 30) GB or \(Int(Self.wallLimit)) s)")
            return
        }
        let expected = corpus.expectations
        let actual = printed.map { CorpusCase.Expectation(location: $0.location, severity: $0.severity, key: $0.key) }
        #expect(actual.sorted() == expected.map(\.0).sorted(), "\(corpus.name): \(run.stderr)")
        for (expectation, text) in expected {
            guard let text else { continue }
            let hit = printed.contains { $0.location == expectation.location && $0.key == expectation.key && $0.message.contains(text) }
            #expect(hit, "\(corpus.name): no \(expectation) saying “\(text)”: \(run.stderr)")
        }
        for d in printed {
            #expect(d.location.hasPrefix("content/") || d.location.hasPrefix("templates/"),
                    "\(corpus.name): \(d.key) is not located at a content file: \(d.location)")
            #expect(!d.location.hasSuffix(":1:1") || Self.fileLevelKeys.contains(d.key) || corpus.firstLineKeys.contains(d.key),
                    "\(corpus.name): \(d.key) at 1:1 is not where the problem is: \(d.location)")
        }
        let errors = expected.contains { $0.0.severity == "error" }
        #expect(status == (errors ? 1 : 0), "\(corpus.name): exit status \(status)")
        #expect(!FileManager.default.fileExists(atPath: site.output + "/" + OutputWriter.stagingName), "\(corpus.name): staging folder left behind")
        if errors {
            #expect(folderSnapshot(site.output) == before, "\(corpus.name): a failed build changed the output folder")
        } else {
            #expect(folderSnapshot(site.output) != before, "\(corpus.name): a clean build wrote nothing")
        }
        if run.seconds > 2 { print("corpus \(corpus.name): \(String(format: "%.2f", run.seconds)) s") }
    }

    @Test func corpusHasEnoughCases() {
        #expect(CorpusCase.all.count >= 120)
    }
}

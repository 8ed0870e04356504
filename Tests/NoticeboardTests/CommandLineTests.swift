import Foundation
import Testing
@testable import NoticeboardKit

/// Runs the built `noticeboard` binary the way a user or CI does.
@Suite("Command line", .serialized)
struct CommandLineTests {
    static var binary: String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/noticeboard",
            repositoryRoot + "/.build/debug/noticeboard",
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Every file under a folder with its bytes and modification time.
    static func snapshot(_ folder: String) -> [String: (Data, Date)] {
        var result: [String: (Data, Date)] = [:]
        guard let e = FileManager.default.enumerator(atPath: folder) else { return result }
        while let p = e.nextObject() as? String {
            let full = folder + "/" + p
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue else { continue }
            let attrs = try? FileManager.default.attributesOfItem(atPath: full)
            result[p] = (FileManager.default.contents(atPath: full)!, attrs?[.modificationDate] as? Date ?? Date.distantPast)
        }
        return result
    }

    func copyFixture(_ name: String) throws -> TestSite {
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Tests/NoticeboardTests/Fixtures/\(name)/content", toPath: site.root + "/content")
        return site
    }

    @Test func brokenSiteExitsOneAndLeavesOutputUntouched() throws {
        let site = try copyFixture("broken-site")
        defer { site.remove() }
        // A previous good build exists in the output folder.
        let bad = site.root + "/content/notices/bad.md"
        let badText = try String(contentsOfFile: bad, encoding: .utf8)
        try FileManager.default.removeItem(atPath: bad)
        let good = try Self.run(["build", "--source", site.root, "--output", site.output, "--date", "2026-11-20"])
        #expect(good.status == 0, "\(good.stderr)")
        let before = Self.snapshot(site.output)
        #expect(before["notices/good/index.html"] != nil)

        try badText.write(toFile: bad, atomically: true, encoding: .utf8)
        let failed = try Self.run(["build", "--source", site.root, "--output", site.output, "--date", "2026-11-20"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("content/notices/bad.md:4:5: error: 日期不存在：2026-02-30 (impossible date) [date.invalid]"))
        #expect(failed.stderr.contains("1 errors"))
        let after = Self.snapshot(site.output)
        #expect(after.keys.sorted() == before.keys.sorted())
        for (path, (data, date)) in before {
            #expect(after[path]?.0 == data, "\(path) changed")
            #expect(after[path]?.1 == date, "\(path) was rewritten")
        }
        // Content files are never modified by a build.
        #expect(try String(contentsOfFile: bad, encoding: .utf8) == badText)
    }

    @Test func checkPrintsDiagnosticsAndWritesNothing() throws {
        let site = try copyFixture("broken-site")
        defer { site.remove() }
        let r = try Self.run(["check", "--source", site.root, "--date", "2026-11-20"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.md:4:5: error:"))
        // Nothing was built, so the last line is the check's own summary, not 构建失败 (build failed).
        let last = r.stderr.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix("检查完成，发现 ") && last.contains("未写任何文件"), "\(last)")
        #expect(!r.stderr.contains("构建失败") && !r.stderr.contains("build failed"))
        #expect(!FileManager.default.fileExists(atPath: site.output))
        let json = try Self.run(["check", "--source", site.root, "--date", "2026-11-20", "--format", "json"])
        #expect(json.stdout.contains("\"key\":\"date.invalid\""))
        let github = try Self.run(["check", "--source", site.root, "--date", "2026-11-20", "--format", "github"])
        #expect(github.stdout.contains("::error file=content/notices/bad.md,line=4,col=5,title=date.invalid::"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try Self.run(["build", "--date", "2026-02-30"]).status == 2)
        #expect(try Self.run(["build", "--no-such-flag"]).status == 2)
        #expect(try Self.run(["--version"]).stdout.contains(NoticeboardVersion.current))
    }

    @Test func twoBuildsAreByteIdenticalAndUnchangedFilesAreNotRewritten() throws {
        let site = try copyFixture("golden-site")
        defer { site.remove() }
        let first = try Self.run(["build", "--source", site.root, "--output", site.output], environment: ["SOURCE_DATE_EPOCH": "1763600000"])
        #expect(first.status == 0, "\(first.stderr)")
        let a = Self.snapshot(site.output)
        Thread.sleep(forTimeInterval: 0.05)
        let second = try Self.run(["build", "--source", site.root, "--output", site.output], environment: ["SOURCE_DATE_EPOCH": "1763600000"])
        #expect(second.stderr.contains("0 written"))
        let b = Self.snapshot(site.output)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, (data, date)) in a {
            #expect(b[path]?.0 == data, "\(path) differs between builds")
            #expect(b[path]?.1 == date, "\(path) was rewritten")
        }
        // A clean build into another folder gives the same bytes.
        let other = site.root + "/public2"
        _ = try Self.run(["build", "--source", site.root, "--output", other], environment: ["SOURCE_DATE_EPOCH": "1763600000"])
        let c = Self.snapshot(other)
        // Pagefind's search index (when installed) names its files by a hash that differs from run to run.
        for (path, (data, _)) in a where !path.hasPrefix(SearchIndex.folder + "/") { #expect(c[path]?.0 == data, "\(path) differs in a clean build") }
    }

    @Test func buildStepsAreNamedOnStandardError() throws {
        let site = try copyFixture("golden-site")
        defer { site.remove() }
        let r = try Self.run(["build", "--source", site.root, "--output", site.output, "--date", "2026-11-20"])
        for (i, step) in ["load", "parse", "check", "model", "render", "scan", "write"].enumerated() {
            #expect(r.stderr.contains("[\(i + 1)/7] \(step)"))
        }
        #expect(r.stderr.contains("0 errors"))
    }
}

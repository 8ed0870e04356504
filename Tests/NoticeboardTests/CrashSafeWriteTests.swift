import Foundation
import Testing
@testable import NoticeboardKit

/// Builds killed with SIGKILL at random moments leave the output folder as the previous complete build (or, once the
/// write's journal is committed, as the new build after the next run finishes it); the next build succeeds.
@Suite("Crash-safe writes", .serialized)
struct CrashSafeWriteTests {
    /// A site of `count` notices; `variant` changes every body, drops some notices and adds others.
    static func writeSite(_ site: TestSite, count: Int, variant: Int) throws {
        let notices = site.root + "/content/notices"
        try? FileManager.default.removeItem(atPath: notices)
        try FileManager.default.createDirectory(atPath: notices, withIntermediateDirectories: true)
        for i in 0..<count where (i % 30 != variant) {
            let day = 1 + i % 28, month = 1 + (i / 28) % 11
            let body = String(repeating: "为做好第\(i)号楼的冬季供暖检修工作，请各位居民配合入户检查，注意用火用电安全。\n\n", count: 6)
            let text = "---\ntitle: 第\(i)号通知（版本\(variant)）\nkind: 通知\ndate: 2026-\(String(format: "%02d", month))-\(String(format: "%02d", day))\n---\n\(body)版本 \(variant)。\n"
            try site.write("content/notices/n\(i).md", text)
        }
    }

    /// Every visible file of the output folder with its bytes (the staging folder left out).
    /// The site's own files. Pagefind's search index (when installed) is made after the write step, outside the
    /// transaction, with file names that differ from run to run: it is swapped in by renames and is not compared.
    static func visible(_ folder: String) -> [String: Data] {
        CommandLineTests.snapshot(folder).filter { !$0.key.hasPrefix(OutputWriter.stagingName) && !$0.key.hasPrefix(SearchIndex.folder + "/") }.mapValues(\.0)
    }

    static func runBuild(_ site: TestSite, output: String) throws -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
        p.arguments = ["build", "--source", site.root, "--output", output, "--date", "2026-11-20"]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }

    @Test func killedBuildsLeaveACompleteFolder() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let count = 200
        // Clean builds of both variants, to compare with.
        var clean: [[String: Data]] = []
        for v in 0..<2 {
            try Self.writeSite(site, count: count, variant: v)
            let out = site.root + "/clean\(v)"
            #expect(try Self.runBuild(site, output: out) == 0)
            clean.append(Self.visible(out))
        }
        #expect(clean[0] != clean[1])
        let out = site.output
        try Self.writeSite(site, count: count, variant: 0)
        let t0 = Date()
        #expect(try Self.runBuild(site, output: out) == 0)
        let fullBuild = Date().timeIntervalSince(t0)
        #expect(Self.visible(out) == clean[0])

        var current = 0
        var sawOld = 0, sawNew = 0, rolledForward = 0
        var generator = SystemRandomNumberGenerator()
        for round in 0..<24 {
            let next = 1 - current
            try Self.writeSite(site, count: count, variant: next)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CommandLineTests.binary)
            p.arguments = ["build", "--source", site.root, "--output", out, "--date", "2026-11-20"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            usleep(UInt32(Double.random(in: 0...(fullBuild * 1.1), using: &generator) * 1_000_000))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()

            let journal = out + "/" + OutputWriter.stagingName + "/" + OutputWriter.journalName
            if FileManager.default.fileExists(atPath: journal) {
                // Killed after the commit point: finishing the journal must give exactly the new build.
                try OutputWriter(outputRoot: out).recover()
                #expect(Self.visible(out) == clean[next], "round \(round): rolled forward folder is not the new build")
                rolledForward += 1
            } else {
                let now = Self.visible(out)
                if now == clean[current] { sawOld += 1 } else if now == clean[next] { sawNew += 1 } else {
                    Issue.record("round \(round): folder is neither the old nor the new build")
                }
            }
            // The next build succeeds and equals a clean build.
            #expect(try Self.runBuild(site, output: out) == 0)
            #expect(Self.visible(out) == clean[next], "round \(round): build after the kill differs from a clean build")
            #expect(!FileManager.default.fileExists(atPath: out + "/" + OutputWriter.stagingName))
            current = next
        }
        print("kill test: \(sawOld) old, \(sawNew) new, \(rolledForward) rolled forward, full build \(fullBuild) s")
    }

    @Test func anUncommittedStagingFolderIsDiscarded() throws {
        let site = try TestSite(["content/notices/2026-11-01-a.md": "---\ntitle: 通知\nkind: 通知\ndate: 2026-11-01\n---\n正文\n"])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let before = Self.visible(site.output)
        let staging = site.output + "/" + OutputWriter.stagingName
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try Data("half".utf8).write(to: URL(fileURLWithPath: staging + "/f1"))
        #expect(try OutputWriter(outputRoot: site.output).recover() == false)
        #expect(!FileManager.default.fileExists(atPath: staging))
        #expect(Self.visible(site.output) == before)
    }
}

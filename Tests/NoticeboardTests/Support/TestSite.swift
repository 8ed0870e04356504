import Foundation
@testable import NoticeboardKit

/// A throwaway site folder for a test: write files, build or check it, read the output.
struct TestSite {
    let root: String

    /// Creates a temporary site with `files` (path relative to the site → text); a minimal `site.yaml` is added unless given.
    init(_ files: [String: String], siteYAML: String? = "name: 测试社区\nbase_url: https://test.example.cn/\n") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("nb-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        if let siteYAML, files["content/site.yaml"] == nil {
            try write("content/site.yaml", siteYAML)
        }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    var output: String { root + "/public" }

    /// Runs the whole pipeline at `date`; writes into `public/` unless `writes` is false.
    @discardableResult
    func build(date: String = "2026-11-20", writes: Bool = true, drafts: Bool = false) -> BuildResult {
        let options = BuildOptions(siteRoot: root, outputRoot: output, date: .explicit(try! LocalDate.parse(date).get()),
                                   includeDrafts: drafts, writesOutput: writes)
        return BuildPipeline(options: options, log: .silent).run()
    }

    /// The text of a built file, or nil if it was not written.
    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

extension BuildResult {
    /// Diagnostics as the CLI prints them, with the temporary folder left out.
    var lines: [String] { diagnostics.map(\.description) }
    func has(_ key: String) -> Bool { diagnostics.contains { $0.key == key } }
    func first(_ key: String) -> Diagnostic? { diagnostics.first { $0.key == key } }
}

/// The repository's root folder, found from this file's path.
let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.path + "/Package.swift") { return url.path }
    }
    return FileManager.default.currentDirectoryPath
}()

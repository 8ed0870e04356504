import Foundation
import Testing
@testable import NoticeboardKit

/// One case of the bad-input corpus: a tiny site folder under `Corpus/<name>/`, the diagnostics it must produce
/// (`expected.txt`) and optional setup steps done at test time (`setup.txt`: symlinks and generated large files).
struct CorpusCase: CustomTestStringConvertible, Sendable {
    let name: String
    var folder: String { CorpusCase.root + "/" + name }
    var testDescription: String { name }

    static let root = repositoryRoot + "/Tests/NoticeboardTests/Corpus"

    /// Every case folder found on disk, sorted.
    static var all: [CorpusCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: root + "/" + $0 + "/expected.txt") }
            .sorted().map { CorpusCase(name: $0) }
    }

    /// One expected diagnostic: `path:line:column severity key`, optionally `| text the message must contain`.
    struct Expectation: Hashable, Comparable, CustomStringConvertible {
        var location: String
        var severity: String
        var key: String
        var description: String { "\(location) \(severity) \(key)" }
        static func < (a: Self, b: Self) -> Bool { a.description < b.description }
    }

    var expectations: [(Expectation, String?)] {
        let text = (try? String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { raw in
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let halves = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let parts = halves[0].split(separator: " ").map(String.init)
            guard parts.count == 3 else { return nil }
            return (Expectation(location: parts[0], severity: parts[1], key: parts[2]), halves.count > 1 ? halves[1] : nil)
        }
    }

    /// Keys a case says are really on line 1 column 1 (`# at 1:1: key.unknown` in `expected.txt`).
    var firstLineKeys: Set<String> {
        let text = (try? String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").filter { $0.hasPrefix("# at 1:1:") }.flatMap {
            $0.dropFirst("# at 1:1:".count).split(separator: " ").map(String.init)
        })
    }

    /// Copies the case into a fresh site folder (adding a plain `site.yaml` when the case has none) and runs `setup.txt`.
    func makeSite() throws -> TestSite {
        let site = try TestSite([:], siteYAML: nil)
        let fm = FileManager.default
        for item in try fm.contentsOfDirectory(atPath: folder) where item != "expected.txt" && item != "setup.txt" {
            try? fm.removeItem(atPath: site.root + "/" + item)
            try fm.copyItem(atPath: folder + "/" + item, toPath: site.root + "/" + item)
        }
        let siteYAML = site.root + "/content/site.yaml"
        if !fm.fileExists(atPath: siteYAML) && !fm.fileExists(atPath: folder + "/no-site-yaml") {
            try site.write("content/site.yaml", "name: 测试社区\nbase_url: https://test.example.cn/\n")
        }
        try? fm.removeItem(atPath: site.root + "/no-site-yaml")
        if let setup = try? String(contentsOfFile: folder + "/setup.txt", encoding: .utf8) {
            for line in setup.split(separator: "\n") where !line.hasPrefix("#") {
                try Self.perform(line.split(separator: " ").map(String.init), in: site)
            }
        }
        return site
    }

    /// Setup steps, one a line:
    /// `symlink PATH TARGET` (TARGET may start with `$SITE/`), `long-line PATH BYTES`, `ledger-rows PATH COUNT`, `nested-list PATH DEPTH`,
    /// `bold-openers PATH COUNT`.
    static func perform(_ words: [String], in site: TestSite) throws {
        guard let verb = words.first else { return }
        switch verb {
        case "symlink":
            let path = site.root + "/" + words[1]
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let target = words[2].replacingOccurrences(of: "$SITE", with: site.root)
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        case "long-line":
            let size = Int(words[2])!
            var bytes = Array("---\ntitle: 很长的一行\nkind: 通知\ndate: 2026-11-01\n---\n".utf8)
            let unit = Array("文明社区，人人有责。".utf8)
            bytes.reserveCapacity(size + unit.count)
            while bytes.count < size { bytes += unit }
            bytes.append(0x0A)
            try site.write(words[1], bytes: bytes)
        case "ledger-rows":
            let count = Int(words[2])!
            var csv = "日期,活动名称,类别,地点,参与人数\n"
            csv.reserveCapacity(count * 60)
            let categories = ["志愿服务", "道德讲堂", "环境整治", "健康教育"]
            for i in 0..<count {
                let day = i % 28 + 1, month = i / 28 % 12 + 1
                csv += "2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day),第\(i)次活动,\(categories[i % 4]),社区广场,\(i % 50)\n"
            }
            try site.write(words[1], csv)
        case "nested-list":
            let depth = Int(words[2])!
            var text = "---\ntitle: 层层嵌套\nkind: 通知\ndate: 2026-11-01\n---\n"
            for i in 0..<depth { text += String(repeating: "  ", count: i) + "- 第\(i)层\n" }
            try site.write(words[1], text)
        case "bold-openers":
            // Many `**“` openers on one line, then an unsafe link whose column must still be right (and fast to find).
            let count = Int(words[2])!
            let text = "---\ntitle: 加粗\nkind: 通知\ndate: 2026-11-01\n---\n" + String(repeating: "**“", count: count)
                + "\n\n**“文明”** [点这里](javascript:alert(1))\n"
            try site.write(words[1], text)
        default:
            throw CocoaError(.featureUnsupported)
        }
    }
}

/// Every file of a folder (hidden ones too) with its bytes, to prove a failed build changed nothing.
func folderSnapshot(_ root: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
    while let relative = walker.nextObject() as? String {
        var isDir: ObjCBool = false
        let full = root + "/" + relative
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
            result[relative] = FileManager.default.contents(atPath: full) ?? Data()
        } else if isDir.boolValue {
            result[relative + "/"] = Data()
        }
    }
    return result
}

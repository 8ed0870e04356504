import Foundation
@testable import NoticeboardKit

/// The repository's demo community (`content/`), copied to a temporary folder and built once at its date.
enum DemoSite {
    struct BuildFailed: Error { var lines: [String] }

    static let built: Result<TestSite, any Error> = Result {
        let site = try TestSite([:], siteYAML: nil)
        try FileManager.default.removeItem(atPath: site.root + "/content")
        try FileManager.default.copyItem(atPath: repositoryRoot + "/content", toPath: site.root + "/content")
        let result = site.build()
        guard result.errorCount == 0 else { throw BuildFailed(lines: result.lines) }
        return site
    }

    /// Every file written under `public/`, as paths relative to it, sorted (hidden state files left out).
    static func files(of site: TestSite) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: site.output)
        var out: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard !path.hasPrefix("."), !path.contains("/."),
                  FileManager.default.fileExists(atPath: site.output + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            out.append(path)
        }
        return out.sorted()
    }
}

import Foundation
import NoticeboardKit
import FuzzReplay

/// Fuzz target: the whole loader and pipeline (writing nothing) on a site of one file; the first byte picks which file.
let siteRoot = FileManager.default.temporaryDirectory.appendingPathComponent("nb-fuzz-site-\(getpid())").path
let targets = ["content/notices/2026-11-01-fuzz.md", "content/plans/2026-fuzz.md", "content/ledger/fuzz.yaml",
               "content/ledger/fuzz.csv", "content/honours/2026-fuzz.yaml", "content/site.yaml"]

func fuzzOne(_ data: [UInt8]) {
    let fm = FileManager.default
    try? fm.removeItem(atPath: siteRoot + "/content")
    let target = targets[Int(data.first ?? 0) % targets.count]
    for folder in ["notices", "plans", "ledger", "honours"] {
        try? fm.createDirectory(atPath: siteRoot + "/content/" + folder, withIntermediateDirectories: true)
    }
    if target != "content/site.yaml" {
        _ = fm.createFile(atPath: siteRoot + "/content/site.yaml", contents: Data("name: 测试社区\nbase_url: https://test.example.cn/\n".utf8))
    }
    _ = fm.createFile(atPath: siteRoot + "/" + target, contents: Data(data.dropFirst()))
    let options = BuildOptions(siteRoot: siteRoot, outputRoot: siteRoot + "/public", date: .explicit(LocalDate(year: 2026, month: 11, day: 20)!),
                               writesOutput: false)
    let result = BuildPipeline(options: options, log: .silent).run()
    for d in result.diagnostics {
        precondition(d.location.line >= 1 && d.location.column >= 1, "bad location \(d)")
        precondition(!d.location.path.hasPrefix("/"), "absolute path in a diagnostic: \(d)")
    }
    precondition(result.errorCount == 0 || result.report == nil)
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

@_cdecl("FuzzSite_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { bytes, count in
        fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
        return 0
    }
}
#else
@main enum Replay { static func main() { FuzzReplay.run(fuzzOne) } }
#endif

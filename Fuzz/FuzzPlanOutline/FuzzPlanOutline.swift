import NoticeboardKit
import FuzzReplay

/// Fuzz target: the plan reader — front matter, targets and the Chinese outline recogniser (一、（一）1、（1）①).
func fuzzOne(_ data: [UInt8]) {
    guard case .success(let (text, _)) = TextDecoding.decodeUTF8(data) else { return }
    let body = TextDecoding.normalizeNewlines(text)
    let outline = PlanOutline.parse(body, file: "content/plans/fuzz.md", bodyLine: 1)
    for d in outline.diagnostics { precondition(d.location.line >= 1 && d.location.column >= 1, "bad location \(d.location)") }
    let file = SourceFile(path: "content/plans/2026-fuzz.md", text: "---\ntitle: 计划\nyear: 2026\n---\n" + body)
    let (plan, diagnostics) = PlanParser.parse(file)
    for d in diagnostics { precondition(d.location.line >= 1 && d.location.column >= 1, "bad location \(d.location)") }
    // Anchors are unique on the page, whatever the input (several documents, repeated and missing numbers).
    if let plan {
        let anchors = (plan.hasArticles ? plan.articles.map(\.anchor) : []) + plan.allItems.map(\.anchor)
        precondition(Set(anchors).count == anchors.count, "duplicate anchors \(anchors)")
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

@_cdecl("FuzzPlanOutline_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { bytes, count in
        fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
        return 0
    }
}
#else
@main enum Replay { static func main() { FuzzReplay.run(fuzzOne) } }
#endif

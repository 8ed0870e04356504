import NoticeboardKit
import FuzzReplay

/// Fuzz target: the front-matter splitter and the YAML reader on any bytes a Markdown file may hold.
func fuzzOne(_ data: [UInt8]) {
    guard case .success(let (text, _)) = TextDecoding.decodeUTF8(data) else { return }
    let file = SourceFile(path: "content/notices/fuzz.md", text: TextDecoding.normalizeNewlines(text))
    let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).count
    switch FrontMatter.split(file) {
    case .failure(let d):
        precondition(d.location.line >= 1 && d.location.column >= 1, "bad location \(d.location)")
    case .success(let front):
        precondition(front.bodyLine >= 1 && front.bodyLine <= lines + 1, "body line \(front.bodyLine) of \(lines)")
        switch YAMLValue.parse(front.yaml, path: file.path, firstLine: front.yamlLine) {
        case .failure(let d):
            precondition(d.location.line >= 1 && d.location.column >= 1, "bad YAML location \(d.location)")
        case .success:
            break
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

@_cdecl("FuzzFrontMatter_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { bytes, count in
        fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
        return 0
    }
}
#else
@main enum Replay { static func main() { FuzzReplay.run(fuzzOne) } }
#endif

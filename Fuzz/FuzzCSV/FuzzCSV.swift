import NoticeboardKit
import FuzzReplay

/// Fuzz target: encoding detection (UTF-8, BOM, GB18030 through iconv) and the CSV reader, as for an Excel export.
func fuzzOne(_ data: [UInt8]) {
    switch TextDecoding.decodeUTF8OrGB18030(data) {
    case .failure(let failure):
        switch failure {
        case .nulByte(let o), .invalidGB18030(let o), .invalidUTF8(let o, _):
            precondition(o >= 0 && o <= data.count, "offset \(o) outside \(data.count) bytes")
            let (line, column) = TextDecoding.lineAndColumn(ofByte: o, in: data)
            precondition(line >= 1 && column >= 1)
        }
    case .success(let (text, _)):
        let file = SourceFile(path: "content/ledger/fuzz.csv", text: TextDecoding.normalizeNewlines(text))
        let (table, diagnostics) = CSVTable.parse(file)
        for d in diagnostics { precondition(d.location.line >= 1 && d.location.column >= 1, "bad location \(d.location)") }
        if let table {
            let specs = [FieldSpec("date", "日期"), FieldSpec("title", "活动名称"), FieldSpec("participants", "参与人数")]
            let (columns, _) = table.columns(specs, file: file, required: ["date"])
            for row in table.rows {
                let value = table.value(of: row, columns: columns, file: file)
                precondition(value.location.line >= 1 && value.location.column >= 1, "bad row location \(value.location)")
            }
        }
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

@_cdecl("FuzzCSV_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { bytes, count in
        fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
        return 0
    }
}
#else
@main enum Replay { static func main() { FuzzReplay.run(fuzzOne) } }
#endif

import NoticeboardKit
import FuzzReplay

/// Fuzz target: numbers and dates at the edges. The input's lines are a date, an end date, volunteer hours, a count,
/// a term in years, publicity days and a time; they go into an activity, a red roll and a 公示 as staff would type
/// them. Nothing may trap (overflow, force unwrap); every accepted value must lie within the documented limits, and
/// every diagnostic must be located in the file.
func fuzzOne(_ data: [UInt8]) {
    let text = String(decoding: data.prefix(4096), as: UTF8.self)
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.prefix(200)) }
    while parts.count < 7 { parts.append("") }
    func quoted(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "''").filter { $0 != "\r" && !($0.asciiValue.map { $0 < 0x20 } ?? false) } + "'"
    }

    // Dates straight through the strict parser.
    for candidate in parts.prefix(2) {
        if case .success(let d) = LocalDate.parse(candidate) {
            precondition(LocalDate.supportedYears.contains(d.year), "accepted year \(d.year)")
            precondition(LocalDate(dayNumber: d.dayNumber) == d, "day number round trip \(d)")
            for years in [0, 1, 100, Int.max, Int.min] { _ = d.adding(years: years) }
            _ = d.chineseNumerals
            _ = d.rfc3339(offsetSeconds: 8 * 3600)
        }
    }
    _ = TimeRangeParser.parse(parts[6])

    func checkLocations(_ diagnostics: [Diagnostic], lines: Int) {
        for d in diagnostics {
            precondition(d.location.line >= 1 && d.location.line <= lines + 1 && d.location.column >= 1, "bad location \(d.location) for \(d.key)")
        }
    }

    // An activity.
    let ledger = """
    - 日期: \(quoted(parts[0]))
      结束日期: \(quoted(parts[1]))
      活动名称: 学雷锋志愿服务
      类别: 志愿服务
      志愿服务时长: \(quoted(parts[2]))
      参与人数: \(quoted(parts[3]))
      志愿者人数: \(quoted(parts[3]))
      时间: \(quoted(parts[6]))
      简介: 活动圆满完成。

    """
    let (activities, ledgerDiagnostics) = LedgerParser.parse(SourceFile(path: "content/ledger/fuzz.yaml", text: ledger))
    checkLocations(ledgerDiagnostics, lines: 10)
    // With an error the build stops before anything is made; without one, every value is within its limit.
    for a in activities where !ledgerDiagnostics.contains(where: { $0.severity == .error }) {
        precondition(a.date.days(until: a.lastDate) < LedgerParser.maximumSpanDays, "span over the limit accepted")
        precondition((a.volunteerHours ?? 0) <= LedgerParser.maximumHours && (a.participants ?? 0) <= FieldReader.defaultMaximum)
    }
    let book = Ledger(activities: activities, today: LocalDate(year: 2026, month: 11, day: 20)!)
    if !ledgerDiagnostics.contains(where: { $0.severity == .error }) {
        precondition(book.months.count <= 14, "\(book.months.count) month pages for one activity")
    }
    _ = LedgerTotals(activities)
    _ = book.calendarWindow(days: 400)

    // A red roll with a term, and a publicity notice.
    let roll = """
    title: 最美家庭
    list: red
    category: 最美家庭
    announced: \(quoted(parts[0]))
    term: \(quoted(parts[4]))
    entries:
      - name: 张三

    """
    let (honour, rollDiagnostics) = HonourRollParser.parse(SourceFile(path: "content/honours/fuzz.yaml", text: roll), csv: { _ in nil })
    checkLocations(rollDiagnostics, lines: 8)
    if let honour {
        precondition((honour.termYears ?? 0) <= 100 || rollDiagnostics.contains { $0.severity == .error })
        for day in [LocalDate(year: 1900, month: 1, day: 1)!, LocalDate(year: 2200, month: 12, day: 31)!] { _ = honour.state(on: day) }
        _ = honour.termEnds
    }
    let notice = "---\ntitle: 公示\nkind: 公示\ndate: \(quoted(parts[0]))\nexpires: \(quoted(parts[1]))\npublicity:\n  days: \(quoted(parts[5]))\n---\n正文\n"
    let (n, noticeDiagnostics) = NoticeParser.parse(SourceFile(path: "content/notices/fuzz.md", text: notice))
    checkLocations(noticeDiagnostics, lines: 10)
    if let n { _ = n.date.adding(days: 0) }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}

@_cdecl("FuzzNumbers_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv) { bytes, count in
        fuzzOne(bytes.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
        return 0
    }
}
#else
@main enum Replay { static func main() { FuzzReplay.run(fuzzOne) } }
#endif

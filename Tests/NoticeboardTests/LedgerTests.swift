import Foundation
import Testing
@testable import NoticeboardKit

@Suite("Ledger")
struct LedgerTests {
    static let header = "日期,时间,活动名称,类别,地点,组织者,参与人数,志愿者人数,志愿服务时长,对应任务,照片,简介\n"

    static func parse(_ path: String, _ text: String) -> ([Activity], [Diagnostic]) {
        LedgerParser.parse(SourceFile(path: path, text: text))
    }

    @Test func csvRowsAreCheckedAtTheirLineAndColumn() throws {
        let csv = Self.header + """
        2026/3/5,8:30-11:30,学雷锋日志愿服务,志愿服务,广场,志愿服务站,120,30,90,,,
        2026/2/30,9:00,不存在的日期,会议,会议室,党委,10,,,,,
        2026/3/6,25:00,不存在的时间,会议,会议室,党委,10,,,,,
        2026/3/7,9:00,人数为负,会议,会议室,党委,-5,,,,,
        2026/3/8,9:00,人数不是数字,会议,会议室,党委,约50,两个,,,,
        2026/3/9,9:00,时长不是数字,志愿服务,广场,站,10,3,两小时,,,
        2026/3/10,11:00-9:00,结束早于开始,会议,会议室,党委,10,,,,,
        2026/3/11,上午,时间写成文字,会议,会议室,党委,10,,,,,

        """
        let (activities, diagnostics) = Self.parse("content/ledger/a.csv", csv)
        func at(_ key: String, _ line: Int) -> Diagnostic? {
            diagnostics.first { $0.key == key && $0.location.line == line }
        }
        #expect(try #require(at("date.invalid", 3)).location.column == 1)
        #expect(try #require(at("ledger.time", 4)).location.column == 2)
        #expect(try #require(at("number.range", 5)).location.column == 7)
        #expect(try #require(at("number.invalid", 6)).location.column == 7)
        #expect(diagnostics.contains { $0.key == "number.invalid" && $0.location == SourceLocation(path: "content/ledger/a.csv", line: 6, column: 8) })
        #expect(try #require(at("number.invalid", 7)).location.column == 9)
        #expect(try #require(at("ledger.time", 8)).message.contains("结束时间早于开始时间"))
        #expect(at("ledger.time-format", 9) != nil)
        #expect(diagnostics.allSatisfy { $0.severity == .error && $0.location.path == "content/ledger/a.csv" })
        // Rows whose date is impossible are left out; the others are kept, without the bad values.
        #expect(activities.count == 7)
        let first = try #require(activities.first)
        #expect(first.start == TimeOfDay(hour: 8, minute: 30) && first.end == TimeOfDay(hour: 11, minute: 30))
        #expect(first.volunteerHours == 90 && first.participants == 120 && first.volunteers == 30)
        #expect(first.id == "2026-03-05-学雷锋日志愿服务")
    }

    @Test func timesAreReadAsStaffTypeThem() {
        func ok(_ s: String) -> String? {
            guard case .success(let (a, b)) = TimeRangeParser.parse(s) else { return nil }
            return b.map { "\(a)-\($0)" } ?? a.description
        }
        #expect(ok("9:00") == "09:00")
        #expect(ok("9：00至11：30") == "09:00-11:30")
        #expect(ok("14:00—16:00") == "14:00-16:00")
        #expect(ok("９:００~10:00") == "09:00-10:00")
        #expect(ok("9:00:00") == "09:00")
        func failure(_ s: String) -> TimeRangeParser.Failure? {
            if case .failure(let f) = TimeRangeParser.parse(s) { return f }
            return nil
        }
        #expect(failure("9:60") == .impossible("9:60"))
        #expect(failure("9点") == .format)
        #expect(failure("10:00-9:00") == .order)
    }

    static let yaml = """
    - 日期: 2026-05-12
      时间: 9:30-11:00
      活动名称: 应急疏散演练
      类别: 平安创建
      对应任务: [2026-civilised#3.3.1, 2026-civilised#3.3.5]
    - date: 2026-05-16
      title: 道德讲堂
      category: 道德讲坛
      tasks: 3.1.1
    - date: 2026-05-12
      title: 应急疏散 演练
      category: 平安创建
    - date: 2026-05-20
      end_date: 2026-05-18
      title: 结束日期早于开始
      category: 环境整冶
      participants: -3
    """

    @Test func yamlActivitiesAreCheckedAcrossRows() throws {
        let (activities, parseDiagnostics) = Self.parse("content/ledger/b.yaml", Self.yaml)
        #expect(activities.count == 4)
        let format = try #require(parseDiagnostics.first { $0.key == "ledger.task-format" })
        #expect(format.location.line == 9 && format.location.column == 10)
        let order = try #require(parseDiagnostics.first { $0.key == "date.order" })
        #expect(order.location.line == 14)
        #expect(parseDiagnostics.first { $0.key == "number.range" }?.location.line == 17)

        let categories = LedgerChecks.categories(activities, known: SiteProfile.defaultCategories)
        #expect(categories.count == 2)
        #expect(categories.allSatisfy { $0.severity == .warning && $0.key == "ledger.category" })
        let lecture = try #require(categories.first { $0.location.line == 8 })
        #expect(lecture.location.column == 13)
        #expect(lecture.message.contains("是否想写“道德讲堂”"))
        #expect(categories.contains { $0.location.line == 16 && $0.message.contains("是否想写“环境整治”") })

        let duplicates = LedgerChecks.duplicates(activities.sorted { $0.source < $1.source })
        #expect(duplicates.count == 1)
        let duplicate = try #require(duplicates.first)
        #expect(duplicate.severity == .warning && duplicate.key == "ledger.duplicate")
        #expect(duplicate.location.line == 10)
        #expect(duplicate.message.contains("第 1 行"))
    }

    @Test func unknownTaskReferencesAreErrorsWithTheNearestSuggested() throws {
        let (activities, _) = Self.parse("content/ledger/b.yaml", Self.yaml)
        let known: Set<String> = ["2026-civilised#3.3.1", "2026-civilised#3.3.2", "2026-civilised#3.1.1"]
        let diagnostics = LedgerChecks.taskReferences(activities, known: known)
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.severity == .error && d.key == "ledger.task")
        #expect(d.location.line == 5 && d.location.column == 32, "\(d.location)")
        #expect(d.message.contains("2026-civilised#3.3.5"))
        #expect(d.message.contains("是否想写“2026-civilised#3.3.1”") || d.message.contains("是否想写“2026-civilised#3.3.2”"))
    }

    @Test func excelGB18030ExportIsReadWithAWarning() throws {
        let bytes = try #require(FileManager.default.contents(atPath: repositoryRoot + "/Tests/NoticeboardTests/Fixtures/ledger/gb18030.csv"))
        // The rows link to the demo plan's tasks, so the site has that plan (whose ratio target needs the population).
        let plan = try String(contentsOfFile: repositoryRoot + "/Tests/NoticeboardTests/Fixtures/office/markdown-equivalents/plans/2026-civilised.md", encoding: .utf8)
        let site = try TestSite(["content/plans/2026-civilised.md": plan], siteYAML: "name: 测试社区\nbase_url: https://test.example.cn/\npopulation: 8620\n")
        defer { site.remove() }
        try site.write("content/ledger/台账.csv", bytes: [UInt8](bytes))
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let warning = try #require(result.first("csv.encoding"))
        #expect(warning.location.path == "content/ledger/台账.csv" && warning.severity == .warning)
        #expect(warning.message.contains("GB18030"))
        let month = try #require(site.read("ledger/2026-03/index.html"))
        #expect(month.contains("学雷锋日志愿服务"))
        #expect(month.contains("元宵节猜灯谜"))
        // The quoted cell with a comma and a line break is one summary; it gets its own page.
        let page = try #require(site.read("ledger/activities/2026-03-05-学雷锋日志愿服务/index.html"))
        #expect(page.contains("义务理发、修家电，"))
        #expect(page.contains("8:30—11:30"))
    }

    @Test func pagesShowUpcomingAndEscapeContent() throws {
        let site = try TestSite(["content/ledger/a.yaml": """
        - date: 2026-11-28
          time: 9:30
          title: 消防演练 <script>
          category: 平安创建
          summary: 请**准时**参加。
        - date: 2026-11-02
          title: 楼道清理
          category: 环境整治
          participants: 30
        """])
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let home = try #require(site.read("index.html"))
        #expect(home.contains("活动预告"))
        #expect(home.contains("消防演练 &lt;script&gt;"))
        #expect(!home.contains("楼道清理"))
        let ledger = try #require(site.read("ledger/index.html"))
        #expect(ledger.contains("活动台账"))
        #expect(ledger.contains("webcal://test.example.cn/calendar.ics"))
        let activity = try #require(site.read("ledger/activities/2026-11-28-消防演练-script/index.html"))
        #expect(activity.contains("<strong>准时</strong>"))
        #expect(site.read("ledger/activities/2026-11-02-楼道清理/index.html") == nil)
        #expect(site.read("ledger/category/环境整治/index.html")?.contains("楼道清理") == true)
        let month = try #require(site.read("ledger/2026-11/index.html"))
        #expect(month.contains("<td class=\"has-activity\"><a href=\"#d-2\""))
        #expect(month.contains("class=\"has-activity is-upcoming\"><a href=\"#d-28\""))
    }

    @Test func activitiesOverSeveralDaysMarkEveryDayAndCountOnce() throws {
        let site = try TestSite(["content/ledger/a.yaml": """
        - date: 2026-09-28
          end_date: 2026-10-03
          title: 国庆书画展
          category: 文体活动
          participants: 400
        """])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let september = try #require(site.read("ledger/2026-09/index.html"))
        let october = try #require(site.read("ledger/2026-10/index.html"))
        #expect(september.components(separatedBy: "<a href=\"#d-28\"").count - 1 == 3)
        #expect(october.components(separatedBy: "<a href=\"#d-1\"").count - 1 == 3)
        #expect(october.contains("id=\"d-1\"") && october.contains("国庆书画展"))
        let ledger = try #require(site.read("ledger/index.html"))
        #expect(ledger.contains("data-month=\"2026-09\"><th scope=\"row\"><a href=\"../ledger/2026-09/index.html\">9月</a></th><td>1</td><td>400</td>"))
        #expect(ledger.contains("data-month=\"2026-10\"><th scope=\"row\"><a href=\"../ledger/2026-10/index.html\">10月</a></th><td>0</td><td>0</td>"))
    }

    @Test func photosAreShownAndMissingOnesWarned() throws {
        let site = try TestSite(["content/ledger/a.csv": Self.header + "2026/6/19,9:00-11:30,端午包粽子,我们的节日,大厅,妇联,90,20,50,,media/粽子.jpg；media/没有.jpg,\n"])
        defer { site.remove() }
        try site.write("content/media/粽子.jpg", bytes: TestImages.jpeg)
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")
        let warning = try #require(result.first("ledger.photo"))
        #expect(warning.message.contains("media/没有.jpg") && warning.location.line == 2 && warning.location.column == 11)
        let page = try #require(site.read("ledger/activities/2026-06-19-端午包粽子/index.html"))
        #expect(page.contains("<img src=\"../../../media/%E7%B2%BD%E5%AD%90.w960.jpg\" srcset=\"../../../media/%E7%B2%BD%E5%AD%90.w480.jpg 480w, ../../../media/%E7%B2%BD%E5%AD%90.w960.jpg 960w, ../../../media/%E7%B2%BD%E5%AD%90.w1600.jpg 1600w\""))
        #expect(page.contains("alt=\"端午包粽子 照片1\""))
        #expect(!page.contains("没有.jpg"))
    }

    @Test func iCalendarTextIsEscapedAndFoldedAtCharacterBoundaries() {
        #expect(ICalendar.escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf")
        let line = "DESCRIPTION:" + String(repeating: "社区志愿服务，", count: 20)
        let folded = ICalendar.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let pieces = Array(folded.components(separatedBy: "\r\n").dropLast())
        #expect(pieces.count > 3)
        for (i, piece) in pieces.enumerated() {
            #expect(piece.utf8.count <= 75)
            if i > 0 { #expect(piece.hasPrefix(" ")) }
        }
        #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }
}

/// Checks against the demo site in `content/`: its size, its links to the demo plan, its month totals and its calendar.
@Suite("Ledger demo", .serialized)
struct LedgerDemoTests {
    /// The task ids the demo plan `2026-civilised` will define.
    static let planIDs: Set<String> = Set(["1", "2", "3", "3.1", "3.1.1", "3.1.2", "3.1.3", "3.2", "3.2.1", "3.2.2", "3.3", "3.3.1", "3.3.2",
                                           "3.4", "3.4.1", "3.4.2", "3.5", "3.5.1", "4", "4.1", "4.2"].map { "2026-civilised#" + $0 })

    static func buildDemo() throws -> (BuildResult, String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("nb-ledger-demo-\(UUID().uuidString)").path
        let options = BuildOptions(siteRoot: repositoryRoot, outputRoot: output, date: .explicit(LocalDate(year: 2026, month: 11, day: 20)!),
                                   includeDrafts: false, writesOutput: true)
        return (BuildPipeline(options: options, log: .silent).run(), output)
    }

    static func read(_ output: String, _ path: String) -> String? {
        FileManager.default.contents(atPath: output + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    static func demoActivities() throws -> [Activity] {
        let loaded = ContentLoader().load(siteRoot: repositoryRoot)
        return loaded.files.filter { $0.section == "ledger" }.flatMap { LedgerParser.parse($0).0 }
    }

    @Test func demoCoversAYearLinkedToThePlan() throws {
        let activities = try Self.demoActivities()
        #expect(activities.count >= 60)
        #expect(Set(activities.map(\.category)) == Set(SiteProfile.defaultCategories))
        #expect(LedgerChecks.taskReferences(activities, known: Self.planIDs).isEmpty)
        #expect(activities.allSatisfy { !$0.tasks.isEmpty })
        let festivals = ["春节": "2026-02-17", "元宵": "2026-03-03", "清明": "2026-04-05", "端午": "2026-06-19",
                         "七夕": "2026-08-19", "中秋": "2026-09-25", "重阳": "2026-10-18", "学雷锋": "2026-03-05"]
        for (name, date) in festivals {
            #expect(activities.contains { $0.title.hasPrefix(name) && $0.date.description == date }, "\(name) on \(date)")
        }
        let meetings = Set(activities.filter { $0.category == "会议" }.map(\.date.month))
        #expect(meetings == Set(1...12).subtracting([7]))
        let ledger = Ledger(activities: activities, today: LocalDate(year: 2026, month: 11, day: 20)!)
        #expect(ledger.activities(referencing: "2026-civilised#4.1").count == 11)
        #expect(ledger.upcoming.count >= 3)
        let sources = Set(activities.map(\.source.path))
        // First quarter from Excel, the second from a GB18030 CSV, the second half from YAML.
        let firstHalf = activities.filter { $0.source.path.hasSuffix(".csv") || $0.source.path.hasSuffix(".xlsx") }.count
        #expect(sources.count == 3 && abs(firstHalf * 2 - activities.count) <= 2)
    }

    @Test func monthPagesShowTotalsRecomputedFromTheSourceRows() throws {
        // Recompute from the raw rows: CSV cells by header, YAML values by key; held activities (up to the demo date) only.
        struct Sum: Equatable { var n = 0, participants = 0, volunteers = 0; var hours = 0.0 }
        var sums: [String: Sum] = [:]
        func add(date: String, participants: String?, volunteers: String?, hours: String?) {
            let d = try! LocalDate.parse(date).get()
            guard d <= LocalDate(year: 2026, month: 11, day: 20)! else { return }
            let key = String(format: "%04d-%02d", d.year, d.month)
            var s = sums[key] ?? Sum()
            s.n += 1
            s.participants += Int(participants ?? "") ?? 0
            s.volunteers += Int(volunteers ?? "") ?? 0
            s.hours += Double(hours ?? "") ?? 0
            sums[key] = s
        }
        let loaded = ContentLoader().load(siteRoot: repositoryRoot)
        for file in loaded.files where file.section == "ledger" {
            if ["csv", "xlsx"].contains(file.fileExtension) {
                var source = file
                if file.fileExtension == "xlsx" {
                    // The workbook's rows, read from the CSV LibreOffice made it from (Fixtures/office), not by the reader under test.
                    #expect(file.workbook != nil)
                    let path = repositoryRoot + "/Tests/NoticeboardTests/Fixtures/office/ledger-q1.csv"
                    source = SourceFile(path: path, text: try String(contentsOfFile: path, encoding: .utf8))
                } else {
                    #expect(file.encoding == .gb18030)
                }
                let table = try #require(CSVTable.parse(source).0)
                func cell(_ row: CSVTable.Row, _ name: String) -> String? { table.header.firstIndex(of: name).map { row.cells[$0] } }
                for row in table.rows {
                    add(date: cell(row, "日期")!, participants: cell(row, "参与人数"), volunteers: cell(row, "志愿者人数"), hours: cell(row, "志愿服务时长"))
                }
            } else {
                let items = try #require(try YAMLValue.parse(file.text, path: file.path).get()?.sequence)
                for item in items {
                    let pairs = try #require(item.mapping)
                    func value(_ k: String) -> String? { pairs.first { $0.key.string == k }?.value.string }
                    add(date: value("date")!, participants: value("participants"), volunteers: value("volunteers"), hours: value("volunteer_hours"))
                }
            }
        }
        #expect(sums.count == 11)

        let (result, output) = try Self.buildDemo()
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(result.errorCount == 0, "\(result.lines)")
        let numbers = try! Regex(#"<strong>([0-9.]+)</strong>"#)
        for (month, sum) in sums {
            let page = try #require(Self.read(output, "ledger/\(month)/index.html"), "\(month)")
            let block = try #require(page.components(separatedBy: "本月统计").dropFirst().first)
            let shown = block.matches(of: numbers).prefix(4).map { String($0.output[1].substring!) }
            let expected = [String(sum.n), String(sum.participants), String(sum.volunteers), ActivityView.hoursText(sum.hours)]
            #expect(shown == expected, "\(month)")
            let home = try #require(Self.read(output, "ledger/index.html"))
            let row = try #require(home.components(separatedBy: "data-month=\"\(month)\"").dropFirst().first?.components(separatedBy: "</tr>").first)
            #expect(row.contains("<td>\(sum.participants)</td><td>\(sum.volunteers)</td><td>\(ActivityView.hoursText(sum.hours))</td>"), "\(month)")
        }
        let july = try #require(Self.read(output, "ledger/2026-07/index.html"))
        #expect(!july.contains("领导小组会议"))
        #expect(Self.read(output, "index.html")?.contains("冬季消防疏散演练") == true)
    }

    @Test func calendarFeedParsesWithPythonICalendar() throws {
        let (result, output) = try Self.buildDemo()
        defer { try? FileManager.default.removeItem(atPath: output) }
        #expect(result.errorCount == 0, "\(result.lines)")
        let ics = try #require(FileManager.default.contents(atPath: output + "/calendar.ics"))
        let bytes = [UInt8](ics)
        #expect(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(!String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "").contains("\n"))

        let script = """
        import sys, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        assert cal['VERSION'] == '2.0'
        for tz in cal.walk('VTIMEZONE'):
            print('TZ', tz['TZID'])
        for e in cal.walk('VEVENT'):
            start = e.decoded('DTSTART')
            end = e.decoded('DTEND') if 'DTEND' in e else None
            print('EV', e['UID'], start.isoformat(), end.isoformat() if end else '-', str(e['SUMMARY']), str(e.get('LOCATION', '')), sep='|')
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, output + "/calendar.ics"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with icalendar is needed (pip install icalendar): \(stderr)")

        let lines = stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("TZ|Asia/Shanghai") || lines.contains("TZ Asia/Shanghai"))
        let events = lines.filter { $0.hasPrefix("EV|") }.map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
        #expect(Set(events.map { $0[1] }).count == events.count)
        func event(_ title: String) -> [String]? { events.first { $0[4] == title } }
        let drill = try #require(event("冬季消防疏散演练"))
        #expect(drill[2] == "2026-11-28T09:30:00+08:00" && drill[3] == "2026-11-28T11:00:00+08:00")
        #expect(drill[5] == "社区中心广场")
        #expect(event("迎新年文艺汇演")?[2] == "2026-12-30T19:00:00+08:00")
        let allDay = try #require(event("年终“文明楼道”评比检查"))
        #expect(allDay[2] == "2026-12-26" && allDay[3] == "2026-12-27")
        #expect(event("迎国庆社区书画摄影展")?[3] == "2026-10-08")
        // Upcoming and the last 90 days are in; older activities are not.
        #expect(event("防范电信网络诈骗讲座") != nil)
        #expect(event("学雷锋日志愿服务集市") == nil)
        let activities = try LedgerDemoTests.demoActivities()
        let expected = activities.filter { LocalDate(year: 2026, month: 11, day: 20)!.adding(days: -90) <= $0.lastDate }.count
        #expect(events.count == expected)

        // Stable: a second build gives the same bytes.
        let (_, again) = try Self.buildDemo()
        defer { try? FileManager.default.removeItem(atPath: again) }
        #expect(FileManager.default.contents(atPath: again + "/calendar.ics") == ics)
    }
}

import Markdown

/// Reads ledger files in `content/ledger/`: YAML lists of activities, or CSV tables exported from Excel
/// (Chinese headers 日期, 时间, 活动名称, 类别 …). Every problem is reported at its file, line and column.
public enum LedgerParser {
    /// The fields of an activity; the first alias is the usual Chinese CSV header.
    static let specs = [
        FieldSpec("date", "日期", "活动日期"),
        FieldSpec("time", "时间", "活动时间"),
        FieldSpec("end_date", "结束日期", "截止日期"),
        FieldSpec("title", "活动名称", "名称", "标题", "活动主题"),
        FieldSpec("category", "类别", "活动类别", "类型"),
        FieldSpec("place", "地点", "活动地点"),
        FieldSpec("organiser", "组织者", "组织单位", "负责人", "organizer"),
        FieldSpec("participants", "参与人数", "参加人数", "人数"),
        FieldSpec("volunteers", "志愿者人数", "志愿者"),
        FieldSpec("volunteer_hours", "志愿服务时长", "服务时长", "志愿时长"),
        FieldSpec("tasks", "对应任务", "任务", "计划任务"),
        FieldSpec("photos", "照片", "图片"),
        FieldSpec("summary", "简介", "活动简介", "内容"),
        FieldSpec("id", "编号"),
        FieldSpec("criteria", "测评项目", "测评指标", "对应测评"),
    ]

    /// Reads one ledger file by its extension; other files are ignored with a warning.
    public static func parse(_ file: SourceFile) -> ([Activity], [Diagnostic]) {
        switch file.fileExtension {
        case "yaml", "yml": return parseYAML(file)
        case "csv": return parseCSV(file)
        case "xlsx": return parseWorkbook(file)
        default:
            return ([], [.warning(file.location(), "ledger/ 里只读取 .yaml、.csv 和 .xlsx 文件，此文件被忽略 (only .yaml, .csv and .xlsx files are read in ledger/)", key: "file.ignored")])
        }
    }

    static func parseYAML(_ file: SourceFile) -> ([Activity], [Diagnostic]) {
        let root: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): root = v
        case .failure(let d): return ([], [d])
        }
        guard let root else {
            return ([], [.warning(file.location(), "台账文件是空的，没有活动 (empty ledger file)", key: "file.empty")])
        }
        var items = root.sequence
        if items == nil, let pairs = root.mapping,
           let list = pairs.first(where: { ["activities", "活动"].contains($0.key.string ?? "") })?.value.sequence {
            items = list
        }
        guard let items else {
            return ([], [.error(root.location, "台账文件应是活动的列表（每项以“- 日期: …”开始）(a ledger file is a list of activities)", key: "ledger.shape")])
        }
        var activities: [Activity] = []
        var diagnostics: [Diagnostic] = []
        for item in items {
            let (a, d) = activity(item, file: file)
            diagnostics += d
            if let a { activities.append(a) }
        }
        return (activities, diagnostics)
    }

    static func parseCSV(_ file: SourceFile) -> ([Activity], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (table, tableDiagnostics) = CSVTable.parse(file)
        diagnostics += tableDiagnostics
        guard let table else { return ([], diagnostics) }
        let (activities, tableDiagnostics2) = parseTable(table, file: file)
        return (activities, diagnostics + tableDiagnostics2)
    }

    /// Every sheet of an .xlsx ledger with a known header row, read like a CSV table.
    static func parseWorkbook(_ file: SourceFile) -> ([Activity], [Diagnostic]) {
        let (tables, diagnostics) = WorkbookTables.tables(file, specs: specs)
        var activities: [Activity] = []
        var all = diagnostics
        for table in tables {
            let (found, d) = parseTable(table, file: file)
            activities += found
            all += d
        }
        return (activities, all)
    }

    static func parseTable(_ table: CSVTable, file: SourceFile) -> ([Activity], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (columns, columnDiagnostics) = table.columns(specs, file: file, required: ["date", "title", "category"])
        diagnostics += columnDiagnostics
        guard columnDiagnostics.allSatisfy({ $0.key != "csv.missing-column" }) else { return ([], diagnostics) }
        var activities: [Activity] = []
        for row in table.rows {
            let (a, d) = activity(table.value(of: row, columns: columns, file: file), file: file)
            diagnostics += d
            if let a { activities.append(a) }
        }
        return (activities, diagnostics)
    }

    /// One activity from a YAML mapping or a CSV row turned into one.
    static func activity(_ value: YAMLValue, file: SourceFile) -> (Activity?, [Diagnostic]) {
        var r = FieldReader(value, specs: specs, at: value.location, what: "活动 (activity)")
        let date = r.date("date", label: "日期", required: true)
        let endDate = r.date("end_date", label: "结束日期")
        if let date, let endDate, endDate < date {
            r.report(.error(r.location(of: "end_date"), "结束日期 \(endDate) 早于活动日期 \(date) (end date before the activity's date)", key: "date.order"))
        } else if let date, let endDate {
            let days = date.days(until: endDate) + 1
            if days > Self.maximumSpanDays {
                r.report(.error(r.location(of: "end_date"), "活动持续 \(days) 天，超过上限 \(Self.maximumSpanDays) 天；长期工作请按次登记 (activity spans \(days) days, more than \(Self.maximumSpanDays))", key: "ledger.span"))
            } else if days > Self.longSpanDays {
                r.report(.warning(r.location(of: "end_date"), "活动持续 \(days) 天，超过一个月，请核对结束日期 (activity spans \(days) days: check the end date)", key: "ledger.span-long"))
            }
        }
        var start: TimeOfDay?, end: TimeOfDay?
        if let text = r.string("time", label: "时间") {
            switch TimeRangeParser.parse(text) {
            case .success(let (s, e)): start = s; end = e
            case .failure(.format):
                r.report(.error(r.location(of: "time"), "时间格式不对：“\(text)”，应写成 9:00 或 9:00-11:00 (time format: use HH:MM or HH:MM-HH:MM)", key: "ledger.time-format"))
            case .failure(.impossible(let t)):
                r.report(.error(r.location(of: "time"), "时间不存在：\(t) (impossible time)", key: "ledger.time"))
            case .failure(.order):
                r.report(.error(r.location(of: "time"), "结束时间早于开始时间：\(text) (activity ends before it starts)", key: "ledger.time"))
            }
        }
        let title = r.string("title", label: "活动名称", required: true)
        let category = r.string("category", label: "类别", required: true)
        let place = r.string("place", label: "地点")
        let organiser = r.string("organiser", label: "组织者")
        let participants = r.int("participants", label: "参与人数")
        let volunteers = r.int("volunteers", label: "志愿者人数")
        let hours = Self.hours(&r)
        var tasks: [String] = [], taskLocations: [SourceLocation] = []
        for (text, location) in r.strings("tasks", label: "对应任务") {
            for reference in split(text, onSpaces: true) {
                if !reference.contains("#") {
                    r.report(.error(location, "任务引用“\(reference)”应写成“计划名#编号”，如 2026-civilised#3.1.2 (task reference needs plan#id)", key: "ledger.task-format"))
                    continue
                }
                if !tasks.contains(reference) {
                    tasks.append(reference)
                    taskLocations.append(location)
                }
            }
        }
        var photos: [String] = [], photoLocations: [SourceLocation] = []
        for (text, location) in r.strings("photos", label: "照片") {
            for photo in split(text) {
                photos.append(photo)
                photoLocations.append(location)
            }
        }
        let summaryText = r.string("summary", label: "简介")
        let explicitID = r.string("id", label: "编号")
        var criteria: [String] = [], criteriaLocations: [SourceLocation] = []
        for (text, location) in r.strings("criteria", label: "测评项目") {
            for reference in split(text, onSpaces: true) where !criteria.contains(reference) {
                criteria.append(reference)
                criteriaLocations.append(location)
            }
        }
        guard let date, let title, let category else { return (nil, r.diagnostics.items) }
        let id = Slug.fit(explicitID.map(Slug.clean).flatMap { $0.isEmpty || Slug.isReserved($0) ? nil : $0 } ?? "\(date)-\(Slug.fromStem(title))")
        var activity = Activity(
            id: id, source: r.location, date: date, endDate: endDate, start: start, end: end, title: title, category: category,
            place: place, organiser: organiser, participants: participants, volunteers: volunteers, volunteerHours: hours,
            tasks: tasks, taskLocations: taskLocations, photos: photos, photoLocations: photoLocations,
            summary: summaryText.flatMap { $0.isEmpty ? nil : ChineseTypography.parse($0) },
            categoryLocation: r.location(of: "category"))
        activity.summaryLocation = activity.summary == nil ? nil : r.location(of: "summary")
        activity.criteria = criteria
        activity.criteriaLocations = criteriaLocations
        return (activity, r.diagnostics.items)
    }

    /// An activity may run at most this many days (one year); longer is a typo or an "indefinite" end date.
    public static let maximumSpanDays = 366
    /// Above this many days an activity is warned about (a month).
    public static let longSpanDays = 31
    /// Volunteer hours of one activity (all volunteers together) may not exceed this.
    public static let maximumHours = 100_000.0

    /// Volunteer hours: a number, with or without 小时 / h after it; never negative.
    static func hours(_ r: inout FieldReader) -> Double? {
        guard let text = r.string("volunteer_hours", label: "志愿服务时长") else { return nil }
        var t = text
        for suffix in ["小时", "个小时", "h", "H", "时"] where t.hasSuffix(suffix) { t = String(t.dropLast(suffix.count)) }
        guard let n = Double(t.trimmingCharacters(in: .whitespaces)), n.isFinite else {
            r.report(.error(r.location(of: "volunteer_hours"), "“志愿服务时长”应为数字（小时），而不是“\(text)” (volunteer_hours: expected a number of hours)", key: "number.invalid"))
            return nil
        }
        if n < 0 {
            r.report(.error(r.location(of: "volunteer_hours"), "“志愿服务时长”不能小于 0 (volunteer_hours: must be at least 0)", key: "number.range"))
            return nil
        }
        if n > maximumHours {
            r.report(.error(r.location(of: "volunteer_hours"), "“志愿服务时长”不能超过 \(Int(maximumHours)) 小时 (volunteer_hours: at most \(Int(maximumHours)))", key: "number.range"))
            return nil
        }
        return n
    }

    /// Splits a cell listing several items: `a；b、c` or one per line.
    static func split(_ text: String, onSpaces: Bool = false) -> [String] {
        text.split(whereSeparator: { ";；、,，\n".contains($0) || (onSpaces && $0.isWhitespace) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Makes ids unique across the ledger: a second `2026-03-05-x` becomes `2026-03-05-x-2` (files in path order).
    public static func assignUniqueIDs(_ activities: [Activity]) -> [Activity] {
        var seen: [String: Int] = [:]
        return activities.sorted { $0.source < $1.source }.map { a in
            var a = a
            let n = (seen[a.id] ?? 0) + 1
            seen[a.id] = n
            if n > 1 { a.id += "-\(n)" }
            return a
        }
    }
}

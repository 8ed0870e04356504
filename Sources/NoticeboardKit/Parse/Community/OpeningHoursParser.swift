/// Reads opening hours as staff write them: a mapping of days to times (`周一至周五: 8:30—17:30`, `周日: 休息`) or one
/// line like site.yaml's (`周一至周五 8:30—12:00、14:00—17:30，周六上午 9:00—12:00`).
public enum OpeningHoursParser {
    /// More spans than this in a day is a typing error, not a timetable.
    public static let maximumSpansPerDay = 6

    static let closedWords = ["休息", "闭馆", "不开放", "关闭", "闭室", "休馆", "暂停开放"]
    static let periodWords = ["上午", "下午", "晚上", "早上", "中午", "全天", "白天", "夜间"]

    /// Days not written are closed (`周三: 14:00—16:30` alone means closed the other six days).
    public static func parse(_ value: YAMLValue, diagnostics: inout DiagnosticList) -> OpeningHours {
        var hours = read(value, diagnostics: &diagnostics)
        if !hours.days.isEmpty { for d in 1...7 where hours.days[d] == nil { hours.days[d] = [] } }
        return hours
    }

    static func read(_ value: YAMLValue, diagnostics: inout DiagnosticList) -> OpeningHours {
        var hours = OpeningHours()
        var seen: [Int: SourceLocation] = [:]
        func apply(_ days: [Int], _ spans: [TimeSpan], at location: SourceLocation) {
            for d in days {
                if let first = seen[d] {
                    diagnostics.error(location, "\(OpeningHours.weekdayNames[d - 1])的开放时间写了两次（第 \(first.line) 行已写）(a weekday's hours given twice)", key: "venue.hours-twice")
                    continue
                }
                seen[d] = location
                hours.days[d] = spans
            }
        }
        if let pairs = value.mapping {
            for (key, item) in pairs {
                guard let dayText = key.string else { continue }
                if ["说明", "备注", "note"].contains(dayText.trimmingCharacters(in: .whitespaces)) {
                    hours.note = item.string
                    continue
                }
                guard let days = weekdays(dayText, at: key.location, diagnostics: &diagnostics) else { continue }
                guard let text = item.string else {
                    diagnostics.error(item.location, "“\(dayText)”的开放时间应为文字，如 8:30—17:30 或 休息 (hours: expected text)", key: "venue.hours")
                    continue
                }
                guard let spans = spans(text, at: item.location, diagnostics: &diagnostics) else { continue }
                apply(days, spans, at: key.location)
            }
            return hours
        }
        guard let text = value.string else {
            diagnostics.error(value.location, "开放时间应为“周一至周五: 8:30—17:30”这样的键值，或一行文字 (hours: expected a mapping or text)", key: "venue.hours")
            return hours
        }
        // One line: segments split by `，` `；` or line breaks; a segment without days continues the one before.
        var lastDays: [Int]?
        var lastSpans: [TimeSpan] = []
        for raw in text.split(whereSeparator: { "，,；;\n".contains($0) }) {
            let segment = raw.trimmingCharacters(in: .whitespaces)
            guard !segment.isEmpty else { continue }
            let start = segment.indices.first { i in
                let c = segment[i]
                return (c.isASCII && c.isNumber) || ("０"..."９").contains(c) || closedWords.contains { segment[i...].hasPrefix($0) }
            } ?? segment.endIndex
            var dayPart = String(segment[..<start]).trimmingCharacters(in: .whitespaces)
            for w in periodWords where dayPart.hasSuffix(w) { dayPart = String(dayPart.dropLast(w.count)).trimmingCharacters(in: .whitespaces) }
            let timePart = String(segment[start...])
            if dayPart.isEmpty {
                guard let days = lastDays else {
                    diagnostics.error(value.location, "开放时间“\(segment)”前要写星期几，如 周一至周五 8:30—17:30 (hours: name the days first)", key: "venue.weekday")
                    return hours
                }
                guard let more = spans(timePart, at: value.location, diagnostics: &diagnostics) else { continue }
                lastSpans += more
                for d in days { hours.days[d] = lastSpans }
                continue
            }
            guard let days = weekdays(dayPart, at: value.location, diagnostics: &diagnostics),
                  let found = spans(timePart, at: value.location, diagnostics: &diagnostics) else { continue }
            apply(days, found, at: value.location)
            lastDays = days
            lastSpans = found
        }
        return hours
    }

    /// `周一至周五` → 1…5, `周六、周日` → 6, 7, `每天` → 1…7, `工作日`, `周末`; nil (with an error) for anything else.
    static func weekdays(_ text: String, at location: SourceLocation, diagnostics: inout DiagnosticList) -> [Int]? {
        var t = text.trimmingCharacters(in: .whitespaces)
        for (a, b) in [("星期", "周"), ("礼拜", "周"), ("周天", "周日"), ("周七", "周日"), ("到", "至"), ("—", "至"), ("-", "至"), ("~", "至"), ("～", "至"), ("–", "至"),
                       ("，", "、"), (",", "、"), ("和", "、"), ("及", "、"), (" ", "")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        switch t {
        case "每天", "每日", "天天", "全周", "周一至周日": return Array(1...7)
        case "工作日": return Array(1...5)
        case "周末", "双休日": return [6, 7]
        default: break
        }
        let names: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7]
        var days: [Int] = []
        for part in t.split(separator: "、") {
            let ends = part.split(separator: "至", omittingEmptySubsequences: false)
            let numbers = ends.map { end -> Int? in
                let e = end.hasPrefix("周") ? end.dropFirst() : end
                guard e.count == 1, let c = e.first else { return nil }
                return names[c]
            }
            guard (1...2).contains(numbers.count), numbers.allSatisfy({ $0 != nil }), let a = numbers.first!, let b = numbers.last! else {
                diagnostics.error(location, "“\(text)”不是星期几：请写 周一、周一至周五、周六、周日、每天 或 工作日 (unknown weekday)", key: "venue.weekday")
                return nil
            }
            guard a <= b else {
                diagnostics.error(location, "“\(text)”的先后颠倒了：应写成 周\(["一", "二", "三", "四", "五", "六", "日"][b - 1])至周\(["一", "二", "三", "四", "五", "六", "日"][a - 1]) (weekday range backwards)", key: "venue.weekday")
                return nil
            }
            days += Array(a...b)
        }
        return days.isEmpty ? nil : days
    }

    /// `8:30—12:00、14:00—17:30` → two spans; `休息` → none (closed); nil (with an error) for a bad time.
    static func spans(_ text: String, at location: SourceLocation, diagnostics: inout DiagnosticList) -> [TimeSpan]? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if closedWords.contains(where: { t.hasPrefix($0) }) { return [] }
        var spans: [TimeSpan] = []
        for raw in t.split(whereSeparator: { "、，,；;/".contains($0) }) {
            var part = String(raw)
            for w in periodWords { part = part.replacingOccurrences(of: w, with: "") }
            guard !part.isEmpty else { continue }
            switch TimeRangeParser.parse(part) {
            case .success((let start, let end?)):
                spans.append(TimeSpan(start: start, end: end))
            case .success((_, nil)):
                diagnostics.error(location, "开放时间“\(part)”要写开始和结束，如 8:30—17:30 (hours need a start and an end)", key: "venue.hours")
                return nil
            case .failure(.impossible(let time)):
                diagnostics.error(location, "开放时间“\(part)”里的 \(time) 不是有效时间（小时 0—24，分钟 0—59）(impossible time)", key: "venue.hours")
                return nil
            case .failure(.order):
                diagnostics.error(location, "开放时间“\(part)”的结束早于开始 (hours end before they start)", key: "venue.hours-order")
                return nil
            case .failure(.format):
                diagnostics.error(location, "开放时间“\(part)”看不懂：请写成 8:30—17:30，多段用“、”分开，不开放写“休息” (hours format)", key: "venue.hours")
                return nil
            }
        }
        if spans.isEmpty {
            diagnostics.error(location, "开放时间是空的：请写 8:30—17:30 或 休息 (empty hours)", key: "venue.hours")
            return nil
        }
        if spans.count > maximumSpansPerDay {
            diagnostics.error(location, "一天最多写 \(maximumSpansPerDay) 段开放时间 (at most \(maximumSpansPerDay) spans a day)", key: "venue.hours")
            return nil
        }
        let sorted = spans.sorted { $0.start < $1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.start < a.end {
            diagnostics.error(location, "开放时间 \(a.text) 和 \(b.text) 重叠 (hours overlap)", key: "venue.hours-order")
            return nil
        }
        return sorted
    }
}

/// Reads `content/calendar.yaml`: days the site adds to the calendar of festivals and theme days, and built-in ones it drops.
public enum CalendarSettingsParser {
    static let specs = [
        FieldSpec("add", "增加", "添加", "节日"),
        FieldSpec("drop", "去掉", "删除", "不显示"),
    ]
    static let daySpecs = [
        FieldSpec("name", "名称"),
        FieldSpec("date", "日期"),
        FieldSpec("kind", "类型"),
    ]
    /// At most this many added days.
    public static let maximumAdditions = 366

    public static func parse(_ file: SourceFile?) -> (CalendarSettings, [Diagnostic]) {
        var settings = CalendarSettings()
        guard let file else { return (settings, []) }
        settings.source = file.path
        let value: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): value = v
        case .failure(let d): return (settings, [d])
        }
        var r = FieldReader(value, specs: specs, at: file.location(), what: "节日日历 (calendar)")
        if let v = r.value("add") {
            if let items = v.sequence, items.count <= maximumAdditions {
                for item in items {
                    var d = FieldReader(item, specs: daySpecs, at: item.location, what: "节日 (day)")
                    let name = d.string("name", label: "名称", required: true)
                    var kind = FestivalDay.Kind.local
                    if let k = d.string("kind", label: "类型") {
                        switch k {
                        case "传统节日", "traditional": kind = .traditional
                        case "主题日", "theme", "纪念日": kind = .themeDay
                        case "社区节日", "local", "自定": kind = .local
                        default:
                            d.report(.error(d.location(of: "kind"), "类型应为 传统节日、主题日 或 社区节日（写的是“\(k)”）(kind: 传统节日, 主题日 or 社区节日)", key: "calendar.kind"))
                        }
                    }
                    let rule = d.string("date", label: "日期", required: true).flatMap { text in
                        let found = Self.rule(text)
                        if found == nil {
                            d.report(.error(d.location(of: "date"), "日期应写成 3-5（每年）、2026-09-12（只这一天）或“9月第三个星期六”（写的是“\(text)”）(date: M-D, YYYY-MM-DD or M月第N个星期X)", key: "calendar.date"))
                        }
                        return found
                    }
                    if let name, let rule { settings.additions.append(.init(name: name, kind: kind, rule: rule, location: item.location)) }
                    r.absorb(d)
                }
            } else if let items = v.sequence {
                r.report(.error(v.location, "最多增加 \(maximumAdditions) 个节日，这里有 \(items.count) 个 (at most \(maximumAdditions) days)", key: "calendar.too-many"))
            } else {
                r.report(.error(v.location, "“增加”应为列表，每项写名称和日期 (add: a list of days)", key: "yaml.type"))
            }
        }
        let known = FestivalCalendar.builtIn.map(\.name)
        for (name, location) in r.strings("drop", label: "去掉") {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if known.contains(trimmed) {
                settings.drops.append((trimmed, location))
            } else {
                r.report(.warning(location, "日历里没有“\(trimmed)”\(Suggestion.hint(for: trimmed, in: known))，去掉它不起作用 (no such built-in day to drop)", key: "calendar.drop-unknown"))
            }
        }
        return (settings, r.diagnostics.items)
    }

    /// `3-5`, `3月5日`, `03/05` (every year); `2026-09-12` (once); `9月第三个星期六`, `5月第3个周日`.
    static func rule(_ text: String) -> DayRule? {
        let t = text.replacingOccurrences(of: " ", with: "")
        if case .success(let date) = LocalDate.parse(t) { return .once(date) }
        if let range = t.range(of: "月第") {
            guard let month = Int(t[..<range.lowerBound]), (1...12).contains(month) else { return nil }
            var rest = t[range.upperBound...]
            let n = rest.prefix { $0 != "个" }
            guard let count = Int(n) ?? ChineseNumber.value(String(n)), (1...5).contains(count) else { return nil }
            rest = rest.dropFirst(n.count)
            for prefix in ["个星期", "个周", "个礼拜"] where rest.hasPrefix(prefix) {
                let day = rest.dropFirst(prefix.count)
                let names = ["一", "二", "三", "四", "五", "六", "日"]
                if let i = names.firstIndex(of: String(day)) { return .nthWeekday(month: month, n: count, weekday: i + 1) }
                if day == "天" { return .nthWeekday(month: month, n: count, weekday: 7) }
            }
            return nil
        }
        var s = t
        if s.hasSuffix("日") || s.hasSuffix("号") { s.removeLast() }
        let parts = s.split(whereSeparator: { "-/.月".contains($0) })
        guard parts.count == 2, parts.allSatisfy({ $0.count <= 2 }), let m = Int(parts[0]), let d = Int(parts[1]),
              (1...12).contains(m), d >= 1, d <= LocalDate.daysIn(month: m, year: 2024) else { return nil }
        return .fixed(month: m, day: d)
    }
}

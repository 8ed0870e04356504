/// Reads `content/volunteers/`: registrations as a CSV (or .xlsx) with one row per volunteer, or counts per month
/// and team (YAML list or table), into `VolunteerRegistration`s.
public enum VolunteerParser {
    static let specs = [
        FieldSpec("name", "姓名"),
        FieldSpec("date", "注册日期", "日期", "登记日期", "加入日期"),
        FieldSpec("month", "月份", "注册月份"),
        FieldSpec("team", "队伍", "所属队伍", "服务队", "志愿服务队"),
        FieldSpec("count", "人数", "新增人数", "注册人数"),
        FieldSpec("publish", "公开姓名", "同意公开"),
        FieldSpec("left", "注销日期", "退出日期"),
        FieldSpec("building", "楼栋", "住址"),
        FieldSpec("phone", "电话", "联系电话", "手机"),
        FieldSpec("skills", "特长", "服务意向"),
    ]

    public static func parse(_ file: SourceFile) -> ([VolunteerRegistration], [Diagnostic]) {
        let (rows, d) = RecordRows.rows(file, specs: specs, listKeys: ["登记", "registrations", "志愿者"])
        var diagnostics = d
        var out: [VolunteerRegistration] = []
        for row in rows {
            var r = FieldReader(row, specs: specs, at: row.location, what: "志愿者登记 (registration)")
            let name = r.string("name", label: "姓名")
            let when = RecordRows.dateOrMonth(&r)
            let team = r.string("team", label: "队伍")
            var count = r.int("count", label: "人数", minimum: 0, maximum: 100_000)
            if name == nil, count == nil, !r.has("count") {
                r.report(.error(r.location, "每行要有“姓名”（一人一行）或“人数”（按月统计）(a row needs a name or a count)", key: "key.missing"))
            }
            if name != nil, count == nil, !r.has("count") { count = 1 }
            let publish = r.bool("publish", label: "公开姓名") ?? false
            let left = r.date("left", label: "注销日期")
            for key in ["building", "phone", "skills"] { _ = r.string(key) }
            if let left, let when, left < when.0 {
                r.report(.error(r.location(of: "left"), "注销日期 \(left) 早于注册日期 \(when.0) (left before registering)", key: "date.order"))
            }
            diagnostics += r.diagnostics.items
            guard let when, let count else { continue }
            out.append(VolunteerRegistration(date: when.0, team: team, count: count, name: name, mayPublish: publish, left: left, location: row.location))
        }
        return (out, diagnostics)
    }
}

/// Reads a team from `content/teams/*.yaml`: its name, kind and members (inline, or from a CSV as Excel saves it).
public enum TeamParser {
    static let specs = [
        FieldSpec("name", "名称", "队伍", "组织", "队名"),
        FieldSpec("kind", "类型", "类别", "性质"),
        FieldSpec("duty", "职责", "简介", "说明", "工作职责"),
        FieldSpec("phone", "电话", "联系电话"),
        FieldSpec("schedule", "活动时间", "时间", "例会"),
        FieldSpec("venue", "场所", "活动场所", "地点"),
        FieldSpec("members", "成员", "组成人员", "名单", "队员"),
        FieldSpec("members_file", "成员表", "名单文件", "成员文件"),
        FieldSpec("slug", "网址名"),
    ]
    static let memberSpecs = [
        FieldSpec("name", "姓名"),
        FieldSpec("role", "职务", "职位", "角色", "分工", "组内职务"),
        FieldSpec("unit", "单位", "现任职务", "工作单位", "单位职务", "本职"),
        FieldSpec("official", "社区干部", "干部", "官员"),
        FieldSpec("publish", "公开姓名", "同意公开", "公开"),
        FieldSpec("building", "楼栋", "住址"),
        FieldSpec("phone", "电话", "联系电话", "手机"),
    ]
    /// A team's members are a list staff keep up; more than this is a pasted table gone wrong.
    public static let maximumMembers = 2000

    public static func parse(_ file: SourceFile, table: (String) -> SourceFile?) -> (Team?, [Diagnostic]) {
        let root: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): root = v
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(root, specs: specs, at: file.location(), what: "队伍 (team)")
        if root == nil { return (nil, [.error(file.location(), "文件是空的 (empty file)", key: "file.empty")]) }
        let name = r.string("name", label: "名称", required: true)
        var kind: TeamKind?
        if let text = r.string("kind", label: "类型") {
            kind = TeamKind.named(text)
            if kind == nil {
                r.report(.error(r.location(of: "kind"), "队伍类型“\(text)”无法识别，可写：领导小组、理事会、志愿服务队、文艺队、巡逻队、讲师团、其他\(Suggestion.hint(for: text, in: TeamKind.words.map(\.0))) (unknown team kind)", key: "team.kind"))
            }
        } else if let name {
            kind = TeamKind.named(name)
            if kind == nil {
                r.report(.error(r.location, "请写“类型”：领导小组、理事会、志愿服务队、文艺队、巡逻队、讲师团 或 其他（从名称“\(name)”看不出）(missing team kind)", key: "team.kind"))
            }
        }
        var members: [TeamMember] = []
        var inputs = [file.path]
        if let list = r.value("members") {
            if let items = list.sequence {
                for item in items {
                    if let m = member(item, diagnostics: &r) { members.append(m) }
                }
            } else {
                r.report(.error(list.location, "“成员”应为列表，每人一项（- 姓名: …）(members: expected a list)", key: "yaml.type"))
            }
        }
        if let path = r.string("members_file", label: "成员表") {
            let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
            let full = folder + "/" + path
            if path.contains("..") || path.hasPrefix("/") {
                r.report(.error(r.location(of: "members_file"), "成员表应是 teams/ 文件夹里的文件名，如 志愿服务队成员.csv (members file must be in teams/)", key: "team.members-file"))
            } else if let csv = table(full) {
                inputs.append(full)
                members += fromTable(csv, diagnostics: &r)
            } else {
                r.report(.error(r.location(of: "members_file"), "找不到成员表 \(full) (members file not found)", key: "team.members-file"))
            }
        }
        if members.count > maximumMembers {
            r.report(.error(r.location(of: "members"), "一支队伍最多 \(maximumMembers) 名成员，这里有 \(members.count) 名 (too many members)", key: "team.too-many"))
            members = Array(members.prefix(maximumMembers))
        }
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)
        let duty = r.string("duty", label: "职责")
        let phone = r.string("phone", label: "电话")
        let schedule = r.string("schedule", label: "活动时间")
        let venue = r.string("venue", label: "场所")
        guard let name, let kind else { return (nil, r.diagnostics.items) }
        return (Team(source: file.location(), slug: slug, name: name, kind: kind, duty: duty, phone: phone, schedule: schedule,
                     venue: venue, members: members, inputs: inputs), r.diagnostics.items)
    }

    /// One member: a mapping (`姓名`, `职务`, `社区干部`, `公开姓名`) or just a name (a member whose name is masked).
    static func member(_ item: YAMLValue, diagnostics r: inout FieldReader) -> TeamMember? {
        if let text = item.string {
            let name = text.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return nil }
            return TeamMember(name: name, role: "成员", unit: nil, isOfficial: false, mayPublish: false, location: item.location)
        }
        var m = FieldReader(item, specs: memberSpecs, at: item.location, what: "成员 (member)")
        let name = m.string("name", label: "姓名", required: true)
        let role = m.string("role", label: "职务") ?? "成员"
        let unit = m.string("unit", label: "单位")
        let official = m.bool("official", label: "社区干部") ?? false
        let publish = m.bool("publish", label: "公开姓名") ?? false
        _ = m.string("building", label: "楼栋")
        _ = m.string("phone", label: "电话")
        r.absorb(m)
        guard let name else { return nil }
        if name.count > 20 {
            r.report(.error(m.location(of: "name"), "姓名“\(name.prefix(20))…”太长（最多 20 个字）(name too long)", key: "team.member"))
            return nil
        }
        return TeamMember(name: name, role: role, unit: unit, isOfficial: official, mayPublish: publish, location: m.location(of: "name"))
    }

    /// Members from a CSV (or .xlsx) with the same columns: 姓名, 职务, 单位, 社区干部, 公开姓名.
    static func fromTable(_ file: SourceFile, diagnostics r: inout FieldReader) -> [TeamMember] {
        var tables: [CSVTable] = []
        if file.workbook != nil {
            let (found, d) = WorkbookTables.tables(file, specs: memberSpecs)
            tables = found
            for x in d { r.report(x) }
        } else {
            let (table, d) = CSVTable.parse(file)
            for x in d { r.report(x) }
            if let table { tables = [table] }
        }
        var members: [TeamMember] = []
        for table in tables {
            let (columns, d) = table.columns(memberSpecs, file: file, required: ["name"])
            for x in d { r.report(x) }
            guard columns["name"] != nil else { continue }
            for row in table.rows {
                if let m = member(table.value(of: row, columns: columns, file: file), diagnostics: &r) { members.append(m) }
            }
        }
        return members
    }
}

/// Reads the incidents ledger (`content/incidents/`, 事件台账): a CSV or .xlsx as Excel saves it, or a YAML list, one
/// row per incident or per month and kind with a count.
public enum IncidentParser {
    static let specs = [
        FieldSpec("date", "日期", "发生日期", "时间"),
        FieldSpec("month", "月份"),
        FieldSpec("kind", "类别", "类型", "事件类别", "性质"),
        FieldSpec("count", "起数", "数量", "件数", "次数"),
        FieldSpec("place", "地点", "发生地点", "位置"),
        FieldSpec("party", "当事人", "姓名", "涉及人员"),
        FieldSpec("phone", "电话", "联系电话"),
        FieldSpec("summary", "情况", "简要情况", "事由", "描述", "内容", "经过"),
        FieldSpec("outcome", "处理结果", "处理情况", "结果"),
        FieldSpec("public", "公开", "是否公开"),
    ]

    public static func parse(_ file: SourceFile) -> ([Incident], [Diagnostic]) {
        let (rows, d) = RecordRows.rows(file, specs: specs, required: ["kind"], listKeys: ["事件", "incidents", "台账"])
        var diagnostics = d
        var out: [Incident] = []
        for row in rows {
            var r = FieldReader(row, specs: specs, at: row.location, what: "事件 (incident)")
            let when = RecordRows.dateOrMonth(&r)
            var kind: String?
            if let text = r.string("kind", label: "类别", required: true) {
                kind = Incident.kind(named: text)
                if kind == nil {
                    r.report(.error(r.location(of: "kind"), "事件类别“\(text)”无法识别，可写：\(Incident.kinds.joined(separator: "、"))\(Suggestion.hint(for: text, in: Array(Incident.aliases.keys).sorted())) (unknown incident kind)", key: "incident.kind"))
                }
            }
            let count = r.has("count") ? r.int("count", label: "起数", minimum: 0, maximum: 100_000) : 1
            let isPublic = r.bool("public", label: "公开") ?? false
            let place = r.string("place", label: "地点")
            let party = r.string("party", label: "当事人")
            let phone = r.string("phone", label: "电话")
            let summary = r.string("summary", label: "情况")
            let outcome = r.string("outcome", label: "处理结果")
            if let when, when.1, isPublic {
                r.report(.warning(r.location(of: "public"), "按月统计的行没有具体事件可公开 (a monthly count has nothing to publish)", key: "incident.public-count"))
            }
            diagnostics += r.diagnostics.items
            guard let when, let kind, let count else { continue }
            var incident = Incident(location: row.location, date: when.0, monthOnly: when.1, kind: kind, count: count, isPublic: isPublic && !when.1)
            incident.place = place
            incident.summary = summary
            incident.outcome = outcome
            incident.party = party
            incident.phone = phone
            incident.textLocations = ["place", "summary", "outcome"].filter { r.has($0) }.map { ($0, r.location(of: $0)) }
            out.append(incident)
        }
        return (out, diagnostics)
    }
}

/// Reads venues from `content/venues/*.yaml`: one venue per file, or a list of venues in one file.
public enum VenueParser {
    static let specs = [
        FieldSpec("name", "名称", "场所"),
        FieldSpec("kind", "类型", "类别"),
        FieldSpec("address", "地址", "位置"),
        FieldSpec("hours", "开放时间", "时间"),
        FieldSpec("phone", "电话", "联系电话"),
        FieldSpec("keeper", "联系人", "管理员", "负责人"),
        FieldSpec("uses", "用途", "活动", "功能", "开展活动"),
        FieldSpec("slug", "网址名"),
    ]
    /// Kinds pages know; any other text is accepted as it is written.
    public static let knownKinds = ["市民学校", "道德讲堂", "图书室", "活动室", "党群服务中心", "新时代文明实践站", "老年活动中心", "健身场地", "阅览室", "调解室", "议事厅"]

    public static func parse(_ file: SourceFile) -> ([Venue], [Diagnostic]) {
        let root: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): root = v
        case .failure(let d): return ([], [d])
        }
        guard let root else { return ([], [.error(file.location(), "文件是空的 (empty file)", key: "file.empty")]) }
        if let items = root.sequence {
            var venues: [Venue] = []
            var diagnostics: [Diagnostic] = []
            for item in items {
                let (v, d) = venue(item, file: file, stem: nil)
                diagnostics += d
                if let v { venues.append(v) }
            }
            return (venues, diagnostics)
        }
        let (v, d) = venue(root, file: file, stem: file.stem)
        return (v.map { [$0] } ?? [], d)
    }

    static func venue(_ value: YAMLValue, file: SourceFile, stem: String?) -> (Venue?, [Diagnostic]) {
        var r = FieldReader(value, specs: specs, at: value.location, what: "服务场所 (venue)")
        let name = r.string("name", label: "名称", required: true)
        let kind = r.string("kind", label: "类型") ?? name.flatMap { n in knownKinds.first { n.hasSuffix($0) } } ?? name
        let address = r.string("address", label: "地址")
        var hours = OpeningHours()
        var list = DiagnosticList()
        if let v = r.value("hours") { hours = OpeningHoursParser.parse(v, diagnostics: &list) }
        else { r.report(.warning(r.location, "没有写“开放时间”，页面上无法告诉居民何时开放 (venue has no opening hours)", key: "venue.no-hours")) }
        for d in list.items { r.report(d) }
        let phone = r.string("phone", label: "电话")
        let keeper = r.string("keeper", label: "联系人")
        let uses = r.strings("uses", label: "用途").map(\.0).flatMap { $0.split(whereSeparator: { "、，,".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: stem ?? name ?? file.stem, location: r.location(of: "slug"), reader: &r)
        guard let name, let kind else { return (nil, r.diagnostics.items) }
        return (Venue(source: value.location, slug: slug, name: name, kind: kind, address: address, hours: hours, contact: phone,
                      keeper: keeper, uses: uses), r.diagnostics.items)
    }
}

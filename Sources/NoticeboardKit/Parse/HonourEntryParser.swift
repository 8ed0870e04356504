import Markdown

/// Reads the entries of an honour roll — red (commended) or black (exposed) — from YAML items or CSV rows.
public enum HonourEntryParser {
    static let redSpecs = [
        FieldSpec("name", "姓名", "名称", "姓名/名称", "户主", "户主姓名"),
        FieldSpec("household", "家庭", "家庭名称", "单位", "店名", "单位名称"),
        FieldSpec("building", "楼栋", "住址", "地址", "楼栋/住址", "门牌"),
        FieldSpec("deeds", "事迹", "理由", "主要事迹", "推荐理由", "事迹/理由"),
        FieldSpec("photo", "照片"),
        FieldSpec("revoked", "撤销"),
        FieldSpec("revoked_on", "撤销日期"),
        FieldSpec("revoked_reason", "撤销原因"),
    ]
    static let blackSpecs = [
        FieldSpec("behaviour", "行为", "不文明行为", "问题", "事由", "behavior"),
        FieldSpec("place", "地点", "位置"),
        FieldSpec("date", "日期", "发现日期"),
        FieldSpec("name", "姓名", "当事人", "姓名/名称"),
        FieldSpec("plate", "车牌", "车牌号", "车牌号码"),
        FieldSpec("phone", "电话", "联系电话", "手机"),
        FieldSpec("photo", "照片"),
        FieldSpec("redacted", "已打码", "照片已打码", "打码"),
        FieldSpec("rectified", "整改日期", "整改"),
        FieldSpec("rectification", "整改情况"),
    ]

    /// The entries read, red or black according to the roll's list.
    public struct Entries: Sendable {
        public var red: [RedEntry] = []
        public var black: [BlackEntry] = []
    }

    /// Reads a CSV of entries; a GB18030 file is read but named in a warning.
    public static func fromCSV(_ file: SourceFile, list: HonourList, sheet: String? = nil, sheetAt: SourceLocation? = nil) -> (Entries, [Diagnostic]) {
        if file.workbook != nil {
            // An .xlsx: the sheet the roll names (工作表), else every sheet with a known header.
            let (tables, diagnostics) = WorkbookTables.tables(file, specs: list == .red ? redSpecs : blackSpecs, sheet: sheet, namedAt: sheetAt)
            var entries = Entries()
            var all = diagnostics
            for table in tables {
                let (e, d) = fromTable(table, file: file, list: list)
                entries.red += e.red
                entries.black += e.black
                all += d
            }
            return (entries, all)
        }
        var diagnostics: [Diagnostic] = []
        let (table, tableDiagnostics) = CSVTable.parse(file)
        diagnostics += tableDiagnostics
        guard let table else { return (Entries(), diagnostics) }
        let (entries, d) = fromTable(table, file: file, list: list)
        return (entries, diagnostics + d)
    }

    /// The entries of one table (a CSV file or a sheet).
    static func fromTable(_ table: CSVTable, file: SourceFile, list: HonourList) -> (Entries, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (columns, columnDiagnostics) = table.columns(list == .red ? redSpecs : blackSpecs, file: file, required: list == .red ? [] : ["behaviour"])
        diagnostics += columnDiagnostics
        if list == .red, columns["name"] == nil, columns["household"] == nil {
            diagnostics.append(.error(table.location(file, line: table.headerLine), "缺少“姓名”或“家庭”列 (missing a name or household column)", key: "csv.missing-column"))
        }
        var entries = Entries()
        for row in table.rows {
            let value = table.value(of: row, columns: columns, file: file)
            let (entry, d) = fromYAML(value, list: list, what: table.sheetName.map { "工作表“\($0)”第 \(row.line) 行 (row)" } ?? "第 \(row.line) 行 (row)")
            diagnostics += d
            if let e = entry.red { entries.red.append(e) }
            if let e = entry.black { entries.black.append(e) }
        }
        return (entries, diagnostics)
    }

    /// Reads one entry (a YAML mapping, or a CSV row turned into one).
    public static func fromYAML(_ value: YAMLValue, list: HonourList, what: String = "名单条目 (entry)") -> ((red: RedEntry?, black: BlackEntry?), [Diagnostic]) {
        switch list {
        case .red:
            let (e, d) = red(value, what: what)
            return ((e, nil), d)
        case .black:
            let (e, d) = black(value, what: what)
            return ((nil, e), d)
        }
    }

    static func red(_ value: YAMLValue, what: String) -> (RedEntry?, [Diagnostic]) {
        var r = FieldReader(value, specs: redSpecs, at: value.location, what: what)
        let name = r.string("name", label: "姓名")
        let household = r.string("household", label: "家庭")
        if name == nil, household == nil {
            r.report(.error(r.location, "缺少“姓名”或“家庭”(entry needs a name or household)", key: "key.missing"))
        }
        let building = r.string("building", label: "楼栋")
        let deeds = r.string("deeds", label: "事迹").map { ChineseTypography.parse($0) }
        let photo = r.string("photo", label: "照片")
        var revocation: Revocation?
        if r.has("revoked") {
            revocation = HonourRollParser.revocationBlock(&r, key: "revoked")
        }
        let revokedOn = r.date("revoked_on", label: "撤销日期")
        let revokedReason = r.string("revoked_reason", label: "撤销原因")
        if let revokedOn {
            if let revokedReason {
                revocation = Revocation(date: revokedOn, reason: revokedReason)
            } else {
                r.report(.error(r.location(of: "revoked_on"), "写了撤销日期，也要写撤销原因 (revocation needs a reason)", key: "honour.revoked"))
            }
        } else if revokedReason != nil {
            r.report(.error(r.location(of: "revoked_reason"), "写了撤销原因，也要写撤销日期 (revocation needs a date)", key: "honour.revoked"))
        }
        guard let shown = name ?? household else { return (nil, r.diagnostics.items) }
        var entry = RedEntry(location: value.location, name: shown, household: name == nil ? nil : household, building: building,
                             deeds: deeds, photo: photo, revocation: revocation)
        entry.deedsLocation = deeds == nil ? nil : r.location(of: "deeds")
        return (entry, r.diagnostics.items)
    }

    static func black(_ value: YAMLValue, what: String) -> (BlackEntry?, [Diagnostic]) {
        var r = FieldReader(value, specs: blackSpecs, at: value.location, what: what)
        let behaviour = r.string("behaviour", label: "行为", required: true)
        let place = r.string("place", label: "地点")
        let date = r.date("date", label: "日期")
        let name = r.string("name", label: "姓名")
        let plate = r.string("plate", label: "车牌")
        let phone = r.string("phone", label: "电话")
        let photo = r.string("photo", label: "照片")
        let redacted = r.bool("redacted", label: "已打码") ?? false
        if photo != nil, !redacted {
            r.report(.error(r.location(of: "photo"), "曝光台照片必须先打码（人脸、车牌），并注明 redacted: true（已打码: 是）(black-list photo must be redacted and marked 'redacted: true')", key: "honour.photo-unredacted"))
        }
        let rectified = r.date("rectified", label: "整改日期")
        let rectification = r.string("rectification", label: "整改情况")
        if let date, let rectified, rectified < date {
            r.report(.error(r.location(of: "rectified"), "整改日期 \(rectified) 早于发现日期 \(date) (rectified before the date)", key: "date.order"))
        }
        guard let behaviour else { return (nil, r.diagnostics.items) }
        let entry = BlackEntry(location: value.location, behaviour: behaviour, place: place, date: date, name: name, plate: plate,
                               phone: phone, photo: photo, photoRedacted: redacted, rectified: rectified, rectification: rectification)
        return (entry, r.diagnostics.items)
    }
}

import Foundation

/// Reads `content/checklists/`: a YAML file per checklist (header, and its criteria inline or in a table), or a table
/// (`.csv`, `.xlsx`) as the street office sends it, with an optional YAML of the same name for the header.
public enum ChecklistParser {
    static let headerSpecs = [
        FieldSpec("title", "标题", "名称"),
        FieldSpec("issuer", "发布单位", "制定单位", "测评单位"),
        FieldSpec("year", "年度", "年份"),
        FieldSpec("from", "开始日期", "起始日期"),
        FieldSpec("to", "截止日期", "结束日期"),
        FieldSpec("public", "公开"),
        FieldSpec("slug", "网址名"),
        FieldSpec("table", "表格", "测评表"),
        FieldSpec("criteria", "条目", "测评体系", "指标体系"),
        FieldSpec("rules", "规则", "佐证规则"),
        FieldSpec("scores", "自评"),
    ]
    /// Columns of the table (and keys of an inline criterion); the first alias is the usual header.
    static let criterionSpecs = [
        FieldSpec("number", "序号", "编号"),
        FieldSpec("title", "测评项目", "项目", "测评指标"),
        FieldSpec("content", "测评内容", "内容", "测评标准", "标准"),
        FieldSpec("points", "分值", "分数", "标准分"),
        FieldSpec("method", "测评方法", "考核方法", "评分方法", "评分标准"),
        FieldSpec("evidence", "佐证材料", "佐证", "台账资料"),
        FieldSpec("categories", "活动类别", "类别"),
        FieldSpec("tasks", "对应任务", "任务"),
        FieldSpec("targets", "对应指标", "指标", "目标"),
        FieldSpec("per", "周期", "频次"),
        FieldSpec("score", "自评分", "自评得分"),
        FieldSpec("note", "说明", "自评说明"),
        FieldSpec("remark", "备注"),
    ]
    static let ruleSpecs = [
        FieldSpec("words", "关键词", "词语"),
        FieldSpec("kind", "类型", "记录"),
        FieldSpec("category", "类别", "活动类别"),
        FieldSpec("title", "标题含", "标题"),
    ]
    static let scoreSpecs = [FieldSpec("number", "序号"), FieldSpec("score", "自评分"), FieldSpec("note", "说明")]

    /// At most this many rows per checklist, and characters per cell.
    public static let maximumCriteria = 300
    public static let maximumText = 2000

    public static func parse(_ files: [SourceFile]) -> ([Checklist], [Diagnostic]) {
        var lists: [Checklist] = []
        var diagnostics: [Diagnostic] = []
        let tables = Dictionary(files.filter { ["csv", "xlsx"].contains($0.fileExtension) }.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var used = Set<String>()
        for file in files.sorted(by: { $0.path < $1.path }) {
            switch file.fileExtension {
            case "yaml", "yml":
                let (list, d) = parseYAML(file, tables: tables, used: &used)
                diagnostics += d
                if let list { lists.append(list) }
            case "csv", "xlsx": continue
            default:
                diagnostics.append(.warning(file.location(), "checklists/ 里只读取 .yaml、.csv 和 .xlsx 文件，此文件被忽略 (only .yaml, .csv and .xlsx files are read in checklists/)", key: "file.ignored"))
            }
        }
        for path in tables.keys.sorted() where !used.contains(path) {
            let file = tables[path]!
            var r = FieldReader(nil, specs: headerSpecs, at: file.location(), what: "测评体系 (checklist)")
            let (criteria, d) = readTable(file)
            r.absorb(d)
            if let list = make(file: file, header: &r, criteria: criteria, inputs: [file.path]) { lists.append(list) }
            diagnostics += r.diagnostics.items
        }
        return (lists, diagnostics)
    }

    static func parseYAML(_ file: SourceFile, tables: [String: SourceFile], used: inout Set<String>) -> (Checklist?, [Diagnostic]) {
        let root: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): root = v
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(root, specs: headerSpecs, at: file.location(), what: "测评体系 (checklist)")
        var criteria: [YAMLValue] = []
        var inputs = [file.path]
        if let items = r.value("criteria") {
            guard let list = items.sequence else {
                r.report(.error(items.location, "“条目”应为列表，每项一条测评内容 (criteria: expected a list)", key: "yaml.type"))
                return (nil, r.diagnostics.items)
            }
            criteria = list
        } else {
            let folder = (file.path as NSString).deletingLastPathComponent
            var tablePath: String?
            if let named = r.value("table") {
                guard let name = named.string else {
                    r.report(.error(named.location, "“表格”应为文件名 (table: expected a file name)", key: "yaml.type"))
                    return (nil, r.diagnostics.items)
                }
                guard let path = resolve(name, in: folder) else {
                    r.report(.error(named.location, "表格“\(name)”不在 content/checklists/ 文件夹里，不能读取 (table path outside content/checklists/)", key: "checklist.path"))
                    return (nil, r.diagnostics.items)
                }
                guard tables[path] != nil else {
                    r.report(.error(named.location, "找不到表格文件 \(path)（.csv 或 .xlsx，放在 content/checklists/ 里）(table file not found)", key: "checklist.table-missing"))
                    return (nil, r.diagnostics.items)
                }
                tablePath = path
            } else {
                let base = String(file.path.dropLast(file.fileExtension.count + 1))
                tablePath = [base + ".csv", base + ".xlsx"].first { tables[$0] != nil }
            }
            guard let tablePath, let table = tables[tablePath] else {
                r.report(.error(file.location(), "测评体系没有条目：写“条目:”列表，或放一个同名的 .csv / .xlsx 表格 (checklist has no criteria: add a list or a table of the same name)", key: "checklist.empty"))
                return (nil, r.diagnostics.items)
            }
            used.insert(tablePath)
            inputs.append(tablePath)
            let (rows, d) = readTable(table)
            r.absorb(d)
            criteria = rows
        }
        let list = make(file: file, header: &r, criteria: criteria, inputs: inputs)
        return (list, r.diagnostics.items)
    }

    /// `x.csv` or `sub/x.csv` relative to `folder`, as a path under `content/checklists/`; nil when it leaves it.
    static func resolve(_ name: String, in folder: String) -> String? {
        var parts = folder.split(separator: "/").map(String.init)
        let root = ["content", "checklists"]
        guard !name.hasPrefix("/"), !name.hasPrefix("\\"), !name.contains(":") else { return nil }
        for component in name.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            if component == "." { continue }
            if component == ".." {
                guard parts.count > root.count else { return nil }
                parts.removeLast()
            } else {
                parts.append(String(component))
            }
        }
        guard parts.count > root.count, Array(parts.prefix(2)) == root else { return nil }
        return parts.joined(separator: "/")
    }

    /// The rows of a CSV or the sheets of a workbook as located mappings.
    static func readTable(_ file: SourceFile) -> ([YAMLValue], FieldReader) {
        var r = FieldReader(nil, specs: [], at: file.location(), what: "")
        var tables: [CSVTable] = []
        if file.fileExtension == "xlsx" {
            let (found, d) = WorkbookTables.tables(file, specs: criterionSpecs)
            d.forEach { r.report($0) }
            tables = found
        } else {
            let (table, d) = CSVTable.parse(file)
            d.forEach { r.report($0) }
            if let table { tables = [table] }
        }
        var rows: [YAMLValue] = []
        for table in tables {
            let (columns, d) = table.columns(criterionSpecs, file: file, required: ["number", "title", "points"])
            for var diagnostic in d {
                // A column the checklist does not know is a mistake in a table sent for scoring: an error, not a warning.
                if diagnostic.key == "csv.unknown-column" { diagnostic = .error(diagnostic.location, diagnostic.message, key: "checklist.column") }
                r.report(diagnostic)
            }
            guard d.allSatisfy({ $0.key != "csv.missing-column" }) else { continue }
            rows += table.rows.map { table.value(of: $0, columns: columns, file: file) }
        }
        return (rows, r)
    }

    static func make(file: SourceFile, header r: inout FieldReader, criteria rows: [YAMLValue], inputs: [String]) -> Checklist? {
        let stem = file.stem
        let title = r.string("title", label: "标题") ?? stem
        let issuer = r.string("issuer", label: "发布单位")
        var year = r.int("year", label: "年度", minimum: 1900, maximum: 2200)
        if year == nil, !r.has("year"), let y = Int(stem.prefix(4)), (1900...2200).contains(y) { year = y }
        var from = r.date("from", label: "开始日期")
        var to = r.date("to", label: "截止日期")
        if let year {
            from = from ?? LocalDate(year: year, month: 1, day: 1)
            to = to ?? LocalDate(year: year, month: 12, day: 31)
        }
        let isPublic = r.bool("public", label: "公开") ?? false
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: stem, location: r.location(of: "slug"), reader: &r)
        let rules = readRules(&r)
        guard let from, let to else {
            r.report(.error(r.location, "测评体系缺少年度：写“年度: 2026”，或“开始日期”和“截止日期”，或以年份开头命名文件（2026-测评体系.csv）(checklist needs a year or a period)", key: "checklist.year"))
            return nil
        }
        if to < from {
            r.report(.error(r.location(of: "to"), "截止日期 \(to) 早于开始日期 \(from) (period ends before it starts)", key: "date.order"))
            return nil
        }
        if from.days(until: to) > 366 * 5 {
            r.report(.error(r.location(of: "to"), "测评周期超过 5 年 (checklist period longer than five years)", key: "checklist.period"))
            return nil
        }
        if rows.count > maximumCriteria {
            r.report(.error(rows[maximumCriteria].location, "测评条目超过 \(maximumCriteria) 条，其余未读取 (more than \(maximumCriteria) criteria)", key: "checklist.too-many"))
        }
        var criteria = readCriteria(Array(rows.prefix(maximumCriteria)), reader: &r)
        applyScores(&r, to: &criteria)
        checkPoints(criteria, reader: &r)
        if criteria.isEmpty {
            r.report(.error(r.location, "测评体系没有条目 (checklist has no criteria)", key: "checklist.empty"))
            return nil
        }
        return Checklist(source: file.location(), inputs: inputs, slug: slug, title: title, issuer: issuer, from: from, to: to,
                         isPublic: isPublic, criteria: criteria, rules: rules)
    }

    /// The rows as criteria with ids from their numbers; problems at their cells.
    static func readCriteria(_ rows: [YAMLValue], reader: inout FieldReader) -> [ChecklistCriterion] {
        var criteria: [ChecklistCriterion] = []
        var byID: [String: Int] = [:]
        for row in rows {
            var c = FieldReader(row, specs: criterionSpecs, at: row.location, what: "测评条目 (criterion)")
            defer { reader.absorb(c) }
            func text(_ key: String, _ label: String) -> String? {
                guard let s = c.string(key, label: label)?.trimmingCharacters(in: .whitespacesAndNewlines), !s.isEmpty else { return nil }
                if s.count > maximumText {
                    c.report(.error(c.location(of: key), "“\(label)”超过 \(maximumText) 字 (\(key): more than \(maximumText) characters)", key: "checklist.text-length"))
                    return String(s.prefix(maximumText))
                }
                return s
            }
            let numberText = text("number", "序号")
            var title = text("title", "测评项目")
            let content = text("content", "测评内容")
            if numberText == nil, title == nil, content == nil, !c.has("points") { continue }  // an empty row
            guard let numberText else {
                c.report(.error(c.location(of: "number"), "缺少序号（如 一、（一） 1、 或 2.1.3）(criterion has no number)", key: "checklist.number"))
                continue
            }
            guard let number = ChecklistNumber.read(numberText) else {
                c.report(.error(c.location(of: "number"), "序号“\(numberText)”无法识别：应为 一、（一） 1、 或 2.1.3，最多三级 (number not understood: use 一、 （一） 1、 or 2.1.3, three levels at most)", key: "checklist.number"))
                continue
            }
            if title == nil, !number.rest.isEmpty { title = number.rest }
            guard let title = title ?? content.map({ String($0.prefix(20)) }) else {
                c.report(.error(c.location(of: "title"), "序号 \(numberText) 缺少测评项目 (criterion has no title)", key: "checklist.title"))
                continue
            }
            // The id: a dotted path as written, or the item above's id and this value.
            var id: String, parent: String?
            switch number.form {
            case .dotted(let parts):
                id = parts.map(String.init).joined(separator: ".")
                parent = parts.dropLast().map(String.init).joined(separator: ".")
                if byID[parent!] == nil {
                    c.report(.warning(c.location(of: "number"), "序号 \(numberText) 的上级 \(parent!) 不存在 (parent \(parent!) not found)", key: "checklist.numbering"))
                    parent = nil
                }
            case .outline(let level, let value):
                let above = criteria.last { $0.level < level }
                parent = above?.id
                id = (above.map { $0.id + "." } ?? "") + String(value)
            }
            if let previous = byID[id] {
                c.report(.error(c.location(of: "number"), "序号 \(numberText)（\(id)）与第 \(criteria[previous].location.line) 行重复 (number \(id) given twice)", key: "checklist.duplicate"))
                continue
            }
            var item = ChecklistCriterion(id: id, level: number.level, number: numberText, parent: parent, title: title, content: content,
                                          points: nil, method: text("method", "测评方法"), evidenceText: text("evidence", "佐证材料"), wants: [],
                                          location: row.location)
            item.wants = EvidenceKind.read(item.evidenceText ?? "")
            for key in ["number", "points", "score", "categories", "tasks", "targets", "per"] where c.has(key) { item.keyLocations[key] = c.location(of: key) }
            var found = DiagnosticList()
            if let v = c.value("points") { item.points = ChecklistPoints.read(v, label: "分值", key: "points", diagnostics: &found) }
            if let v = c.value("score") { item.ownScore = ChecklistPoints.read(v, label: "自评分", key: "score", diagnostics: &found) }
            found.items.forEach { c.report($0) }
            item.note = text("note", "说明")
            _ = c.string("remark")
            item.categories = c.strings("categories", label: "活动类别").flatMap { LedgerParser.split($0.0) }
            item.tasks = c.strings("tasks", label: "对应任务").flatMap { LedgerParser.split($0.0, onSpaces: true) }
            item.targets = c.strings("targets", label: "对应指标").flatMap { LedgerParser.split($0.0, onSpaces: true) }
            if let per = c.string("per", label: "周期") {
                item.per = TargetMeasure.Period(text: per)
                if item.per == nil {
                    c.report(.error(c.location(of: "per"), "周期“\(per)”应为 每月、每季度 或 每年 (per: month, quarter or year)", key: "checklist.per"))
                }
            } else {
                let words = [item.content, item.method, item.evidenceText].compactMap { $0 }.joined()
                if words.contains("每月") { item.per = .month } else if words.contains("每季度") { item.per = .quarter }
            }
            if let p = parent, let i = byID[p] { criteria[i].isLeaf = false }
            byID[id] = criteria.count
            criteria.append(item)
        }
        return criteria
    }

    /// The 自评 list of the YAML file: the site's own score and note by 序号.
    static func applyScores(_ r: inout FieldReader, to criteria: inout [ChecklistCriterion]) {
        guard let list = r.value("scores") else { return }
        guard let items = list.sequence else {
            r.report(.error(list.location, "“自评”应为列表，每项写 序号、自评分、说明 (scores: expected a list)", key: "yaml.type"))
            return
        }
        for item in items {
            var s = FieldReader(item, specs: scoreSpecs, at: item.location, what: "自评 (score)")
            defer { r.absorb(s) }
            guard let number = s.string("number", label: "序号", required: true) else { continue }
            let key = number.trimmingCharacters(in: .whitespaces)
            guard let i = criteria.firstIndex(where: { $0.id == key || $0.number == key }) else {
                s.report(.error(s.location(of: "number"), "自评的序号“\(number)”不在测评体系里\(Suggestion.hint(for: key, in: criteria.map(\.id))) (no criterion \(number))", key: "checklist.score-number"))
                continue
            }
            var found = DiagnosticList()
            if let v = s.value("score") {
                criteria[i].ownScore = ChecklistPoints.read(v, label: "自评分", key: "score", diagnostics: &found)
                criteria[i].keyLocations["score"] = v.location
            }
            found.items.forEach { s.report($0) }
            if let note = s.string("note", label: "说明") { criteria[i].note = note }
        }
    }

    /// Points: every scored criterion has them, a section's given points equal its criteria's, the whole is bounded,
    /// and an own score is not above the points.
    static func checkPoints(_ criteria: [ChecklistCriterion], reader r: inout FieldReader) {
        func total(_ id: String) -> Double {
            criteria.filter { $0.parent == id }.reduce(0) { $0 + ($1.isLeaf ? ($1.points ?? 0) : total($1.id)) }
        }
        for c in criteria {
            if c.isLeaf, c.points == nil, c.keyLocations["points"] == nil {
                r.report(.error(c.location(of: "number"), "测评条目 \(c.number)\(c.title) 缺少分值 (criterion has no points)", key: "checklist.points-missing"))
            }
            if !c.isLeaf, let given = c.points, abs(given - total(c.id)) > 0.001 {
                r.report(.warning(c.location(of: "points"), "\(c.number)\(c.title) 的分值 \(PlanTarget.formatPoints(given)) 与下级合计 \(PlanTarget.formatPoints(total(c.id))) 不一致 (section points differ from the sum of its criteria)", key: "checklist.points-total"))
            }
            if let own = c.ownScore, let points = c.points, own > points {
                r.report(.error(c.location(of: "score"), "自评分 \(PlanTarget.formatPoints(own)) 超过分值 \(PlanTarget.formatPoints(points)) (own score above the points)", key: "checklist.score-range"))
            }
        }
        let sum = criteria.filter(\.isLeaf).reduce(0) { $0 + ($1.points ?? 0) }
        if sum > ChecklistPoints.maximum, let first = criteria.first {
            r.report(.error(first.location, "测评体系总分 \(PlanTarget.formatPoints(sum)) 超过上限 \(Int(ChecklistPoints.maximum)) 分 (total points above \(Int(ChecklistPoints.maximum)))", key: "checklist.points-range"))
        }
    }

    /// The `规则` list: words in a criterion → a kind of record (and category, title words).
    static func readRules(_ r: inout FieldReader) -> [EvidenceRule] {
        guard let list = r.value("rules") else { return [] }
        guard let items = list.sequence else {
            r.report(.error(list.location, "“规则”应为列表 (rules: expected a list)", key: "yaml.type"))
            return []
        }
        var rules: [EvidenceRule] = []
        for item in items {
            var s = FieldReader(item, specs: ruleSpecs, at: item.location, what: "佐证规则 (evidence rule)")
            defer { r.absorb(s) }
            let words = s.strings("words", label: "关键词").flatMap { LedgerParser.split($0.0) }
            guard let kindText = s.string("kind", label: "类型", required: true) else { continue }
            guard let kind = EvidenceSource(name: kindText) else {
                s.report(.error(s.location(of: "kind"), "规则的类型“\(kindText)”无法识别，应为 \(EvidenceSource.allNames.joined(separator: "、"))\(Suggestion.hint(for: kindText, in: EvidenceSource.allNames)) (unknown record kind)", key: "checklist.rule-kind"))
                continue
            }
            if words.isEmpty {
                s.report(.error(s.location, "规则缺少“关键词” (rule has no words)", key: "checklist.rule-words"))
                continue
            }
            let titleWords = s.strings("title", label: "标题含").flatMap { LedgerParser.split($0.0) }
            rules.append(EvidenceRule(words: words, source: kind, category: s.string("category", label: "类别"), titleWords: titleWords, location: item.location))
        }
        return rules
    }
}

extension PlanTarget {
    /// `5`, `2.5`: points without a needless `.0`.
    static func formatPoints(_ d: Double) -> String { TargetMeasure.format(d) }
}

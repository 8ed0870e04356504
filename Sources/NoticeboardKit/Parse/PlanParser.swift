import Foundation
import Markdown

/// Reads a plan file (front matter + numbered body) into a `Plan`, with its outline and targets.
public enum PlanParser {
    static let specs = [
        FieldSpec("title", "标题", "名称"),
        FieldSpec("year", "年度", "年份"),
        FieldSpec("community", "社区"),
        FieldSpec("adopted", "通过日期", "印发日期", "制定日期", "日期"),
        FieldSpec("status", "状态"),
        FieldSpec("signed_by", "落款", "发布单位"),
        FieldSpec("slug", "网址名"),
        FieldSpec("targets", "目标", "指标"),
        FieldSpec("kind", "类型", "文种"),
        FieldSpec("paragraphs", "段落"),
    ]

    public static func parse(_ file: SourceFile) -> (Plan?, [Diagnostic]) {
        let document: ParsedDocument
        switch ParsedDocument.parse(file) {
        case .success(let d): document = d
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(document.header, specs: specs, at: file.location(), what: "工作计划 (plan)")
        let title = r.string("title", label: "标题", required: true)
        let adopted = r.date("adopted", label: "通过日期")
        var year = readYear(&r)
        if year == nil, !r.has("year") {
            year = adopted?.year ?? Int(file.stem.prefix(4)).flatMap { LocalDate.supportedYears.contains($0) ? $0 : nil }
            if year == nil {
                r.report(.error(r.location, "缺少必填项“年度”(missing required key 'year')", key: "key.missing"))
            }
        }
        var status = PlanStatus.published
        if let text = r.string("status", label: "状态") {
            if let s = PlanStatus(text: text) {
                status = s
            } else {
                r.report(.error(r.location(of: "status"), "未知的状态“\(text)”，可用：草稿（draft）、已印发（published）\(Suggestion.hint(for: text, in: PlanStatus.allNames)) (unknown plan status)", key: "plan.status"))
            }
        }
        let community = r.string("community", label: "社区")
        let signedBy = r.string("signed_by", label: "落款")
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)

        let bodyText: String
        switch FrontMatter.split(file) {
        case .success(let f): bodyText = f.body
        case .failure: bodyText = ""
        }
        var kind = PlanKind.plan
        if let text = r.string("kind", label: "类型") {
            if let k = PlanKind(text: text) {
                kind = k
            } else {
                r.report(.error(r.location(of: "kind"), "未知的类型“\(text)”，可用：计划（plan）、总结（summary）、汇报（report）\(Suggestion.hint(for: text, in: PlanKind.allNames)) (unknown plan kind)", key: "plan.kind"))
            }
        } else if let title, let guessed = PlanKind.guess(fromTitle: title) {
            kind = guessed
            r.report(.note(r.location(of: "title"), "标题是“\(title)”，按\(guessed.label)处理：保留目录，不列任务、目标和活动；如果它是计划，请写“类型: 计划” (read as a \(guessed.rawValue) from its title; write 'kind: plan' if it is a plan)", key: "plan.kind-guessed"))
        }
        var paragraphs = PlanPaste.ParagraphRule.auto
        if let text = r.string("paragraphs", label: "段落") {
            if let rule = PlanPaste.ParagraphRule(text: text) {
                paragraphs = rule
            } else {
                r.report(.error(r.location(of: "paragraphs"), "未知的分段方式“\(text)”，可用：按行（lines）、空行（markdown）、自动（auto） (unknown paragraph rule)", key: "plan.paragraphs"))
            }
        }
        let outline = PlanOutline.parse(bodyText, file: file.path, bodyLine: document.bodyLine, paragraphs: paragraphs)
        let ids = outline.items.flatMap(\.flattened).map(\.id)
        var (targets, overrides) = PlanTargetParser.parseWithOverrides(&r, key: "targets", taskIDs: ids)
        if kind.hasTasks {
            let recognised = PlanTextTargets.recognise(bodyText, bodyLine: document.bodyLine,
                                                       items: outline.articles.flatMap(\.items).flatMap(\.flattened),
                                                       omitted: outline.omitted, file: file)
            let (kept, matchDiagnostics) = PlanTextTargets.apply(overrides, to: recognised)
            matchDiagnostics.forEach { r.report($0) }
            let taken = Set(targets.map(\.id))
            targets = kept.filter { !taken.contains($0.id) } + targets
        }
        if !kind.hasTasks, !targets.isEmpty {
            r.report(.warning(r.location(of: "targets"), "\(kind.label)没有任务和目标，这里的 \(targets.count) 项目标不会发布 (a \(kind.rawValue) has no targets: they are left out)", key: "plan.kind-targets"))
            targets = []
        }
        if outline.items.isEmpty, !bodyText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            r.report(.warning(file.location(line: document.bodyLine), "正文中没有找到“一、”“（一）”“1、”等编号，计划没有任务目录 (no outline numbers found: the plan has no tasks)", key: "plan.no-outline"))
        }
        var plan: Plan?
        if let title, let year {
            var p = Plan(source: file.location(), slug: slug, title: title, year: year, adopted: adopted, status: status,
                         community: community, signedBy: signedBy, intro: outline.intro, articles: outline.articles,
                         targets: targets, bodyLine: document.bodyLine)
            p.kind = kind
            p.signature = outline.signature
            p.yearLocation = r.has("year") ? r.location(of: "year") : nil
            p.omitted = outline.omitted
            p.sourceLines = file.lineMap
            plan = p
        }
        return (plan, r.diagnostics.items + document.diagnostics + outline.diagnostics)
    }

    /// `2026` or `2026年`.
    static func readYear(_ r: inout FieldReader) -> Int? {
        guard let text = r.string("year", label: "年度") else { return nil }
        let digits = text.hasSuffix("年") ? String(text.dropLast()) : text
        guard let n = Int(digits), LocalDate.supportedYears.contains(n) else {
            r.report(.error(r.location(of: "year"), "“年度”应为 1900—2200 之间的四位年份，如 2026 (year: expected a four-digit year 1900–2200)", key: "number.invalid"))
            return nil
        }
        return n
    }
}

/// Reads the `targets` list of a plan: each an id, a label, the task it belongs to, a goal and how it is measured.
public enum PlanTargetParser {
    static let specs = [
        FieldSpec("id", "编号"),
        FieldSpec("label", "名称", "指标", "内容"),
        FieldSpec("task", "任务", "所属任务"),
        FieldSpec("goal", "目标", "要求"),
        FieldSpec("measure", "计量", "统计方式"),
        FieldSpec("category", "类别", "活动类别"),
        FieldSpec("field", "字段", "统计字段"),
        FieldSpec("per", "周期", "频次"),
        FieldSpec("at_least", "不少于", "不低于", "至少"),
        FieldSpec("of", "基数", "占比基数"),
        FieldSpec("before", "截止日期", "完成时限"),
        FieldSpec("at_most", "不超过", "不高于", "至多"),
        FieldSpec("line", "行", "行号", "段"),
        FieldSpec("text", "原文", "句子"),
        FieldSpec("ignore", "忽略", "不计"),
    ]

    public static func parse(_ r: inout FieldReader, key: String, taskIDs: [String]) -> [PlanTarget] {
        parseWithOverrides(&r, key: key, taskIDs: taskIDs).targets
    }

    /// The hand-written targets, and the entries that name a recognised target by `行` (line) or `原文` (text).
    public static func parseWithOverrides(_ r: inout FieldReader, key: String, taskIDs: [String]) -> (targets: [PlanTarget], overrides: [TargetOverride]) {
        guard let list = r.value(key) else { return ([], []) }
        guard let items = list.sequence else {
            r.report(.error(list.location, "“目标”应为列表，每项以“- ”开头 (targets: expected a list)", key: "yaml.type"))
            return ([], [])
        }
        var targets: [PlanTarget] = []
        var overrides: [TargetOverride] = []
        var seen: [String: Int] = [:]
        for item in items {
            var t = FieldReader(item, specs: specs, at: item.location, what: "目标 (target)")
            if t.has("line") || t.has("text") {
                if let o = readOverride(&t, location: item.location, taskIDs: taskIDs) { overrides.append(o) }
                r.absorb(t)
                continue
            }
            let id = t.string("id", label: "编号", required: true)
            let label = t.string("label", label: "名称", required: true)
            var task = t.string("task", label: "任务")
            if let raw = task {
                let cleaned = raw.split(separator: "#").last.map(String.init)?.replacingOccurrences(of: "．", with: ".").trimmingCharacters(in: .whitespaces) ?? raw
                task = cleaned
                if !taskIDs.contains(cleaned) {
                    t.report(.warning(t.location(of: "task"), "目标所属任务“\(raw)”在计划中不存在\(Suggestion.hint(for: cleaned, in: taskIDs)) (target's task is not in the plan's outline)", key: "plan.target-task"))
                }
            }
            let goal = t.string("goal", label: "目标")
            let measure = readMeasure(&t)
            if let id {
                if let line = seen[id] {
                    t.report(.error(t.location(of: "id"), "目标编号“\(id)”与第 \(line) 行重复 (target id given twice)", key: "plan.target-duplicate"))
                }
                seen[id] = t.location(of: "id").line
            }
            r.absorb(t)
            if let id, let label {
                var target = PlanTarget(id: id, label: label, task: task, goal: goal, measure: measure, location: item.location)
                for key in ["measure", "category", "field", "per", "at_least", "of", "before"] where t.has(key) {
                    target.keyLocations[key] = t.location(of: key)
                }
                targets.append(target)
            }
        }
        return (targets, overrides)
    }

    /// An entry naming a recognised target: `行: 14` and/or `原文: …`, then `忽略: true` or corrections.
    static func readOverride(_ t: inout FieldReader, location: SourceLocation, taskIDs: [String]) -> TargetOverride? {
        let line = t.int("line", label: "行", minimum: 1, maximum: 10_000_000)
        let text = t.string("text", label: "原文")
        let ignore = t.bool("ignore", label: "忽略") ?? false
        var o = TargetOverride(line: line, text: text, ignore: ignore, id: t.string("id", label: "编号"),
                               label: t.string("label", label: "名称"), task: nil, goal: t.string("goal", label: "目标"),
                               measure: nil, patch: nil, keyLocations: [:], location: location)
        if let raw = t.string("task", label: "任务") {
            let cleaned = raw.split(separator: "#").last.map(String.init)?.replacingOccurrences(of: "．", with: ".").trimmingCharacters(in: .whitespaces) ?? raw
            if !taskIDs.contains(cleaned) {
                t.report(.warning(t.location(of: "task"), "目标所属任务“\(raw)”在计划中不存在\(Suggestion.hint(for: cleaned, in: taskIDs)) (target's task is not in the plan's outline)", key: "plan.target-task"))
            }
            o.task = cleaned
        }
        if t.has("measure") {
            o.measure = readMeasure(&t)
        } else {
            var patch = TargetMeasurePatch()
            patch.category = t.string("category", label: "类别")
            if let text = t.string("per", label: "周期") {
                patch.per = TargetMeasure.Period(text: text)
                if patch.per == nil {
                    t.report(.error(t.location(of: "per"), "未知的周期“\(text)”，可用：每日、每周、每月、每季度、每年、每两年\(Suggestion.hint(for: text, in: TargetMeasure.Period.allNames)) (unknown period)", key: "plan.target-per"))
                }
            }
            patch.atLeast = number(&t, "at_least", label: "不少于")
            patch.atMost = number(&t, "at_most", label: "不超过")
            patch.before = t.date("before", label: "截止日期")
            if patch != TargetMeasurePatch() { o.patch = patch }
        }
        for key in ["measure", "category", "field", "per", "at_least", "at_most", "of", "before"] where t.has(key) {
            o.keyLocations[key] = t.location(of: key)
        }
        return o
    }

    static func number(_ t: inout FieldReader, _ key: String, label: String) -> Double? {
        guard let text = t.string(key, label: label) else { return nil }
        let number = text.trimmingCharacters(in: CharacterSet(charactersIn: "%％ 次人户个期小时"))
        guard let value = Double(number), value >= 0, value < 1e12 else {
            t.report(.error(t.location(of: key), "“\(label)”应为数字（比例写百分数，如 5 或 5%）(\(key): expected a number)", key: "number.invalid"))
            return nil
        }
        return value
    }

    static func readMeasure(_ t: inout FieldReader) -> TargetMeasure? {
        let category = t.string("category", label: "类别")
        let field = t.string("field", label: "字段")
        var per: TargetMeasure.Period?
        if let text = t.string("per", label: "周期") {
            per = TargetMeasure.Period(text: text)
            if per == nil {
                t.report(.error(t.location(of: "per"), "未知的周期“\(text)”，可用：month（每月）、quarter（每季度）、year（每年）\(Suggestion.hint(for: text, in: TargetMeasure.Period.allNames)) (unknown period)", key: "plan.target-per"))
            }
        }
        var of: TargetMeasure.Base?
        if let text = t.string("of", label: "基数") {
            of = TargetMeasure.Base(text: text)
            if of == nil {
                t.report(.error(t.location(of: "of"), "未知的基数“\(text)”，可用：population（人口）、households（户数）\(Suggestion.hint(for: text, in: TargetMeasure.Base.allNames)) (unknown base)", key: "plan.target-of"))
            }
        }
        var atLeast: Double?
        if let text = t.string("at_least", label: "不少于") {
            let number = text.trimmingCharacters(in: CharacterSet(charactersIn: "%％ 次人户个"))
            atLeast = Double(number)
            if atLeast == nil {
                t.report(.error(t.location(of: "at_least"), "“不少于”应为数字（比例写百分数，如 5 或 5%）(at_least: expected a number)", key: "number.invalid"))
            }
        }
        let before = t.date("before", label: "截止日期")
        let atMost = number(&t, "at_most", label: "不超过")
        guard let kindText = t.string("measure", label: "计量") else {
            if category != nil || field != nil || per != nil || atLeast != nil || of != nil || before != nil || atMost != nil {
                t.report(.warning(t.location, "给了计量细节但没有写计量方式 measure（count / sum / ratio），这些细节被忽略 (measure details without 'measure')", key: "plan.target-measure"))
            }
            return nil
        }
        guard let kind = TargetMeasure.Kind(text: kindText) else {
            t.report(.error(t.location(of: "measure"), "未知的计量方式“\(kindText)”，可用：count（次数）、sum（合计）、ratio（比例）\(Suggestion.hint(for: kindText, in: TargetMeasure.Kind.allNames)) (unknown measure)", key: "plan.target-measure"))
            return nil
        }
        if [.sum, .ratio].contains(kind), field == nil {
            t.report(.error(t.location(of: "measure"), "计量方式为 \(kind.rawValue) 时应写明统计字段 field（如 志愿者人数）(sum and ratio need a 'field')", key: "plan.target-field"))
        }
        if let field, ActivityField(text: field) == nil {
            t.report(.error(t.location(of: "field"), "无法统计字段“\(field)”，可用：参与人数（participants）、志愿者人数（volunteers）、志愿服务时长（volunteer_hours）\(Suggestion.hint(for: field, in: ActivityField.allNames)) (unknown field: cannot be measured)", key: "plan.target-field"))
        }
        if kind == .ratio, of == nil {
            t.report(.error(t.location(of: "measure"), "比例目标应写明基数 of（population 人口 / households 户数）(ratio needs 'of')", key: "plan.target-of"))
        }
        if ![.ratio, .share].contains(kind), of != nil {
            t.report(.warning(t.location(of: "of"), "只有比例目标（ratio）用得到基数 of (only a ratio uses 'of')", key: "plan.target-of"))
        }
        return TargetMeasure(kind: kind, category: category, field: field, per: per, atLeast: atLeast, of: of, before: before, atMost: atMost)
    }
}

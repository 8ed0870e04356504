/// Reads a survey (`content/surveys/*.md`): front matter with the date, topic, sample size and rates, and the
/// published summary as Markdown.
public enum SurveyParser {
    /// Rates written as keys of their own, in the order pages show them.
    public static let rateNames = ["满意率", "知晓率", "支持率", "参与率", "满意度", "知晓度", "支持度", "参与度", "好评率"]
    static let specs = [
        FieldSpec("topic", "主题", "标题", "调查主题"),
        FieldSpec("date", "日期", "调查日期"),
        FieldSpec("sample", "样本数", "样本量", "调查人数", "有效问卷", "有效样本"),
        FieldSpec("method", "调查方式", "方式"),
        FieldSpec("organiser", "调查单位", "组织单位", "实施单位"),
        FieldSpec("rates", "结果", "比率", "调查结果"),
        FieldSpec("draft", "草稿"),
        FieldSpec("slug", "网址名"),
    ] + rateNames.map { FieldSpec($0) }
    /// More rates than this is a pasted table, not a survey's headline figures.
    public static let maximumRates = 30

    public static func parse(_ file: SourceFile) -> (Survey?, [Diagnostic]) {
        let document: ParsedDocument
        switch ParsedDocument.parse(file) {
        case .success(let d): document = d
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(document.header, specs: specs, at: file.location(), what: "调查 (survey)")
        let topic = r.string("topic", label: "主题", required: true)
        let date = r.date("date", label: "日期", required: true)
        let sample = r.int("sample", label: "样本数", minimum: 1)
        let method = r.string("method", label: "调查方式")
        let organiser = r.string("organiser", label: "调查单位")
        let draft = r.bool("draft", label: "草稿") ?? false
        var rates: [SurveyRate] = []
        for name in rateNames {
            if let v = r.value(name), let rate = Self.rate(name, v, diagnostics: &r) { rates.append(rate) }
        }
        if let block = r.value("rates") {
            if let pairs = block.mapping {
                for (key, value) in pairs {
                    guard let name = key.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty, name.count <= 30 else {
                        r.report(.error(key.location, "比率的名称应为 1—30 个字，如 满意率 (rate name)", key: "survey.rate"))
                        continue
                    }
                    if rates.contains(where: { $0.name == name }) {
                        r.report(.error(key.location, "“\(name)”写了两次 (rate given twice)", key: "key.duplicate"))
                        continue
                    }
                    if let rate = Self.rate(name, value, diagnostics: &r) { rates.append(rate) }
                }
            } else {
                r.report(.error(block.location, "“结果”应为“名称: 百分比”的列表，如 满意率: 96.5% (rates: expected a mapping)", key: "yaml.type"))
            }
        }
        if rates.count > maximumRates {
            r.report(.error(r.location(of: "rates"), "一项调查最多列 \(maximumRates) 个比率 (too many rates)", key: "survey.rate"))
            rates = Array(rates.prefix(maximumRates))
        }
        if rates.isEmpty, topic != nil, date != nil, !r.has("rates"), !rateNames.contains(where: { r.has($0) }) {
            r.report(.warning(r.location, "没有写任何比率（如 满意率: 96.5%）(survey has no rates)", key: "survey.no-rates"))
        }
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)
        guard let topic, let date else { return (nil, r.diagnostics.items + document.diagnostics) }
        let survey = Survey(source: file.location(), slug: slug, date: date, topic: topic, sampleSize: sample, method: method,
                            organiser: organiser, rates: rates, draft: draft, body: document.body, bodyLine: document.bodyLine)
        return (survey, r.diagnostics.items + document.diagnostics)
    }

    /// `96.5%`, `96.5％`, `96.5`, `百分之九十` is not read: a number from 0 to 100, else an error at the value.
    static func rate(_ name: String, _ v: YAMLValue, diagnostics r: inout FieldReader) -> SurveyRate? {
        guard let raw = v.string else {
            r.report(.error(v.location, "“\(name)”应为百分比，如 96.5% (expected a percentage)", key: "survey.rate"))
            return nil
        }
        var t = raw.trimmingCharacters(in: .whitespaces)
        for suffix in ["%", "％"] where t.hasSuffix(suffix) { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces) }
        guard t.count <= 12, t.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "-" }), let p = Double(t), p.isFinite else {
            r.report(.error(v.location, "“\(name)”应为 0—100 的百分比，如 96.5%（写的是“\(raw)”）(expected a percentage)", key: "survey.rate"))
            return nil
        }
        guard (0...100).contains(p) else {
            r.report(.error(v.location, "“\(name)”是 \(raw)，百分比应在 0—100 之间 (rate must be 0–100%)", key: "survey.rate"))
            return nil
        }
        return SurveyRate(name: name, percent: p, location: v.location)
    }
}

/// Checks that each target's measure can be computed from the site: a known category, and a population or household
/// count in `site.yaml` for a ratio. Errors are at the value's line; the parser already rejects unknown measures and fields.
public enum TargetChecks {
    /// `recorded` says whether the site keeps the record a record measure reads (`RecordMeasures.recorded`).
    public static func check(_ plan: Plan, profile: SiteProfile?, categories: [String],
                             recorded: (RecordMeasure) -> Bool = { _ in false }) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for target in plan.targets {
            guard let measure = target.measure else { continue }
            if target.recognised != nil, target.keyLocations.isEmpty {
                diagnostics += recognised(target, measure: measure, plan: plan, profile: profile, recorded: recorded)
                continue
            }
            if let category = measure.category, !categories.contains(category) {
                diagnostics.append(.error(target.location(of: "category"), "目标“\(target.label)”的类别“\(category)”不在站点的活动类别中，无法统计\(Suggestion.hint(for: category, in: categories)) (target category is not one of the site's activity categories: cannot be measured)", key: "plan.target-category"))
            }
            if measure.kind == .record, let record = measure.record, !recorded(record) {
                diagnostics.append(.warning(target.location(of: "measure"), "目标“\(target.label)”需要记录：\(record.needs) (needs a record to be measured)", key: "plan.target-needs-record"))
            }
            if measure.kind == .ratio || measure.kind == .share, let base = measure.of {
                let value = base.value(in: profile)
                if (value ?? 0) <= 0 {
                    let key = base == .population ? "population" : "households"
                    diagnostics.append(.error(target.location(of: "of"), "比例目标“\(target.label)”以\(base.label)为基数，但 site.yaml 没有写 \(key)（\(base == .population ? "常住人口" : "户数")）(ratio of \(key), but site.yaml gives no \(key))", key: "plan.target-base"))
                }
            }
            if measure.atLeast == nil {
                diagnostics.append(.warning(target.location(of: "measure"), "目标“\(target.label)”没有写“不少于”(at_least)，工作报告只统计不评估 (no at_least: the report shows the figure but no status)", key: "plan.target-at-least"))
            }
            if let before = measure.before, before.year < plan.year {
                diagnostics.append(.error(target.location(of: "before"), "截止日期 \(before) 早于计划年度 \(plan.year) 年 (deadline before the plan's year)", key: "plan.target-before"))
            }
        }
        return diagnostics
    }

    /// A target read from the plan's words: a note when a record would let it be measured (`需要记录：…`), at the
    /// sentence (the Word paragraph for a .docx). Never an error: staff did not write it as YAML.
    static func recognised(_ target: PlanTarget, measure: TargetMeasure, plan: Plan, profile: SiteProfile?,
                           recorded: (RecordMeasure) -> Bool) -> [Diagnostic] {
        let sentence = target.recognised?.text ?? target.label
        var needs: String?
        if measure.kind == .record, let record = measure.record, !recorded(record) { needs = record.needs }
        if [.ratio, .share].contains(measure.kind) || (measure.kind == .record && measure.of != nil),
           let base = measure.of, (base.value(in: profile) ?? 0) <= 0 {
            needs = (needs.map { $0 + "；" } ?? "") + "site.yaml 写“\(base.siteKey): …”（\(base.label)）"
        }
        guard let needs else { return [] }
        return [.warning(target.location, "计划中的目标“\(sentence)”需要记录：\(needs) (target in the plan's text needs a record to be measured)", key: "plan.target-needs-record")]
    }
}

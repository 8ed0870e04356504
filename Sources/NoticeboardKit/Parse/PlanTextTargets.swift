import Foundation

/// Reads the targets in a plan's own words (`TargetRecogniser`) line by line, gives each to the task it is written
/// under, and applies the `targets:` entries that confirm, correct or silence one by its line (`行: 14`) or words
/// (`原文: 每月召开一次会议`). Measures are chosen later, once the site's categories are known (`measured(_:profile:)`).
public enum PlanTextTargets {
    /// At most this many targets are read from one plan (a bound against hostile input).
    public static let maxPerPlan = 500

    /// The recognised targets of a plan body. `items` are the outline in document order, `omitted` the web chrome left out.
    public static func recognise(_ bodyText: String, bodyLine: Int, items: [PlanItem], omitted: [PlanOmittedLine],
                                 file: SourceFile) -> [PlanTarget] {
        let skipped = Set(omitted.map(\.line))
        var targets: [PlanTarget] = []
        var perTask: [String: Int] = [:]
        var inFence = false
        for (offset, raw) in bodyText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = bodyLine + offset
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
            guard !inFence, !skipped.contains(line), !trimmed.isEmpty, targets.count < maxPerPlan else { continue }
            for sentence in TargetRecogniser.recognise(String(raw), line: line) where targets.count < maxPerPlan {
                let item = items.last { $0.location.line <= line }
                let userLocation = sourceLocation(line: line, column: sentence.column, file: file)
                // Ids follow the task, not the line, so they are the same for the .docx and its Markdown twin and
                // survive edits elsewhere in the plan: `t3.1.2-1` is the first target written under 3.1.2.
                let key = item?.id ?? "0"
                let n = perTask[key, default: 0] + 1
                perTask[key] = n
                let id = "t\(key)-\(n)"
                var t = PlanTarget(id: id, label: sentence.counted.isEmpty ? sentence.text : sentence.counted, task: item?.id,
                                   goal: sentence.goal, measure: nil, location: file.location(line: line, column: sentence.column))
                t.recognised = sentence
                t.sourceLocation = userLocation
                targets.append(t)
            }
        }
        return targets
    }

    /// The place in the file the user typed: the Word paragraph for a .docx (`¶12`), the line and column otherwise.
    static func sourceLocation(line: Int, column: Int, file: SourceFile) -> SourceLocation {
        guard let map = file.lineMap, line >= 1, line <= map.count else { return file.location(line: line, column: column) }
        return map[line - 1]
    }

    /// Applies `targets:` entries that name a recognised target by its line or words: silence it (`忽略: true`),
    /// or correct it (label, task, goal, a full measure, or a patch). Unmatched entries warn `plan.target-match`.
    public static func apply(_ overrides: [TargetOverride], to recognised: [PlanTarget]) -> ([PlanTarget], [Diagnostic]) {
        var targets = recognised
        var diagnostics: [Diagnostic] = []
        for o in overrides {
            let matches = targets.indices.filter { i in
                let t = targets[i]
                if let line = o.line, t.sourceLine != line { return false }
                if let text = o.text, !(t.recognised?.text.contains(text) ?? false) && !text.contains(t.recognised?.text ?? "\u{0}") { return false }
                return true
            }
            guard !matches.isEmpty else {
                let what = [o.line.map { "第 \($0) 行" }, o.text.map { "“\($0)”" }].compactMap { $0 }.joined(separator: "、")
                diagnostics.append(.warning(o.location, "目标条目指向\(what)，但那里没有识别出目标；可写完整的目标（编号、名称、计量）代替 (no recognised target at that line or text)", key: "plan.target-match"))
                continue
            }
            if o.ignore {
                for i in matches.reversed() { targets.remove(at: i) }
                continue
            }
            for i in matches {
                if let id = o.id { targets[i].id = matches.count > 1 ? "\(id)-\(i)" : id }
                if let label = o.label { targets[i].label = label }
                if let task = o.task { targets[i].task = task }
                if let goal = o.goal { targets[i].goal = goal }
                if let measure = o.measure { targets[i].measure = measure; targets[i].keyLocations = o.keyLocations }
                if let patch = o.patch { targets[i].patch = patch; targets[i].keyLocations = o.keyLocations }
            }
        }
        return (targets, diagnostics)
    }

    /// The plan with a measure chosen for every recognised target that has none (`MeasureTable`), with its corrections.
    public static func measured(_ plan: Plan, profile: SiteProfile?) -> Plan {
        var plan = plan
        for i in plan.targets.indices {
            guard let sentence = plan.targets[i].recognised, plan.targets[i].measure == nil else { continue }
            let context = plan.targets[i].task.flatMap { plan.item($0) }.map(\.title) ?? ""
            var m = MeasureTable.measure(for: sentence, context: context, profile: profile)
            if let patch = plan.targets[i].patch { m = patch.applied(to: m) }
            plan.targets[i].measure = m
        }
        return plan
    }
}

/// A `targets:` entry that names a recognised target by its line (`行: 14`) or words (`原文: …`) instead of describing one.
public struct TargetOverride: Sendable {
    public var line: Int?
    public var text: String?
    public var ignore: Bool
    public var id: String?
    public var label: String?
    public var task: String?
    public var goal: String?
    public var measure: TargetMeasure?
    public var patch: TargetMeasurePatch?
    public var keyLocations: [String: SourceLocation]
    public var location: SourceLocation
}

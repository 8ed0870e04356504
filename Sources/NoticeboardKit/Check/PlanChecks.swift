/// Checks on plans that need more than one file: two plans with one page name, target categories the site does not have,
/// images and links in the plan's text.
public enum PlanChecks {
    public static func check(_ parsed: ParsedContent, media: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Plan] = [:]
        let categories = parsed.profile?.categories ?? SiteProfile.defaultCategories
        for plan in parsed.plans.sorted(by: { $0.source < $1.source }) {
            if let first = seen[plan.slug] {
                diagnostics.append(.error(plan.source, "网址名“\(plan.slug)”与 \(first.source.path) 重复，两份计划会写到同一个页面 (duplicate slug: both map to plans/\(plan.slug)/)", key: "slug.duplicate"))
            } else {
                seen[plan.slug] = plan
            }
            for body in [plan.intro] + plan.articles.map(\.intro) + plan.allItems.map(\.body) {
                diagnostics += BodyChecks.check(body, file: plan.source.path, bodyLine: plan.bodyLine, media: media,
                                                allowsRawHTML: parsed.profile?.allowsRawHTML ?? false)
            }
            diagnostics += TargetChecks.check(plan, profile: parsed.profile, categories: categories,
                                              recorded: { RecordMeasures.recorded($0, in: parsed) })
        }
        return diagnostics
    }
}

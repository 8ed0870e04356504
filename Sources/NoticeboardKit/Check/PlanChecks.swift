/// Checks on plans that need more than one file: two plans with one page name, target categories the site does not have.
public enum PlanChecks {
    public static func check(_ parsed: ParsedContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: Plan] = [:]
        let categories = parsed.profile?.categories ?? SiteProfile.defaultCategories
        for plan in parsed.plans.sorted(by: { $0.source < $1.source }) {
            if let first = seen[plan.slug] {
                diagnostics.append(.error(plan.source, "网址名“\(plan.slug)”与 \(first.source.path) 重复，两份计划会写到同一个页面 (duplicate slug: both map to plans/\(plan.slug)/)", key: "slug.duplicate"))
            } else {
                seen[plan.slug] = plan
            }
            for target in plan.targets {
                guard let category = target.measure?.category, !categories.contains(category) else { continue }
                diagnostics.append(.warning(target.location, "目标“\(target.label)”的类别“\(category)”不在站点的活动类别中\(Suggestion.hint(for: category, in: categories)) (target category is not one of the site's activity categories)", key: "plan.target-category"))
            }
        }
        return diagnostics
    }
}

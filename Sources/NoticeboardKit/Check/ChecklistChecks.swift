/// Cross-file checks of checklists: a ledger record's `测评项目` names a criterion that exists, a rule's or a criterion's
/// category is one of the site's, two checklists do not share an address.
public enum ChecklistChecks {
    public static func check(_ parsed: ParsedContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let lists = parsed.checklists
        var slugs: [String: Checklist] = [:]
        for c in lists.sorted(by: { $0.source < $1.source }) {
            if let first = slugs[c.slug] {
                diagnostics.append(.error(c.source, "测评体系的网址名“\(c.slug)”与 \(first.source.path) 重复 (duplicate checklist slug)", key: "slug.duplicate"))
            }
            slugs[c.slug] = c
        }
        let ids = lists.flatMap { c in c.criteria.filter(\.isLeaf).flatMap { [$0.id, "\(c.slug)#\($0.id)"] } }
        let known = Set(ids)
        for a in parsed.activities {
            for (reference, location) in zip(a.criteria, a.criteriaLocations) where !known.contains(reference) {
                diagnostics.append(.warning(location, "测评项目“\(reference)”不是任何测评体系里的测评内容（应写编号，如 3.2.17）\(Suggestion.hint(for: reference, in: ids)) (no such checklist criterion)", key: "ledger.criterion"))
            }
        }
        let categories = Set(parsed.profile?.categories ?? [])
        guard !categories.isEmpty else { return diagnostics }
        for c in lists {
            for rule in c.rules {
                if let category = rule.category, !categories.contains(category), let location = rule.location {
                    diagnostics.append(.warning(location, "规则的类别“\(category)”不在 site.yaml 的活动类别里，此规则选不到活动\(Suggestion.hint(for: category, in: Array(categories))) (rule category not among the site's categories)", key: "checklist.category"))
                }
            }
            for criterion in c.criteria {
                for category in criterion.categories where !categories.contains(category) {
                    diagnostics.append(.warning(criterion.location(of: "categories"), "活动类别“\(category)”不在 site.yaml 的活动类别里\(Suggestion.hint(for: category, in: Array(categories))) (category not among the site's categories)", key: "checklist.category"))
                }
            }
        }
        return diagnostics
    }
}

/// Looks up plan tasks by reference (`2026-civilised#3.1.2`), for the ledger and the reports.
public struct PlanTaskIndex: Sendable {
    private var entries: [String: (plan: Plan, item: PlanItem)] = [:]
    private var plansBySlug: [String: Plan] = [:]

    /// Indexes every task of every plan (summaries and reports have none); with two plans of one slug the first (by
    /// source path) wins.
    public init(_ plans: [Plan]) {
        for plan in plans.sorted(by: { $0.source < $1.source }) where plansBySlug[plan.slug] == nil {
            plansBySlug[plan.slug] = plan
            for item in plan.tasks where entries[plan.reference(item)] == nil {
                entries[plan.reference(item)] = (plan, item)
            }
        }
    }

    /// The plan and task a reference names: `slug#id`; spaces and a full-width `＃` are accepted.
    public func resolve(_ reference: String) -> (Plan, PlanItem)? {
        guard let key = Self.normalize(reference), let hit = entries[key] else { return nil }
        return (hit.plan, hit.item)
    }

    /// The plan with this slug.
    public func plan(_ slug: String) -> Plan? { plansBySlug[slug.trimmingCharacters(in: .whitespaces)] }

    /// Every valid reference, sorted.
    public var allReferences: [String] { entries.keys.sorted() }

    /// "did you mean" text for an unknown reference (empty when nothing is close).
    public func hint(for reference: String) -> String {
        Suggestion.hint(for: reference.trimmingCharacters(in: .whitespaces), in: allReferences)
    }

    static func normalize(_ reference: String) -> String? {
        let r = reference.replacingOccurrences(of: "＃", with: "#").replacingOccurrences(of: "．", with: ".")
        let parts = r.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let slug = parts[0].trimmingCharacters(in: .whitespaces)
        let id = parts[1].trimmingCharacters(in: .whitespaces)
        guard !slug.isEmpty, !id.isEmpty else { return nil }
        return "\(slug)#\(id)"
    }
}

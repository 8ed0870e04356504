/// Checks on the ledger that need more than one row: categories against the site's list, the same activity
/// recorded twice, photos that are missing, and task references against the plans.
public enum LedgerChecks {
    public static func check(_ parsed: ParsedContent, media: Set<String>) -> [Diagnostic] {
        let activities = parsed.activities.sorted { $0.source < $1.source }
        var diagnostics = categories(activities, known: parsed.profile?.categories ?? SiteProfile.defaultCategories)
        diagnostics += duplicates(activities)
        diagnostics += photos(activities, media: media)
        for a in activities {
            if let summary = a.summary {
                diagnostics += BodyChecks.checkValue(summary, at: a.summaryLocation ?? a.source, media: media, allowsRawHTML: parsed.profile?.allowsRawHTML ?? false)
            }
        }
        let known = knownTaskReferences(parsed)
        diagnostics += taskReferences(activities, known: known)
        return diagnostics
    }

    /// Every `plan#id` reference the site's plans define.
    static func knownTaskReferences(_ parsed: ParsedContent) -> Set<String> { Set(PlanTaskIndex(parsed.plans).allReferences) }

    /// A category not in the site's list is a warning with the nearest one suggested.
    public static func categories(_ activities: [Activity], known: [String]) -> [Diagnostic] {
        activities.filter { !known.contains($0.category) }.map { a in
            .warning(a.categoryLocation,
                     "类别“\(a.category)”不在 site.yaml 的活动类别中\(Suggestion.hint(for: a.category, in: known))；可用：\(known.joined(separator: "、")) (unknown activity category)",
                     key: "ledger.category")
        }
    }

    /// Two different activities given the same `id` (编号): the page of the second would take the first one's address,
    /// so it gets `-2` and a warning at its record. (Ids made from date and title only meet for true duplicates.)
    public static func idClashes(_ activities: [Activity]) -> [Diagnostic] {
        var first: [String: Activity] = [:]
        var diagnostics: [Diagnostic] = []
        for a in activities.sorted(by: { $0.source < $1.source }) {
            guard let earlier = first[a.id] else { first[a.id] = a; continue }
            if earlier.date != a.date || earlier.title != a.title {
                diagnostics.append(.warning(a.source,
                                            "编号“\(a.id)”已用于 \(earlier.source.path) 第 \(earlier.source.line) 行的“\(earlier.title)”，这条活动的页面改用“\(a.id)-2”等 (activity id used twice)",
                                            key: "ledger.id-duplicate"))
            }
        }
        return diagnostics
    }

    /// The same activity (same date and title) recorded twice is a warning at the second record.
    public static func duplicates(_ activities: [Activity]) -> [Diagnostic] {
        var seen: [String: Activity] = [:]
        var diagnostics: [Diagnostic] = []
        for a in activities {
            let key = "\(a.date)|" + a.title.filter { !$0.isWhitespace }
            if let first = seen[key] {
                diagnostics.append(.warning(a.source,
                                            "活动“\(a.title)”（\(a.date)）已在 \(first.source.path) 第 \(first.source.line) 行记录过，是否重复登记？(same activity recorded twice)",
                                            key: "ledger.duplicate"))
            } else {
                seen[key] = a
            }
        }
        return diagnostics
    }

    /// A photo that is not a media file under `content/` is a warning; the page leaves it out.
    public static func photos(_ activities: [Activity], media: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for a in activities {
            for (photo, location) in zip(a.photos, a.photoLocations) {
                switch MediaReference.resolve(photo, from: a.source.path, media: media) {
                case .media, .external: continue
                case .missing(let path):
                    diagnostics.append(.warning(location, "照片不存在：\(photo)（查找 content/\(path)）(photo not found)", key: "ledger.photo"))
                case .outside, .absolute:
                    diagnostics.append(.warning(location, "照片路径应相对于 content/ 文件夹：\(photo) (photo path must be inside content/)", key: "ledger.photo"))
                }
            }
        }
        return diagnostics
    }

    /// A task reference that no plan defines is an error at the reference, with the nearest known one suggested.
    public static func taskReferences(_ activities: [Activity], known: Set<String>) -> [Diagnostic] {
        let candidates = known.sorted()
        var diagnostics: [Diagnostic] = []
        for a in activities {
            for (reference, location) in zip(a.tasks, a.taskLocations) where !known.contains(reference) {
                diagnostics.append(.error(location,
                                          "对应任务“\(reference)”在工作计划中找不到\(Suggestion.hint(for: reference, in: candidates)) (task reference not found in any plan)",
                                          key: "ledger.task"))
            }
        }
        return diagnostics
    }
}

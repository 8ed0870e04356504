import Foundation

/// `plans/<slug>/plan.json`, the plan's open-data twin (docs/plans.md, “plan.json”): its articles, outline items and
/// targets with their status and value at the build date — the same `TargetEvaluation`s the report shows. Keys are
/// sorted and numbers fixed, so the file is byte-identical on every build.
enum PlanJSON {
    /// Version of the format; raised only when a key changes meaning or goes away.
    static let format = 1

    static func document(plan: Plan, evaluations: [TargetEvaluation], buildDate: LocalDate) -> String {
        let articles: [[String: Any]] = plan.articles.map { a in
            var d: [String: Any] = ["number": a.number]
            d["title"] = a.title ?? NSNull()
            return d
        }
        let items: [[String: Any]] = plan.allItems.map { item in
            var d: [String: Any] = ["id": item.id, "level": item.level, "number": item.number, "title": item.title,
                                    "line": plan.userLocation(item.location).line, "task": plan.isTask(item)]
            d["article"] = item.article ?? NSNull()
            return d
        }
        let targets: [[String: Any]] = evaluations.map { e in target(e) }
        let root: [String: Any] = [
            "format": format, "slug": plan.slug, "title": plan.title, "year": plan.year, "kind": plan.kind.rawValue,
            "source": plan.source.path, "date": buildDate.description,
            "articles": articles, "items": items, "targets": targets,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        // `<`, `>` and `&` only occur inside strings: escaped, so no content can read as markup if a browser sniffs the file.
        return text.replacingOccurrences(of: "&", with: "\\u0026").replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e") + "\n"
    }

    static func target(_ e: TargetEvaluation) -> [String: Any] {
        let t = e.target, m = t.measure
        var d: [String: Any] = [
            "id": t.id, "label": t.label, "origin": t.recognised == nil ? "front-matter" : "text",
            "status": e.status.rawValue, "status_label": e.status.label,
        ]
        d["task"] = t.task ?? NSNull()
        let place = t.sourceLocation ?? e.plan.userLocation(t.location)
        d["line"] = place.line
        d["column"] = place.column
        if let anchor = place.anchor { d["place"] = anchor }
        d["text"] = t.recognised?.text ?? t.goal ?? NSNull()
        d["goal"] = t.goal ?? NSNull()
        d["period"] = (m?.per ?? t.recognised?.period)?.rawValue ?? NSNull()
        d["comparison"] = (m?.comparison ?? t.recognised?.comparison)?.rawValue ?? NSNull()
        d["threshold"] = (m?.threshold ?? t.recognised?.threshold).map(number) ?? NSNull()
        d["unit"] = t.recognised?.unit ?? unit(m)
        d["counted"] = t.recognised?.counted ?? NSNull()
        d["measure"] = measure(m)
        d["value"] = e.value.map(number) ?? NSNull()
        d["needs"] = e.needsText ?? NSNull()
        d["reason"] = e.reason ?? NSNull()
        d["missed"] = e.missed.map(\.label)
        return d
    }

    /// Numbers with at most two decimals (never `0.30000000000000004`).
    static func number(_ v: Double) -> Any {
        let rounded = (v * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return Int(rounded) }
        return NSDecimalNumber(string: String(format: "%.2f", rounded))
    }

    static func unit(_ m: TargetMeasure?) -> String {
        guard let m else { return "" }
        if m.isPercent { return "%" }
        switch m.kind {
        case .duration: return "小时"
        case .bulletins: return "期"
        case .count: return "次"
        default: return ""
        }
    }

    static func measure(_ m: TargetMeasure?) -> Any {
        guard let m else { return NSNull() }
        var d: [String: Any] = ["kind": m.kind.rawValue, "summary": m.summary]
        d["category"] = m.category ?? NSNull()
        d["field"] = m.field ?? NSNull()
        d["of"] = m.of?.rawValue ?? NSNull()
        d["before"] = m.before?.description ?? NSNull()
        if let r = m.record {
            d["record"] = r.folder
        } else {
            d["record"] = NSNull()
        }
        return d
    }
}

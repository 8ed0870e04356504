/// The Mustache contexts of the yearly progress report: targets with status and evidence, charts with their data tables.
extension PageContext {
    /// A target's figure with fixed precision: `7 次`, `1234.5 小时`, `1.83%`.
    public static func figure(_ value: Double, for measure: TargetMeasure?) -> String {
        guard let measure else { return SVGChart.number(value, decimals: 0) }
        switch measure.kind {
        case .count: return SVGChart.number(value, decimals: 0) + " 次"
        case .sum:
            let field = measure.field.flatMap(ActivityField.init(text:))
            return SVGChart.number(value, decimals: field == .volunteerHours ? 1 : 0) + " " + (field?.unit ?? "")
        case .ratio: return SVGChart.number(value, decimals: 2) + "%"
        }
    }

    /// One evaluated target for the report's table.
    public func targetEvaluation(_ e: TargetEvaluation, from outputPath: String) -> [String: Any] {
        let t = e.target, m = t.measure
        var c: [String: Any] = [
            "id": t.id, "label": t.label, "goal": t.goal ?? "", "status": e.status.rawValue, "statusLabel": e.status.label,
            "planTitle": e.plan.title, "measure": m?.summary ?? "",
            "figure": e.value.map { Self.figure($0, for: m) } ?? "—",
            "evidenceCount": e.evidence.count,
        ]
        if let task = t.task, let item = e.plan.item(task) {
            c["taskHref"] = URLPath.link(from: outputPath, to: e.plan.path) + "#" + item.anchor
            c["taskText"] = "\(task) \(item.title)"
        }
        var notes: [String] = []
        if let m, m.kind == .ratio, let field = m.field.flatMap(ActivityField.init(text:)), let base = m.of {
            let total = e.evidence.reduce(0) { $0 + field.value(of: $1) }
            let baseValue = (base == .population ? site.profile.population : site.profile.households) ?? 0
            notes.append("\(field.label)合计 \(SVGChart.number(total, decimals: field == .volunteerHours ? 1 : 0)) ÷ \(base.label) \(baseValue)")
        }
        if let expected = e.expected, e.status != .met { notes.append("按进度应达 \(Self.figure(expected, for: m))") }
        if e.periods.count > 1 {
            let due = e.periods.filter { $0.state == .met || $0.state == .missed }
            notes.append("\(due.filter { $0.state == .met }.count)/\(due.count) 个\(m?.per == .quarter ? "季度" : "月")达标")
            if let running = e.periods.first(where: { $0.state == .running }) {
                notes.append("\(running.label)进行中（\(Self.figure(running.value, for: m))）")
            } else if let current = e.periods.last(where: { $0.state == .met && $0.from <= site.buildDate && site.buildDate <= $0.to }) {
                notes.append("\(current.label)已达标")
            }
        }
        if !e.missed.isEmpty { c["missed"] = e.missed.map(\.label).joined(separator: "、") }
        if let reason = e.reason { notes.append(reason) }
        if !notes.isEmpty { c["note"] = notes.joined(separator: "；") }
        PageContext.list(&c, "evidence", e.evidence.map { a in
            ["title": a.title, "date": a.date.description, "monthDay": "\(a.date.month)月\(a.date.day)日",
             "href": a.hasPage ? URLPath.link(from: outputPath, to: a.path) : URLPath.link(from: outputPath, to: a.monthPath) + "#d-\(a.date.day)"]
        })
        return c
    }

    /// The whole report: summary counts, targets, charts with data tables, honours and gaps.
    public func yearReport(_ r: YearReport, from outputPath: String) -> [String: Any] {
        var c: [String: Any] = [
            "year": r.year,
            "asOf": site.buildDate.chinese,
            "metCount": r.count(.met), "onTrackCount": r.count(.onTrack), "behindCount": r.count(.behind),
            "notMeasurableCount": r.count(.notMeasurable), "hasNotMeasurable": r.count(.notMeasurable) > 0,
            "targetCount": r.evaluations.count, "signDate": site.buildDate.chineseNumerals,
            "totals": Self.totals(r.totals),
            "printHref": URLPath.link(from: outputPath, to: r.printPath),
        ]
        PageContext.list(&c, "plans", r.plans.map { ["title": $0.title, "href": URLPath.link(from: outputPath, to: $0.path)] })
        PageContext.list(&c, "targets", r.evaluations.map { targetEvaluation($0, from: outputPath) })

        let labels = (1...12).map { "\($0)月" }
        let colors = r.categories.map { name in
            SVGChart.palette[(site.profile.categories.firstIndex(of: name) ?? (site.profile.categories.count + (r.categories.firstIndex(of: name) ?? 0))) % SVGChart.palette.count]
        }
        let series = r.categories.enumerated().map { i, name in
            SVGChart.Series(name: name, color: colors[i], values: r.counts.map { Double($0[i]) })
        }
        c["categoryChart"] = SVGChart.bars(id: "chart-categories-\(r.year)", title: "\(r.year)年各月活动次数（按类别）", labels: labels, series: series, unit: " 次")
        PageContext.list(&c, "categories", r.categories.enumerated().map { i, name in
            ["name": name, "color": colors[i], "total": r.counts.reduce(0) { $0 + $1[i] }]
        })
        c["categoryRows"] = (0..<12).map { m -> [String: Any] in
            ["month": labels[m], "cells": r.counts[m].map { ["value": $0] }, "total": r.counts[m].reduce(0, +)]
        }
        c["participantsChart"] = SVGChart.bars(id: "chart-participants-\(r.year)", title: "\(r.year)年各月活动参与人数",
                                               labels: labels, series: [.init(name: "参与人数", color: "#1565c0", values: r.months.map { Double($0.participants) })], unit: " 人次")
        c["hoursChart"] = SVGChart.bars(id: "chart-hours-\(r.year)", title: "\(r.year)年各月志愿服务时长",
                                        labels: labels, series: [.init(name: "志愿服务时长", color: "#2e7d32", values: r.months.map(\.volunteerHours))], decimals: 1, unit: " 小时")
        c["monthRows"] = r.months.enumerated().map { i, t -> [String: Any] in
            ["month": labels[i], "activities": t.activities, "participants": t.participants, "volunteers": t.volunteers,
             "volunteerHours": SVGChart.number(t.volunteerHours, decimals: 1)]
        }
        c["totalHours"] = SVGChart.number(r.totals.volunteerHours, decimals: 1)
        PageContext.list(&c, "honours", r.honours.map { roll in
            ["title": roll.title, "category": roll.category, "named": roll.namedOn?.chinese ?? "",
             "entryCount": roll.red.count, "href": URLPath.link(from: outputPath, to: roll.path)]
        })
        PageContext.list(&c, "gaps", r.gaps.map { plan, item in
            ["number": item.id, "title": item.title, "planTitle": plan.title,
             "href": URLPath.link(from: outputPath, to: plan.path) + "#" + item.anchor]
        })
        return c
    }
}

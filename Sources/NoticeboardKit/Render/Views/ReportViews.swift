/// The yearly progress report: targets with status and evidence, charts with their data tables, honours, gaps.
struct YearReportView: TemplateView {
    let report: YearReport
    let env: PageEnv

    var labels: [String] { (1...12).map { "\($0)月" } }
    var colors: [String] {
        let categories = env.profile.categories
        return report.categories.map { name in
            SVGChart.palette[(categories.firstIndex(of: name) ?? (categories.count + (report.categories.firstIndex(of: name) ?? 0))) % SVGChart.palette.count]
        }
    }

    static let fields = TemplateFields<YearReportView>([
        "year": { .number($0.report.year) },
        "asOf": { .text($0.env.today.chinese) },
        "metCount": { .number($0.report.count(.met)) },
        "onTrackCount": { .number($0.report.count(.onTrack)) },
        "behindCount": { .number($0.report.count(.behind)) },
        "notMeasurableCount": { .number($0.report.count(.notMeasurable)) },
        "hasNotMeasurable": { .flag($0.report.count(.notMeasurable) > 0) },
        "needsRecordCount": { .number($0.report.count(.needsRecord)) },
        "hasNeedsRecord": { .flag($0.report.count(.needsRecord) > 0) },
        "targetCount": { .number($0.report.evaluations.count) },
        "signDate": { .text($0.env.today.chineseNumerals) },
        "totals": { .view(TotalsView(totals: $0.report.totals)) },
        "printHref": { .text($0.env.link(.reportPrint($0.report.year))) },
        "plans": { v in .views(v.report.plans.map { LinkedTitle(title: $0.title, href: v.env.link(.plan($0.slug))) }) },
        "hasPlans": { .flag(!$0.report.plans.isEmpty) },
        "targets": { v in .views(v.report.evaluations.map { TargetEvaluationView(evaluation: $0, env: v.env) }) },
        "hasTargets": { .flag(!$0.report.evaluations.isEmpty) },
        "categoryChart": { v in
            let r = v.report, colors = v.colors
            let series = r.categories.enumerated().map { i, name in
                SVGChart.Series(name: name, color: colors[i], values: r.counts.map { Double($0[i]) })
            }
            return .text(SVGChart.bars(id: "chart-categories-\(r.year)", title: "\(r.year)年各月活动次数（按类别）", labels: v.labels, series: series, unit: " 次"))
        },
        "categories": { v in
            let colors = v.colors
            return .views(v.report.categories.enumerated().map { i, name in
                CategoryTotalView(name: name, color: colors[i], total: v.report.counts.reduce(0) { $0 + $1[i] })
            })
        },
        "hasCategories": { .flag(!$0.report.categories.isEmpty) },
        "categoryRows": { v in
            .views((0..<12).map { m in CategoryMonthRow(month: v.labels[m], cells: v.report.counts[m], total: v.report.counts[m].reduce(0, +)) })
        },
        "participantsChart": { v in
            .text(SVGChart.bars(id: "chart-participants-\(v.report.year)", title: "\(v.report.year)年各月活动参与人数", labels: v.labels,
                                series: [.init(name: "参与人数", color: "#1565c0", values: v.report.months.map { Double($0.participants) })], unit: " 人次"))
        },
        "hoursChart": { v in
            .text(SVGChart.bars(id: "chart-hours-\(v.report.year)", title: "\(v.report.year)年各月志愿服务时长", labels: v.labels,
                                series: [.init(name: "志愿服务时长", color: "#2e7d32", values: v.report.months.map(\.volunteerHours))], decimals: 1, unit: " 小时"))
        },
        "monthRows": { v in .views(v.report.months.enumerated().map { MonthFiguresRow(month: v.labels[$0], totals: $1) }) },
        "totalHours": { .text(SVGChart.number($0.report.totals.volunteerHours, decimals: 1)) },
        "honours": { v in .views(v.report.honours.map { ReportHonourView(roll: $0, href: v.env.link(.roll($0.slug)), today: v.env.today) }) },
        "hasHonours": { .flag(!$0.report.honours.isEmpty) },
        "gaps": { v in
            .views(v.report.gaps.map { plan, item in
                ReportGapView(number: item.id, title: item.title, planTitle: plan.title, href: v.env.link(.plan(plan.slug)) + "#" + item.anchor)
            })
        },
        "hasGaps": { .flag(!$0.report.gaps.isEmpty) },
    ])
}

/// A title with a link.
struct LinkedTitle: TemplateView {
    let title: String
    let href: String

    static let fields = TemplateFields<LinkedTitle>([
        "title": { .text($0.title) },
        "href": { .text($0.href) },
    ])
}

/// A category with its chart colour and the year's count.
struct CategoryTotalView: TemplateView {
    let name: String
    let color: String
    let total: Int

    static let fields = TemplateFields<CategoryTotalView>([
        "name": { .text($0.name) },
        "color": { .text($0.color) },
        "total": { .number($0.total) },
    ])
}

/// A month's counts by category (the chart's data table).
struct CategoryMonthRow: TemplateView {
    let month: String
    let cells: [Int]
    let total: Int

    static let fields = TemplateFields<CategoryMonthRow>([
        "month": { .text($0.month) },
        "cells": { .views($0.cells.map(CountCell.init)) },
        "total": { .number($0.total) },
    ])
}

/// One number in a table.
struct CountCell: TemplateView {
    let value: Int

    static let fields = TemplateFields<CountCell>([
        "value": { .number($0.value) },
    ])
}

/// A month's activity figures.
struct MonthFiguresRow: TemplateView {
    let month: String
    let totals: LedgerTotals

    static let fields = TemplateFields<MonthFiguresRow>([
        "month": { .text($0.month) },
        "activities": { .number($0.totals.activities) },
        "participants": { .number($0.totals.participants) },
        "volunteers": { .number($0.totals.volunteers) },
        "volunteerHours": { .text(SVGChart.number($0.totals.volunteerHours, decimals: 1)) },
    ])
}

/// A red list named in the report's year.
struct ReportHonourView: TemplateView {
    let roll: HonourRoll
    let href: String
    let today: LocalDate

    static let fields = TemplateFields<ReportHonourView>([
        "title": { .text($0.roll.title) },
        "category": { .text($0.roll.category) },
        "named": { .text($0.roll.namedOn?.chinese ?? "") },
        "entryCount": { .number($0.roll.standingRed(on: $0.today).count) },
        "href": { .text($0.href) },
    ])
}

/// A plan task with no activity recorded.
struct ReportGapView: TemplateView {
    let number: String
    let title: String
    let planTitle: String
    let href: String

    static let fields = TemplateFields<ReportGapView>([
        "number": { .text($0.number) },
        "title": { .text($0.title) },
        "planTitle": { .text($0.planTitle) },
        "href": { .text($0.href) },
    ])
}

/// One evaluated target for the report's table: status, figure, notes and evidence.
struct TargetEvaluationView: TemplateView {
    let evaluation: TargetEvaluation
    let env: PageEnv

    /// A target's figure with fixed precision: `7 次`, `1234.5 小时`, `1.83%`.
    static func figure(_ value: Double, for measure: TargetMeasure?) -> String {
        guard let measure else { return SVGChart.number(value, decimals: 0) }
        switch measure.kind {
        case .count: return SVGChart.number(value, decimals: 0) + " 次"
        case .sum:
            let field = measure.field.flatMap(ActivityField.init(text:))
            return SVGChart.number(value, decimals: field == .volunteerHours ? 1 : 0) + " " + (field?.unit ?? "")
        case .ratio, .share: return SVGChart.number(value, decimals: 2) + "%"
        case .duration: return SVGChart.number(value, decimals: 1) + " 小时"
        case .bulletins: return SVGChart.number(value, decimals: 0) + " 期"
        case .honours: return SVGChart.number(value, decimals: 0) + " 人（户）"
        case .record: return measure.isPercent ? SVGChart.number(value, decimals: 1) + "%" : SVGChart.number(value, decimals: 0)
        }
    }

    var note: String? {
        let e = evaluation, m = e.target.measure, today = env.today
        var notes: [String] = []
        if let m, m.kind == .ratio, let field = m.field.flatMap(ActivityField.init(text:)), let base = m.of {
            let total = e.evidence.reduce(0) { $0 + field.value(of: $1) }
            let baseValue = base.value(in: env.profile) ?? 0
            notes.append("\(field.label)合计 \(SVGChart.number(total, decimals: field == .volunteerHours ? 1 : 0)) ÷ \(base.label) \(baseValue)")
        }
        if let expected = e.expected, e.status != .met { notes.append("按进度应达 \(Self.figure(expected, for: m))") }
        if e.periods.count > 1 {
            let due = e.periods.filter { $0.state == .met || $0.state == .missed }
            let unit = [TargetMeasure.Period.quarter: "个季度", .week: "周", .day: "天"][m?.per ?? .month] ?? "个月"
            notes.append("\(due.filter { $0.state == .met }.count)/\(due.count) \(unit)达标")
            if let running = e.periods.first(where: { $0.state == .running }) {
                notes.append("\(running.label)进行中（\(Self.figure(running.value, for: m))）")
            } else if let current = e.periods.last(where: { $0.state == .met && $0.from <= today && today <= $0.to }) {
                notes.append("\(current.label)已达标")
            }
        }
        if let reason = e.reason { notes.append(reason) }
        return notes.isEmpty ? nil : notes.joined(separator: "；")
    }

    static let fields = TemplateFields<TargetEvaluationView>([
        "id": { .text($0.evaluation.target.id) },
        "label": { .text($0.evaluation.target.label) },
        "goal": { .text($0.evaluation.target.goal ?? "") },
        "status": { .text($0.evaluation.status.rawValue) },
        "statusLabel": { .text($0.evaluation.status.label) },
        "planTitle": { .text($0.evaluation.plan.title) },
        "measure": { .text($0.evaluation.target.measure?.summary ?? "") },
        "figure": { v in .text(v.evaluation.value.map { figure($0, for: v.evaluation.target.measure) } ?? "—") },
        "evidenceCount": { .number($0.evaluation.evidence.count) },
        "taskHref": { v in
            guard let task = v.evaluation.target.task, let item = v.evaluation.plan.item(task) else { return nil }
            return .text(v.env.link(.plan(v.evaluation.plan.slug)) + "#" + item.anchor)
        },
        "taskText": { v in
            guard let task = v.evaluation.target.task, let item = v.evaluation.plan.item(task) else { return nil }
            return .text("\(task) \(item.title)")
        },
        "missed": { v in
            let missed = v.evaluation.missed.map(\.label)
            guard !missed.isEmpty else { return nil }
            return .text(missed.count > 12 ? missed.prefix(12).joined(separator: "、") + " 等 \(missed.count) 个周期" : missed.joined(separator: "、"))
        },
        "needs": { $0.evaluation.needsText.template },
        "sourceLine": { .number($0.evaluation.target.sourceLine) },
        "note": { $0.note.template },
        "evidence": { v in .views(v.evaluation.evidence.map { EvidenceView(activity: $0, env: v.env) }) },
        "hasEvidence": { .flag(!$0.evaluation.evidence.isEmpty) },
    ])
}

/// An activity counted as evidence for a target.
struct EvidenceView: TemplateView {
    let activity: Activity
    let env: PageEnv

    static let fields = TemplateFields<EvidenceView>([
        "title": { .text($0.activity.title) },
        "date": { .text($0.activity.date.description) },
        "monthDay": { .text("\($0.activity.date.month)月\($0.activity.date.day)日") },
        "href": { .text(ActivityView(activity: $0.activity, env: $0.env).href) },
    ])
}

/// A report page and its print sheet.
struct ReportPage: TemplateView {
    let chrome: PageChrome
    let report: YearReportView
    var sheet: PrintSheet?

    static let fields = TemplateFields<ReportPage>([
        "report": { .view($0.report) },
    ]).adding(PageChrome.fields) { $0.chrome }
      .adding(PrintSheet.fields) { $0.sheet }
}

/// The reports index: one line per year.
struct ReportsIndexPage: TemplateView {
    let chrome: PageChrome
    let years: [ReportYearRow]

    static let fields = TemplateFields<ReportsIndexPage>([
        "years": { .views($0.years) },
        "hasYears": { .flag(!$0.years.isEmpty) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A year's line on the reports index.
struct ReportYearRow: TemplateView {
    let report: YearReport
    let href: String

    static let fields = TemplateFields<ReportYearRow>([
        "year": { .number($0.report.year) },
        "href": { .text($0.href) },
        "metCount": { .number($0.report.count(.met)) },
        "onTrackCount": { .number($0.report.count(.onTrack)) },
        "behindCount": { .number($0.report.count(.behind)) },
        "targetCount": { .number($0.report.evaluations.count) },
        "plans": { .text($0.report.plans.map(\.title).joined(separator: "、")) },
    ])
}

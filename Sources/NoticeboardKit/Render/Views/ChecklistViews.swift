/// The self-assessment page (自评): totals, the chart by section, and every criterion with its evidence and score.
struct ChecklistView: TemplateView {
    let assessment: ChecklistAssessment
    let links: ChecklistLinks

    var checklist: Checklist { assessment.checklist }
    func count(_ flag: CriterionAssessment.Flag) -> Int { assessment.criteria.count { $0.flags.contains(flag) } }

    /// Sections' names for the chart: `一、基础工作` shortened to 6 characters.
    var chartLabels: [String] { assessment.sections.map { String($0.criterion.title.prefix(6)) } }

    static let fields = TemplateFields<ChecklistView>([
        "title": { .text($0.checklist.title) },
        "issuer": { $0.checklist.issuer.template },
        "period": { .text($0.checklist.periodText) },
        "asOf": { .text($0.assessment.buildDate.chinese) },
        "isInternal": { .flag($0.links.isInternal) },
        "points": { .text(ChecklistText.points($0.assessment.points)) },
        "score": { .text(ChecklistText.points($0.assessment.score)) },
        "criteriaCount": { .number($0.assessment.criteria.count) },
        "noEvidenceCount": { .number($0.count(.noEvidence)) },
        "behindCount": { .number($0.count(.targetsBehind)) },
        "partialCount": { .number($0.count(.partial)) },
        "overriddenCount": { .number($0.assessment.criteria.count(where: \.isOverridden)) },
        "chart": { v in
            let a = v.assessment
            let scored = SVGChart.Series(name: "自评得分", color: "#2e7d32", values: a.sections.map { $0.score ?? 0 })
            let lost = SVGChart.Series(name: "未得分", color: "#bdbdbd", values: a.sections.map { max(0, $0.points - ($0.score ?? 0)) })
            return .text(SVGChart.bars(id: "chart-checklist", title: "\(v.checklist.title)：各部分自评得分与分值", labels: v.chartLabels,
                                       series: [scored, lost], decimals: 1, unit: " 分"))
        },
        "sections": { v in .views(v.assessment.sections.map { SectionTotalView(row: $0) }) },
        "rows": { v in .views(v.assessment.rows.map { CriterionRowView(row: $0, links: v.links) }) },
        "binderHref": { .text($0.links.env.link(.checklistBinder($0.checklist.slug))) },
    ])
}

/// Points as shown: `5`, `2.5`.
enum ChecklistText {
    static func points(_ d: Double) -> String { TargetMeasure.format((d * 10).rounded() / 10) }
}

/// A section's total for the table under the chart.
struct SectionTotalView: TemplateView {
    let row: CriterionAssessment

    static let fields = TemplateFields<SectionTotalView>([
        "number": { .text($0.row.criterion.number) },
        "title": { .text($0.row.criterion.title) },
        "points": { .text(ChecklistText.points($0.row.points)) },
        "score": { .text(ChecklistText.points($0.row.score ?? 0)) },
        "anchor": { .text($0.row.criterion.anchor) },
    ])
}

/// One row of the self-assessment: a section heading or a criterion with its evidence.
struct CriterionRowView: TemplateView {
    let row: CriterionAssessment
    let links: ChecklistLinks

    var c: ChecklistCriterion { row.criterion }

    static let fields = TemplateFields<CriterionRowView>([
        "id": { .text($0.c.id) },
        "anchor": { .text($0.c.anchor) },
        "number": { .text($0.c.number) },
        "title": { .text($0.c.title) },
        "content": { $0.c.content.template },
        "method": { $0.c.method.template },
        "evidenceText": { $0.c.evidenceText.template },
        "headingLevel": { .number(min(6, $0.c.level + 1)) },
        "isSection": { .flag(!$0.c.isLeaf) },
        "points": { .text(ChecklistText.points($0.row.points)) },
        "score": { v in v.row.score.map { .text(ChecklistText.points($0)) } },
        "suggested": { v in v.row.suggested.map { .text(ChecklistText.points($0)) } },
        "isOverridden": { .flag($0.row.isOverridden) },
        "note": { $0.c.note.template },
        "flags": { .views($0.row.flags.map(FlagView.init)) },
        "hasFlags": { .flag(!$0.row.flags.isEmpty) },
        "evidenceCount": { .number($0.row.evidence.count) },
        "hasEvidence": { .flag(!$0.row.evidence.isEmpty) },
        "latest": { v in v.row.latest.map { .view(CriterionEvidenceView(item: $0, links: v.links)) } },
        "evidence": { v in .views(v.row.evidence.map { CriterionEvidenceView(item: $0, links: v.links) }) },
        "targets": { v in .views(v.row.targets.map(TargetStatusView.init)) },
        "hasTargets": { .flag(!$0.row.targets.isEmpty) },
        "periods": { v in
            guard !v.row.periods.isEmpty else { return nil }
            let missing = v.row.periods.filter { !$0.covered }.map(\.label)
            let covered = v.row.periods.count - missing.count
            return .text("有佐证的周期 \(covered)/\(v.row.periods.count)" + (missing.isEmpty ? "" : "，缺：" + missing.joined(separator: "、")))
        },
        "missingKinds": { v in v.row.missingKinds.isEmpty ? nil : .text(v.row.missingKinds.map(\.rawValue).joined(separator: "、")) },
        "manualKinds": { v in v.row.manualKinds.isEmpty ? nil : .text(v.row.manualKinds.map(\.rawValue).joined(separator: "、")) },
    ])
}

/// A flag as a badge: 无佐证, 指标滞后, 佐证不全.
struct FlagView: TemplateView {
    let flag: CriterionAssessment.Flag

    var key: String {
        switch flag {
        case .noEvidence: return "no-evidence"
        case .targetsBehind: return "behind"
        case .partial: return "partial"
        }
    }

    static let fields = TemplateFields<FlagView>([
        "label": { .text($0.flag.rawValue) },
        "key": { .text($0.key) },
    ])
}

/// One evidence record with its link (and QR code in the binder).
struct CriterionEvidenceView: TemplateView {
    let item: EvidenceItem
    let links: ChecklistLinks
    var env: PageEnv { links.env }

    static let fields = TemplateFields<CriterionEvidenceView>([
        "date": { .text($0.item.date.description) },
        "dateText": { .text($0.item.date.chinese) },
        "title": { .text($0.item.title) },
        "summary": { $0.item.summary.template },
        "kind": { .text($0.item.source.label) },
        "category": { $0.item.category.template },
        "href": { .text($0.links.page($0.item.route)) },
        // The address as a person reads it (Chinese, not percent-escapes); the QR code holds the encoded one.
        "url": { v in v.links.online(v.item.route).map { .text($0.removingPercentEncoding ?? $0) } },
        "qr": { v in v.links.online(v.item.route).flatMap { QRCodeCache.shared.svg(for: $0) }.template },
    ])
}

/// A plan target linked to a criterion, with its status.
struct TargetStatusView: TemplateView {
    let evaluation: TargetEvaluation

    static let fields = TemplateFields<TargetStatusView>([
        "label": { .text($0.evaluation.target.label) },
        "goal": { $0.evaluation.target.goal.template },
        "status": { .text($0.evaluation.status.rawValue) },
        "statusLabel": { .text($0.evaluation.status.label) },
        "missed": { v in v.evaluation.missed.isEmpty ? nil : .text(v.evaluation.missed.map(\.label).joined(separator: "、")) },
    ])
}

/// The self-assessment page.
struct ChecklistPage: TemplateView {
    let chrome: PageChrome
    let checklist: ChecklistView

    static let fields = TemplateFields<ChecklistPage>([
        "checklist": { .view($0.checklist) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The index of public checklists.
struct ChecklistsIndexPage: TemplateView {
    let chrome: PageChrome
    let checklists: [ChecklistLinkView]

    static let fields = TemplateFields<ChecklistsIndexPage>([
        "checklists": { .views($0.checklists) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A checklist in the index.
struct ChecklistLinkView: TemplateView {
    let checklist: Checklist
    let href: String

    static let fields = TemplateFields<ChecklistLinkView>([
        "title": { .text($0.checklist.title) },
        "period": { .text($0.checklist.periodText) },
        "criteriaCount": { .number($0.checklist.scored.count) },
        "href": { .text($0.href) },
    ])
}

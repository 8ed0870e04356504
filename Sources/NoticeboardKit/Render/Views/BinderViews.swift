/// The binder (迎检台账) print document: fixed A4 pages laid out by `BinderLayout`.
struct BinderView: TemplateView {
    let assessment: ChecklistAssessment
    let layout: BinderLayout
    let links: ChecklistLinks

    static let fields = TemplateFields<BinderView>([
        "title": { .text($0.assessment.checklist.title) },
        "community": { .text($0.links.env.profile.name) },
        "committee": { .text($0.links.env.profile.committee) },
        "issuer": { $0.assessment.checklist.issuer.template },
        "period": { .text($0.assessment.checklist.periodText) },
        "dateNumerals": { .text($0.assessment.buildDate.chineseNumerals) },
        "points": { .text(ChecklistText.points($0.assessment.points)) },
        "score": { .text(ChecklistText.points($0.assessment.score)) },
        "pageCount": { .number($0.layout.pages.count) },
        "summaryPage": { .number($0.layout.summaryPage) },
        "pages": { v in .views(v.layout.pages.map { BinderPageView(page: $0, binder: v) }) },
    ])
}

/// One A4 page of the binder.
struct BinderPageView: TemplateView {
    let page: BinderLayout.Page
    let binder: BinderView

    var links: ChecklistLinks { binder.links }

    static let fields = TemplateFields<BinderPageView>([
        "number": { .number($0.page.number) },
        "isCover": { v in if case .cover = v.page.kind { return .flag(true) }; return .flag(false) },
        "isContents": { v in if case .contents = v.page.kind { return .flag(true) }; return .flag(false) },
        "isFirstContents": { .flag($0.page.number == 2) },
        "isLastContents": { v in
            guard case .contents = v.page.kind else { return .flag(false) }
            return .flag(v.binder.layout.pages.first { if case .criterion = $0.kind { return true }; if case .summary = $0.kind { return true }; return false }?.number == v.page.number + 1)
        },
        "isSummary": { v in if case .summary = v.page.kind { return .flag(true) }; return .flag(false) },
        "isFirstSummary": { .flag($0.page.number == $0.binder.layout.summaryPage) },
        "isLastSummary": { v in if case .summary(_, let last) = v.page.kind { return .flag(last) }; return .flag(false) },
        "entries": { v in
            guard case .contents(let entries) = v.page.kind else { return nil }
            return .views(entries.map { ContentsEntryView(entry: $0) })
        },
        "summaryRows": { v in
            guard case .summary(let rows, _) = v.page.kind else { return nil }
            return .views(rows.map { SummaryRowView(row: $0) })
        },
        "blocks": { v in .views(v.page.blocks.map { BinderBlockView(block: $0, links: v.links) }) },
    ])
}

/// A line of the contents: number, title, page.
struct ContentsEntryView: TemplateView {
    let entry: BinderLayout.ContentsEntry

    static let fields = TemplateFields<ContentsEntryView>([
        "level": { .number($0.entry.row.criterion.level) },
        "number": { .text($0.entry.row.criterion.number) },
        "title": { .text($0.entry.row.criterion.title) },
        "page": { .number($0.entry.page) },
        "anchor": { .text("p\($0.entry.page)") },
    ])
}

/// A row of the summary table.
struct SummaryRowView: TemplateView {
    let row: CriterionAssessment

    static let fields = TemplateFields<SummaryRowView>([
        "level": { .number($0.row.criterion.level) },
        "isSection": { .flag(!$0.row.criterion.isLeaf) },
        "number": { .text($0.row.criterion.number) },
        "title": { .text($0.row.criterion.title) },
        "points": { .text(ChecklistText.points($0.row.points)) },
        "score": { .text(ChecklistText.points($0.row.score ?? 0)) },
        "evidenceCount": { v in v.row.criterion.isLeaf ? .number(v.row.evidence.count) : nil },
        "flags": { .views($0.row.flags.map(FlagView.init)) },
    ])
}

/// A block of a criterion page: its head, a target, an evidence row, a row of two photos.
struct BinderBlockView: TemplateView {
    let block: BinderLayout.Block
    let links: ChecklistLinks

    static let fields = TemplateFields<BinderBlockView>([
        "isHead": { v in if case .head(_, _, _, _, let continued) = v.block { return .flag(!continued) }; return .flag(false) },
        "isContinued": { v in if case .head(_, _, _, _, let continued) = v.block { return .flag(continued) }; return .flag(false) },
        "criterion": { v in
            guard case .head(let row, let path, let opens, let lines, _) = v.block else { return nil }
            return .view(BinderCriterionView(row: CriterionRowView(row: row, links: v.links), lines: lines, path: path, opens: opens))
        },
        "isTarget": { v in if case .target = v.block { return .flag(true) }; return .flag(false) },
        "target": { v in if case .target(let t) = v.block { return .view(TargetStatusView(evaluation: t)) }; return nil },
        "isEvidence": { v in if case .evidence = v.block { return .flag(true) }; return .flag(false) },
        "evidence": { v in if case .evidence(let e) = v.block { return .view(CriterionEvidenceView(item: e, links: v.links)) }; return nil },
        "isPhotos": { v in if case .photos = v.block { return .flag(true) }; return .flag(false) },
        "photos": { v in
            guard case .photos(let photos) = v.block else { return nil }
            return .views(photos.map { BinderPhotoView(src: PageEnv.mediaURL($0, from: v.links.env.route), alt: $0.split(separator: "/").last.map(String.init) ?? $0) })
        },
        "isNoEvidence": { v in if case .noEvidence = v.block { return .flag(true) }; return .flag(false) },
        "more": { v in if case .more(let n) = v.block { return .number(n) }; return nil },
    ])
}

/// A section opened on this page: an outline heading (h1 for 一、, h2 for （一）), so the PDF has bookmarks by section.
struct SectionHeadView: TemplateView {
    let row: CriterionAssessment

    static let fields = TemplateFields<SectionHeadView>([
        "level": { .number(min(6, $0.row.criterion.level)) },
        "number": { .text($0.row.criterion.number) },
        "title": { .text($0.row.criterion.title) },
    ])
}

/// A photo in the binder's two-to-a-row layout.
struct BinderPhotoView: TemplateView {
    let src: String
    let alt: String

    static let fields = TemplateFields<BinderPhotoView>([
        "src": { .text($0.src) },
        "alt": { .text($0.alt) },
    ])
}

/// The criterion's head in the binder: its row and the number of text lines the layout gave it.
struct BinderCriterionView: TemplateView {
    let row: CriterionRowView
    let lines: Int
    /// The sections above it, and those of them that start on this page (they become outline headings).
    let path: [CriterionAssessment]
    let opens: [CriterionAssessment]

    static let fields = TemplateFields<BinderCriterionView>([
        "textHeight": { .number(6 * $0.lines) },
        "headHeight": { .number(40 + 6 * $0.lines) },
        "binderLevel": { .number(min(6, $0.row.c.level)) },
        "pathBefore": { v in
            let opened = Set(v.opens.map(\.criterion.id))
            let before = v.path.filter { !opened.contains($0.criterion.id) }.map { $0.criterion.number + $0.criterion.title }
            return before.isEmpty ? nil : .text(before.joined(separator: " › ") + (v.opens.isEmpty ? "" : " › "))
        },
        "opens": { .views($0.opens.map { SectionHeadView(row: $0) }) },
    ]).adding(CriterionRowView.fields) { $0.row }
}

/// The binder print document.
struct BinderDocument: TemplateView {
    let chrome: PageChrome
    let binder: BinderView

    static let fields = TemplateFields<BinderDocument>([
        "binder": { .view($0.binder) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

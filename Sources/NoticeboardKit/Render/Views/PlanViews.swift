import Markdown

/// What the plans index and other lists show of a plan.
struct PlanSummaryView: TemplateView {
    let plan: Plan
    let env: PageEnv

    static let fields = TemplateFields<PlanSummaryView>([
        "title": { .text($0.plan.title) },
        "year": { .number($0.plan.year) },
        "slug": { .text($0.plan.slug) },
        "href": { .text($0.env.link(.plan($0.plan.slug))) },
        "printHref": { .text($0.env.link(.planPrint($0.plan.slug))) },
        "draft": { .flag($0.plan.status == .draft) },
        "status": { .text($0.plan.status.label) },
        "community": { .text($0.plan.community ?? $0.env.profile.name) },
        "signedBy": { .text($0.plan.signature?.unit ?? $0.plan.signedBy ?? $0.env.profile.committee) },
        "taskCount": { v in .number(v.plan.tasks.filter { v.plan.isTask($0) }.count) },
        "targetCount": { .number($0.plan.targets.count) },
        "adopted": { $0.plan.adopted?.description.template },
        "adoptedChinese": { $0.plan.adopted?.chinese.template },
        "signDate": { ($0.plan.signature?.date ?? $0.plan.adopted?.chineseNumerals).template },
        "kind": { .text($0.plan.kind.label) },
        "isPlan": { .flag($0.plan.kind.hasTasks) },
    ])
}

/// A whole plan for its page or print sheet: intro, contents, sections with their targets and activities. A file
/// holding several documents (篇一…篇六) shows each as an article with its own contents group and sections.
struct PlanView: TemplateView {
    let plan: Plan
    let env: PageEnv
    /// Activities per task reference; nil leaves the activity lists off (the print sheet, summaries and reports).
    let activities: [String: [Activity]]?
    /// The targets measured at the build date (empty on the print sheet: no status there).
    var evaluations: [TargetEvaluation] = []

    init(plan: Plan, env: PageEnv, activities: [String: [Activity]]?) {
        self.plan = plan
        self.env = env
        self.activities = plan.kind.hasTasks ? activities : nil
    }

    var intro: String { env.html(plan.intro, file: plan.source.path) }
    /// Items shown at the top level: all of them, unless the plan is split into articles.
    var items: [PlanItem] { plan.hasArticles ? [] : plan.items }
    var sections: [PlanSectionView] {
        plan.hasArticles ? [] : plan.allItems.map { PlanSectionView(item: $0, plan: plan, env: env, activities: activities, evaluations: evaluations) }
    }

    static let fields = TemplateFields<PlanView>([
        "intro": { .text($0.intro) },
        "hasIntro": { .flag(!$0.intro.isEmpty) },
        "toc": { .views($0.items.map(TOCEntryView.init)) },
        "hasToc": { .flag($0.plan.hasArticles || !$0.plan.items.isEmpty) },
        "sections": { .views($0.sections) },
        "hasSections": { .flag(!$0.sections.isEmpty) },
        "articles": { v in .views(v.plan.hasArticles ? v.plan.articles.map { PlanArticleView(article: $0, plan: v.plan, env: v.env, activities: v.activities, evaluations: v.evaluations) } : []) },
        "hasArticles": { .flag($0.plan.hasArticles && !$0.plan.articles.isEmpty) },
        "targets": { v in .views(v.plan.targets.enumerated().map { i, t in PlanTargetView(target: t, plan: v.plan, index: i + 1, evaluation: v.evaluations.first { $0.target.id == t.id }) }) },
        "hasStatus": { .flag(!$0.evaluations.isEmpty) },
        "hasTargets": { .flag(!$0.plan.targets.isEmpty) },
    ]).adding(PlanSummaryView.fields) { PlanSummaryView(plan: $0.plan, env: $0.env) }
}

/// An entry of the contents, with `children` always set so Mustache never looks further up.
struct TOCEntryView: TemplateView {
    let item: PlanItem

    static let fields = TemplateFields<TOCEntryView>([
        "anchor": { .text($0.item.anchor) },
        "id": { .text($0.item.id) },
        "number": { .text($0.item.number) },
        "title": { .text($0.item.contentsLabel) },
        "level": { .number($0.item.level) },
        "children": { .views($0.item.children.map(TOCEntryView.init)) },
        "hasChildren": { .flag(!$0.item.children.isEmpty) },
    ])
}

/// One outline item as a section of the plan page: body, targets and the activities recorded against it.
struct PlanSectionView: TemplateView {
    let item: PlanItem
    let plan: Plan
    let env: PageEnv
    let activities: [String: [Activity]]?
    var evaluations: [TargetEvaluation] = []

    var reference: String { plan.reference(item) }
    /// The item's text, each target sentence in it marked where it stands, with its status beside it (a link to the
    /// target under the item). A sentence the renderer changed (emphasis across it) stays unmarked in the text.
    var body: String {
        var html = env.html(item.body, file: plan.source.path)
        guard plan.kind.hasTasks, !evaluations.isEmpty else { return html }  // the print sheet stays plain
        for target in plan.targets where target.task == item.id {
            guard let sentence = target.recognised?.text, !sentence.isEmpty else { continue }
            let needle = HTMLEscaping.escape(sentence)
            guard let range = html.range(of: needle), !html[range.upperBound...].hasPrefix("</mark>") else { continue }
            let status = evaluations.first { $0.target.id == target.id }?.status
            let flag = status.map { " <a class=\"target-flag badge badge-status-\($0.rawValue)\" href=\"#target-\(HTMLEscaping.escape(target.id))-at\">\($0.label)</a>" } ?? ""
            html.replaceSubrange(range, with: "<mark class=\"target-inline\">\(needle)</mark>" + flag)
        }
        return html
    }
    /// Activities recorded against sub-tasks: counted here, listed under the sub-tasks themselves.
    var belowCount: Int {
        var below = Set<String>()
        let prefix = reference + "."
        for (key, list) in activities ?? [:] where key.hasPrefix(prefix) { for a in list { below.insert(a.id) } }
        return below.count
    }
    /// Activities recorded against this item itself: held ones are its records, coming ones are listed apart.
    var recorded: [Activity] { activities?[reference] ?? [] }
    var held: [ActivityView] {
        recorded.filter { !$0.isUpcoming(on: env.today) }.map { ActivityView(activity: $0, env: env) }
    }
    var planned: [ActivityView] {
        recorded.filter { $0.isUpcoming(on: env.today) }.map { ActivityView(activity: $0, env: env) }
    }
    /// The activity box shows under a task (with 暂无活动记录 when nothing is recorded at or below it), and under any
    /// other item only when activities name it directly; never under 指导思想 or 工作目标, nor on the print sheet.
    var showsActivities: Bool {
        guard activities != nil else { return false }
        return !recorded.isEmpty || (plan.isTask(item) && belowCount == 0)
    }

    static let fields = TemplateFields<PlanSectionView>([
        "anchor": { .text($0.item.anchor) },
        "id": { .text($0.item.id) },
        "reference": { .text($0.reference) },
        "level": { .number($0.item.level) },
        "headingLevel": { .number(min($0.item.level + ($0.plan.hasArticles ? 2 : 1), 6)) },
        "number": { .text($0.item.number) },
        "title": { .text($0.item.title) },
        "body": { .text($0.body) },
        "hasBody": { .flag(!$0.body.isEmpty) },
        "showActivities": { .flag($0.showsActivities) },
        "activities": { .views($0.held) },
        "hasActivities": { .flag(!$0.held.isEmpty) },
        "planned": { .views($0.planned) },
        "hasPlanned": { .flag(!$0.planned.isEmpty) },
        "belowCount": { .number($0.belowCount) },
        "hasBelow": { .flag($0.belowCount > 0) },
        "taskTargets": { v in .views(v.plan.targets.filter { $0.task == v.item.id }.map { t in PlanTargetView(target: t, plan: v.plan, evaluation: v.evaluations.first { $0.target.id == t.id }) }) },
        "hasTaskTargets": { v in .flag(v.plan.targets.contains { $0.task == v.item.id }) },
    ])
}

/// A plan target in the targets table and under its task. Its `id` is the internal key the ledger and the report use;
/// readers see its place in the table (`index`, 序号) and its Chinese label, never the id.
struct PlanTargetView: TemplateView {
    let target: PlanTarget
    let plan: Plan
    var index: Int? = nil
    /// Its status at the build date; nil on the print sheet.
    var evaluation: TargetEvaluation? = nil

    var item: PlanItem? { target.task.flatMap { plan.item($0) } }

    static let fields = TemplateFields<PlanTargetView>([
        "id": { .text($0.target.id) },
        "index": { $0.index.template },
        "label": { .text($0.target.label) },
        "goal": { .text($0.target.goal ?? "") },
        "measure": { .text($0.target.measure?.summary ?? "") },
        // nil for a target without a task, so the template shows no link at all (an empty `<a href="">` is a fault).
        "taskHref": { $0.item.map { .text("#" + $0.anchor) } },
        "taskNumber": { .text($0.item?.number ?? "") },
        "taskTitle": { .text($0.item?.title ?? "") },
        "taskID": { .text($0.item?.id ?? "") },
        // The sentence a target was read from, where it stands in the plan text (行 14 or ¶12 in a Word file).
        "sentence": { $0.target.recognised.map { .text($0.text) } },
        "place": { v in v.target.recognised.map { _ in .text(v.target.sourceLocation?.anchor ?? "第 \(v.target.sourceLine) 行") } },
        "status": { $0.evaluation.map { .text($0.status.rawValue) } },
        "statusLabel": { $0.evaluation.map { .text($0.status.label) } },
        "figure": { v in v.evaluation?.value.map { .text(TargetEvaluationView.figure($0, for: v.target.measure)) } },
        "needs": { $0.evaluation?.needsText.template },
    ])
}

/// One document of a file that holds several (篇一…篇六): its heading, preamble, contents group and sections.
struct PlanArticleView: TemplateView {
    let article: PlanArticle
    let plan: Plan
    let env: PageEnv
    let activities: [String: [Activity]]?
    var evaluations: [TargetEvaluation] = []

    var intro: String { env.html(article.intro, file: plan.source.path) }

    static let fields = TemplateFields<PlanArticleView>([
        "number": { .number($0.article.number) },
        "anchor": { .text($0.article.anchor) },
        "title": { .text($0.article.title ?? "") },
        "tocTitle": { .text($0.article.title ?? "第\(ChineseNumber.text($0.article.number))篇") },
        "intro": { .text($0.intro) },
        "hasIntro": { .flag(!$0.intro.isEmpty) },
        "toc": { .views($0.article.items.map(TOCEntryView.init)) },
        "hasToc": { .flag(!$0.article.items.isEmpty) },
        "sections": { v in
            .views(v.article.items.flatMap(\.flattened).map { PlanSectionView(item: $0, plan: v.plan, env: v.env, activities: v.activities, evaluations: v.evaluations) })
        },
        "hasSections": { .flag(!$0.article.items.isEmpty) },
    ])
}

/// A plan's page and its A4 print sheet.
struct PlanPage: TemplateView {
    let chrome: PageChrome
    let plan: PlanView
    var sheet: PrintSheet?

    static let fields = TemplateFields<PlanPage>([
        "plan": { .view($0.plan) },
    ]).adding(PageChrome.fields) { $0.chrome }
      .adding(PrintSheet.fields) { $0.sheet }
}

/// The plans index by year; summaries (总结) and reports (汇报) listed apart.
struct PlansIndexPage: TemplateView {
    let chrome: PageChrome
    let years: [PlanYearView]
    let summaries: [PlanSummaryView]
    /// The progress reports (工作报告), which phones do not show in the navigation.
    var reportsHref: String?

    static let fields = TemplateFields<PlansIndexPage>([
        "reportsHref": { $0.reportsHref.template },
        "years": { .views($0.years) },
        "hasYears": { .flag(!$0.years.isEmpty) },
        "summaries": { .views($0.summaries) },
        "hasSummaries": { .flag(!$0.summaries.isEmpty) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The plans of one year.
struct PlanYearView: TemplateView {
    let year: Int
    let plans: [PlanSummaryView]

    static let fields = TemplateFields<PlanYearView>([
        "year": { .number($0.year) },
        "plans": { .views($0.plans) },
    ])
}

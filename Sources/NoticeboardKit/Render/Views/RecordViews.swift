/// One cell of a data table.
struct RecordCell: TemplateView {
    let value: String

    static let fields = TemplateFields<RecordCell>([
        "value": { .text($0.value) },
    ])
}

/// A chart's legend entry: the colour of a series and its name.
struct LegendItem: TemplateView {
    let name: String
    let color: String

    static let fields = TemplateFields<LegendItem>([
        "name": { .text($0.name) },
        "color": { .text($0.color) },
    ])
}

/// A row of a data table: its heading (a month) and cells.
struct RecordRow: TemplateView {
    let label: String
    let cells: [RecordCell]
    let total: String

    static let fields = TemplateFields<RecordRow>([
        "label": { .text($0.label) },
        "cells": { .views($0.cells) },
        "total": { .text($0.total) },
    ])
}

/// The volunteer registry's page: how many are registered, their share of the population, hours served, a chart
/// by month and team with its data table — counts only, and names only of volunteers who agreed.
struct VolunteersPageView: TemplateView {
    let chrome: PageChrome
    let year: Int
    let asOf: String
    let registered: Int
    let share: String?
    let population: Int?
    let newThisYear: Int
    let hours: String
    let chart: String
    let hoursChart: String
    let teams: [String]
    let rows: [RecordRow]
    let names: [String]
    /// The team colours of the registered chart.
    var legend: [LegendItem] = []
    let communityHref: String

    static let fields = TemplateFields<VolunteersPageView>([
        "year": { .number($0.year) },
        "asOf": { .text($0.asOf) },
        "registered": { .number($0.registered) },
        "share": { $0.share.template },
        "population": { $0.population.template },
        "newThisYear": { .number($0.newThisYear) },
        "hours": { .text($0.hours) },
        "chart": { .text($0.chart) },
        "hoursChart": { .text($0.hoursChart) },
        "teams": { .texts($0.teams) },
        "rows": { .views($0.rows) },
        "names": { .texts($0.names) },
        "hasNames": { .flag(!$0.names.isEmpty) },
        "legend": { .views($0.legend) },
        "communityHref": { .text($0.communityHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A survey's rate with a bar to show it.
struct RateView: TemplateView {
    let rate: SurveyRate

    static let fields = TemplateFields<RateView>([
        "name": { .text($0.rate.name) },
        "text": { .text($0.rate.text) },
        "width": { .text(SVGChart.number($0.rate.percent, decimals: 1)) },
    ])
}

/// A survey for lists and its page (the summary only on its page).
struct SurveyView: TemplateView {
    let survey: Survey
    let env: PageEnv
    var showsBody = false

    static let fields = TemplateFields<SurveyView>([
        "topic": { .text($0.survey.topic) },
        "date": { .text($0.survey.date.description) },
        "dateChinese": { .text($0.survey.date.chinese) },
        "sampleSize": { $0.survey.sampleSize.template },
        "method": { $0.survey.method.template },
        "organiser": { $0.survey.organiser.template },
        "rates": { .views($0.survey.rates.map(RateView.init)) },
        "href": { .text($0.env.link(.survey($0.survey.slug))) },
        "body": { v in v.showsBody ? .text(v.env.html(v.survey.body, file: v.survey.source.path)) : nil },
    ])
}

/// All surveys, newest first.
struct SurveysPageView: TemplateView {
    let chrome: PageChrome
    let surveys: [SurveyView]
    let communityHref: String

    static let fields = TemplateFields<SurveysPageView>([
        "surveys": { .views($0.surveys) },
        "hasSurveys": { .flag(!$0.surveys.isEmpty) },
        "communityHref": { .text($0.communityHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// One survey's page: its figures and published summary.
struct SurveyPageView: TemplateView {
    let chrome: PageChrome
    let survey: SurveyView
    let surveysHref: String

    static let fields = TemplateFields<SurveyPageView>([
        "survey": { .view($0.survey) },
        "surveysHref": { .text($0.surveysHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A year of the incidents ledger as a table of months × kinds.
struct IncidentYearView: TemplateView {
    let year: Int
    let kinds: [String]
    let rows: [RecordRow]
    let totals: [RecordCell]
    let total: Int
    /// Kinds with no incident all year (`火情、上访`).
    let zeroKinds: [String]

    static let fields = TemplateFields<IncidentYearView>([
        "year": { .number($0.year) },
        "kinds": { .texts($0.kinds) },
        "rows": { .views($0.rows) },
        "totals": { .views($0.totals) },
        "total": { .number($0.total) },
        "zeroKinds": { $0.zeroKinds.isEmpty ? nil : .text($0.zeroKinds.joined(separator: "、")) },
    ])
}

/// An incident marked public (公开: 是): what, where, what was done — never who.
struct IncidentEntryView: TemplateView {
    let incident: Incident

    static let fields = TemplateFields<IncidentEntryView>([
        "date": { .text($0.incident.date.description) },
        "dateChinese": { .text($0.incident.date.chinese) },
        "kind": { .text($0.incident.kind) },
        "place": { $0.incident.place.template },
        "summary": { $0.incident.summary.template },
        "outcome": { $0.incident.outcome.template },
    ])
}

/// The incidents ledger as residents see it: counts by month and kind, and the entries marked public.
struct IncidentsPageView: TemplateView {
    let chrome: PageChrome
    let asOf: String
    let years: [IncidentYearView]
    let entries: [IncidentEntryView]
    let communityHref: String

    static let fields = TemplateFields<IncidentsPageView>([
        "asOf": { .text($0.asOf) },
        "years": { .views($0.years) },
        "hasYears": { .flag(!$0.years.isEmpty) },
        "entries": { .views($0.entries) },
        "hasEntries": { .flag(!$0.entries.isEmpty) },
        "communityHref": { .text($0.communityHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

import Markdown

/// One activity of the ledger for timelines, cards, digests and its own page.
struct ActivityView: TemplateView {
    let activity: Activity
    let env: PageEnv
    /// A briefing's digest adds a line of figures.
    var numbers: String?

    static let weekdayNames = ["一", "二", "三", "四", "五", "六", "日"]

    /// Its own page when it has one, else its day on the month's timeline.
    var href: String {
        activity.hasPage ? env.link(.activity(activity.id)) : dayHref
    }
    var dayHref: String { env.link(.ledgerMonth(YearMonth(activity.date))) + "#d-\(activity.date.day)" }

    /// `12`, `12.5` — hours rounded to one decimal.
    static func hoursText(_ h: Double) -> String {
        let r = (h * 10).rounded() / 10
        return r == r.rounded() && abs(r) < 1e15 ? String(Int(r)) : SVGChart.number(r, decimals: 1)
    }

    var photos: [PhotoView] {
        var photos: [PhotoView] = []
        for (i, photo) in activity.photos.enumerated() {
            let alt = "\(activity.title) 照片\(i + 1)"
            switch MediaReference.resolve(photo, from: activity.source.path, media: env.reader.media) {
            case .media(let path): photos.append(PhotoView(src: PageEnv.mediaURL(path, from: env.route), alt: alt, srcset: PageEnv.sourceSet(path, from: env.route)))
            case .external where URLSafety.isSafe(photo): photos.append(PhotoView(src: photo, alt: alt))
            default: continue
            }
        }
        return photos
    }

    static let fields = TemplateFields<ActivityView>([
        "id": { .text($0.activity.id) },
        "title": { .text($0.activity.title) },
        "category": { .text($0.activity.category) },
        "categoryHref": { .text($0.env.link(.ledgerCategory($0.activity.category))) },
        "date": { .text($0.activity.date.description) },
        "dateChinese": { .text($0.activity.date.chinese) },
        "monthDay": { .text("\($0.activity.date.month)月\($0.activity.date.day)日") },
        "day": { .number($0.activity.date.day) },
        "weekday": { .text("星期" + weekdayNames[$0.activity.date.weekday - 1]) },
        "monthHref": { .text($0.dayHref) },
        "href": { .text($0.href) },
        "hasPage": { .flag($0.activity.hasPage) },
        "upcoming": { .flag($0.activity.isUpcoming(on: $0.env.today)) },
        "today": { .flag($0.activity.date == $0.env.today) },
        "pageHref": { v in v.activity.hasPage ? .text(v.env.link(.activity(v.activity.id))) : nil },
        "endDate": { $0.activity.endDate?.description.template },
        "endDateChinese": { $0.activity.endDate?.chinese.template },
        "endMonthDay": { v in v.activity.endDate.map { .text("\($0.month)月\($0.day)日") } },
        "time": { $0.activity.timeText.template },
        "startISO": { v in v.activity.start.map { .text("\(v.activity.date)T\($0)") } },
        "place": { $0.activity.place.template },
        "organiser": { $0.activity.organiser.template },
        "participants": { $0.activity.participants.template },
        "volunteers": { $0.activity.volunteers.template },
        "volunteerHours": { v in v.activity.volunteerHours.map { .text(hoursText($0)) } },
        "hasNumbers": { v in .flag(v.activity.participants != nil || v.activity.volunteers != nil || v.activity.volunteerHours != nil) },
        "tasks": { v in .views(v.activity.tasks.map { TaskLinkView(reference: $0, env: v.env) }) },
        "hasTasks": { .flag(!$0.activity.tasks.isEmpty) },
        "photos": { .views($0.photos) },
        "hasPhotos": { .flag(!$0.photos.isEmpty) },
        "numbers": { $0.numbers.template },
    ])
}

/// A plan task an activity is evidence for: `4.1 加强组织领导`, linked to its place in the plan.
struct TaskLinkView: TemplateView {
    let reference: String
    let env: PageEnv

    static let fields = TemplateFields<TaskLinkView>([
        "reference": { .text($0.reference) },
        "label": { v in
            guard let (_, item) = v.env.reader.task(v.reference) else { return .text(v.reference) }
            return .text(item.id + " " + item.title)
        },
        "planTitle": { v in v.env.reader.task(v.reference).map { .text($0.0.title) } },
        "href": { v in v.env.reader.task(v.reference).map { .text(v.env.link(.plan($0.0.slug)) + "#" + $0.1.anchor) } },
    ])
}

/// A photo with its text alternative.
struct PhotoView: TemplateView {
    let src: String
    let alt: String
    /// Resized widths of a published photo (`srcset`), nil for an external image.
    var srcset: String? = nil

    static let fields = TemplateFields<PhotoView>([
        "src": { .text($0.src) },
        "alt": { .text($0.alt) },
        "srcset": { $0.srcset.template },
    ])
}

/// Ledger totals: counts as numbers, hours as text without a needless `.0`.
struct TotalsView: TemplateView {
    let totals: LedgerTotals

    static let fields = TemplateFields<TotalsView>([
        "activities": { .number($0.totals.activities) },
        "participants": { .number($0.totals.participants) },
        "volunteers": { .number($0.totals.volunteers) },
        "volunteerHours": { .text(ActivityView.hoursText($0.totals.volunteerHours)) },
        "empty": { .flag($0.totals.activities == 0) },
    ])
}

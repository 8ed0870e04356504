/// One piece of a day's hours (`8:30—11:30`, `休息`), kept on one line; `last` leaves off the `、` after it.
struct HoursPiece: TemplateView {
    let text: String
    let last: Bool

    /// `8:30—11:30、14:00—17:30` → two pieces.
    static func pieces(_ hours: String) -> [HoursPiece] {
        let parts = hours.components(separatedBy: "、")
        return parts.enumerated().map { HoursPiece(text: $0.element, last: $0.offset == parts.count - 1) }
    }

    static let fields = TemplateFields<HoursPiece>([
        "text": { .text($0.text) },
        "last": { .flag($0.last) },
    ])
}

/// One weekday of a venue's hours, for the week table (today marked).
struct VenueDayView: TemplateView {
    let weekday: Int
    let hours: String
    let isToday: Bool

    static let fields = TemplateFields<VenueDayView>([
        "weekday": { .number($0.weekday) },
        "dayName": { .text(OpeningHours.weekdayNames[$0.weekday - 1]) },
        "hours": { .text($0.hours) },
        "pieces": { .views(HoursPiece.pieces($0.hours)) },
        "isToday": { .flag($0.isToday) },
        "closed": { .flag($0.hours == "休息") },
    ])
}

/// Days with the same hours, in one line: `周一至周五 8:30—17:30`.
struct HoursLineView: TemplateView {
    let days: String
    let hours: String

    static let fields = TemplateFields<HoursLineView>([
        "days": { .text($0.days) },
        "hours": { .text($0.hours) },
        "pieces": { .views(HoursPiece.pieces($0.hours)) },
    ])
}

/// A venue with its week of hours and whether it is open on the build date.
struct VenueView: TemplateView {
    let venue: Venue
    let today: LocalDate

    var todayHours: String { venue.hours.text(weekday: today.weekday) }

    static let fields = TemplateFields<VenueView>([
        "name": { .text($0.venue.name) },
        "kind": { $0.venue.kind == $0.venue.name ? nil : .text($0.venue.kind) },
        "anchor": { .text("venue-" + $0.venue.slug) },
        "address": { $0.venue.address.template },
        "phone": { $0.venue.contact.template },
        "phoneHref": { v in v.venue.contact.map { .text("tel:" + $0.filter { $0.isASCII && ($0.isNumber || $0 == "+") }) } },
        "keeper": { $0.venue.keeper.template },
        "uses": { .texts($0.venue.uses) },
        "hasUses": { .flag(!$0.venue.uses.isEmpty) },
        "note": { $0.venue.hours.note.template },
        "days": { v in .views((1...7).map { VenueDayView(weekday: $0, hours: v.venue.hours.text(weekday: $0), isToday: $0 == v.today.weekday) }) },
        "summary": { .views($0.venue.hours.summary.map { HoursLineView(days: $0.days, hours: $0.hours) }) },
        "hasHours": { .flag(!$0.venue.hours.days.isEmpty) },
        "openToday": { .flag($0.venue.hours.isOpen(on: $0.today)) },
        "todayHours": { .text($0.todayHours) },
        "todayPieces": { .views(HoursPiece.pieces($0.todayHours)) },
        "todayKnown": { .flag($0.venue.hours.spans(weekday: $0.today.weekday) != nil) },
    ])
}

/// A member as a team's page shows them: the name (masked unless public) and, for officials, their post.
struct MemberView: TemplateView {
    let member: TeamMember

    static let fields = TemplateFields<MemberView>([
        "name": { .text($0.member.shownName) },
        "unit": { v in v.member.isOfficial ? v.member.unit.template : nil },
        "isOfficial": { .flag($0.member.isOfficial) },
    ])
}

/// A role of a team and who holds it: `组长：李建国（社区党委书记）`.
struct RoleView: TemplateView {
    let role: String
    let members: [MemberView]

    static let fields = TemplateFields<RoleView>([
        "role": { .text($0.role) },
        "members": { .views($0.members) },
        "count": { .number($0.members.count) },
    ])
}

/// A team with its members by role.
struct TeamView: TemplateView {
    let team: Team
    let href: String

    static let fields = TemplateFields<TeamView>([
        "name": { .text($0.team.name) },
        "kind": { .text($0.team.kind.label) },
        "anchor": { .text("team-" + $0.team.slug) },
        "href": { .text($0.href) },
        "duty": { $0.team.duty.template },
        "schedule": { $0.team.schedule.template },
        "venue": { $0.team.venue.template },
        "phone": { $0.team.phone.template },
        "memberCount": { .number($0.team.members.count) },
        "roles": { .views($0.team.roles.map { RoleView(role: $0.role, members: $0.members.map(MemberView.init)) }) },
        "hasMembers": { .flag(!$0.team.members.isEmpty) },
        "hasMasked": { .flag($0.team.members.contains { !$0.isNamePublic }) },
    ])
}

/// 联系我们: the committee's contact, the venues with today's hours, the teams, and links to the records.
struct CommunityPageView: TemplateView {
    let chrome: PageChrome
    let todayText: String
    let venues: [VenueView]
    let teams: [TeamView]
    let printHref: String?
    let links: [CommunityLink]

    static let fields = TemplateFields<CommunityPageView>([
        "todayText": { .text($0.todayText) },
        "venues": { .views($0.venues) },
        "hasVenues": { .flag(!$0.venues.isEmpty) },
        "openToday": { .views($0.venues.filter { $0.venue.hours.isOpen(on: $0.today) }) },
        "noneOpenToday": { v in .flag(!v.venues.isEmpty && !v.venues.contains { $0.venue.hours.isOpen(on: $0.today) }) },
        "teams": { .views($0.teams) },
        "hasTeams": { .flag(!$0.teams.isEmpty) },
        "printHref": { $0.printHref.template },
        "links": { .views($0.links) },
        "hasLinks": { .flag(!$0.links.isEmpty) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A link from 联系我们 to one of the records, with its headline figure.
struct CommunityLink: TemplateView {
    let label: String
    let href: String
    let figure: String

    static let fields = TemplateFields<CommunityLink>([
        "label": { .text($0.label) },
        "href": { .text($0.href) },
        "figure": { .text($0.figure) },
    ])
}

/// Every team with its members by role.
struct TeamsPageView: TemplateView {
    let chrome: PageChrome
    let teams: [TeamView]
    let communityHref: String

    static let fields = TemplateFields<TeamsPageView>([
        "teams": { .views($0.teams) },
        "communityHref": { .text($0.communityHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The A4 sheet of opening hours for the notice board and the venues' doors.
struct VenueHoursSheet: TemplateView {
    let chrome: PageChrome
    let sheet: PrintSheet
    let venues: [VenueView]

    static let fields = TemplateFields<VenueHoursSheet>([
        "venues": { .views($0.venues) },
        "signDate": { .text($0.chrome.buildDate.chineseNumerals) },
    ]).adding(PageChrome.fields) { $0.chrome }.adding(PrintSheet.fields) { $0.sheet }
}

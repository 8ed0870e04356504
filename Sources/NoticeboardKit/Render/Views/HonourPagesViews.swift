/// A roll's page and its print sheet (A3 poster for a red list, A4 for a black list).
struct HonourRollPage: TemplateView {
    let chrome: PageChrome
    let roll: HonourRollView
    let intro: String?
    var sheet: PrintSheet?

    static let fields = TemplateFields<HonourRollPage>([
        "roll": { .view($0.roll) },
        "intro": { $0.intro.template },
    ]).adding(PageChrome.fields) { $0.chrome }
      .adding(PrintSheet.fields) { $0.sheet }
}

/// The honours home: rolls in publicity, current red and black lists, past rolls, years and categories.
struct HonoursHomePage: TemplateView {
    let chrome: PageChrome
    let publicity: [HonourRollView]
    let currentRed: [HonourRollView]
    let currentBlack: [HonourRollView]
    let past: [HonourRollView]
    let years: [LinkedYear]
    let categories: [LinkedName]
    let retentionDays: Int

    static let fields = TemplateFields<HonoursHomePage>([
        "publicity": { .views($0.publicity) },
        "hasPublicity": { .flag(!$0.publicity.isEmpty) },
        "currentRed": { .views($0.currentRed) },
        "hasCurrentRed": { .flag(!$0.currentRed.isEmpty) },
        "currentBlack": { .views($0.currentBlack) },
        "hasCurrentBlack": { .flag(!$0.currentBlack.isEmpty) },
        "past": { .views($0.past) },
        "hasPast": { .flag(!$0.past.isEmpty) },
        "years": { .views($0.years) },
        "hasYears": { .flag(!$0.years.isEmpty) },
        "categories": { .views($0.categories) },
        "hasCategories": { .flag(!$0.categories.isEmpty) },
        "retentionDays": { .number($0.retentionDays) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The rolls of one year or one category.
struct HonourGroupPage: TemplateView {
    let chrome: PageChrome
    let rolls: [HonourRollView]
    let honoursHref: String

    static let fields = TemplateFields<HonourGroupPage>([
        "rolls": { .views($0.rolls) },
        "hasRolls": { .flag(!$0.rolls.isEmpty) },
        "honoursHref": { .text($0.honoursHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A year with a link to its page.
struct LinkedYear: TemplateView {
    let year: Int
    let href: String

    static let fields = TemplateFields<LinkedYear>([
        "year": { .number($0.year) },
        "href": { .text($0.href) },
    ])
}

/// A name with a link to its page.
struct LinkedName: TemplateView {
    let name: String
    let href: String

    static let fields = TemplateFields<LinkedName>([
        "name": { .text($0.name) },
        "href": { .text($0.href) },
    ])
}

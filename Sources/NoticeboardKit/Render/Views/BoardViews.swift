import Foundation

/// A publicity board for lists and its page: where it is, its size and rhythm, its current issue and whether it is overdue.
struct BoardView: TemplateView {
    let board: PublicityBoard
    let env: PageEnv
    /// Every issue on the board's page; only the current one in lists.
    var showsHistory = false

    var current: BoardIssue? { board.currentIssue(on: env.today) }
    var daysSince: Int? { board.daysSinceChange(on: env.today) }

    static let fields = TemplateFields<BoardView>([
        "name": { .text($0.board.name) },
        "slug": { .text($0.board.slug) },
        "kind": { .text($0.board.kind.rawValue) },
        "place": { $0.board.place.template },
        "size": { .text($0.board.size.label) },
        "rotationDays": { $0.board.rotationDays.template },
        "href": { .text($0.env.link(.board($0.board.slug))) },
        "printHref": { .text($0.env.link(.boardPrint($0.board.slug))) },
        "current": { v in v.current.map { .view(BoardIssueView(issue: $0, board: v.board, env: v.env)) } },
        "daysSince": { $0.daysSince.template },
        "changedToday": { .flag($0.daysSince == 0) },
        "overdue": { .flag($0.board.isOverdue(on: $0.env.today)) },
        "overdueDays": { v in
            guard let days = v.daysSince, let rotation = v.board.rotationDays, days > rotation else { return nil }
            return .number(days - rotation)
        },
        "issueCount": { v in .number(v.board.issues.count { $0.date <= v.env.today }) },
        "issues": { v in
            guard v.showsHistory else { return nil }
            return .views(v.board.issues.filter { $0.date <= v.env.today }.map { BoardIssueView(issue: $0, board: v.board, env: v.env) })
        },
        "upcoming": { v in
            guard v.showsHistory else { return nil }
            let coming = v.board.issues.filter { $0.date > v.env.today }.reversed().map { BoardIssueView(issue: $0, board: v.board, env: v.env) }
            return coming.isEmpty ? nil : .views(Array(coming))
        },
    ])
}

/// One issue (期) of a board: date, theme, what was posted (linked when published), its text and photos.
struct BoardIssueView: TemplateView {
    let issue: BoardIssue
    let board: PublicityBoard
    let env: PageEnv

    var posted: [PostedView] {
        issue.links.map { link in
            let label = switch link.target { case .notice: "通知"; case .bulletin: "简报"; case .roll: "红黑榜" }
            if let found = env.reader.posted(link) { return PostedView(label: label, title: found.title, href: env.link(found.route)) }
            return PostedView(label: label, title: link.slug, href: nil)
        }
    }

    var photos: [PhotoView] {
        zip(issue.photos.indices, issue.photos).compactMap { i, photo in
            guard case .media(let path) = MediaReference.resolve(photo, from: board.source.path, media: env.reader.media) else { return nil }
            return PhotoView(src: PageEnv.mediaURL(path, from: env.route), alt: "\(board.name) \(issue.date.chinese)“\(issue.theme)”照片\(i + 1)",
                             srcset: PageEnv.sourceSet(path, from: env.route))
        }
    }

    static let fields = TemplateFields<BoardIssueView>([
        "date": { .text($0.issue.date.description) },
        "dateChinese": { .text($0.issue.date.chinese) },
        "signDate": { .text($0.issue.date.chineseNumerals) },
        "theme": { .text($0.issue.theme) },
        "editor": { $0.issue.editor.template },
        "anchor": { .text("issue-" + $0.issue.date.description) },
        "posted": { .views($0.posted) },
        "hasPosted": { .flag(!$0.issue.links.isEmpty) },
        "body": { v in v.issue.body.map { .text(v.env.html($0, file: v.board.source.path, headingOffset: 3)) } },
        "photos": { .views($0.photos) },
        "cover": { v in v.photos.first.map { .view(PhotoView(src: $0.src, alt: "", srcset: $0.srcset)) } },
        "hasPhotos": { .flag(!$0.photos.isEmpty) },
    ])
}

/// An item a board issue posted: its kind, its title, and a link when it is published.
struct PostedView: TemplateView {
    let label: String
    let title: String
    let href: String?

    static let fields = TemplateFields<PostedView>([
        "label": { .text($0.label) },
        "title": { .text($0.title) },
        "href": { $0.href.template },
    ])
}

/// The boards index: every board with its current issue, and the conventions.
struct BoardsIndexPage: TemplateView {
    let chrome: PageChrome
    let boards: [BoardView]
    let conventions: [ConventionView]
    let overdueCount: Int

    static let fields = TemplateFields<BoardsIndexPage>([
        "boards": { .views($0.boards) },
        "hasBoards": { .flag(!$0.boards.isEmpty) },
        "conventions": { .views($0.conventions) },
        "hasConventions": { .flag(!$0.conventions.isEmpty) },
        "overdueCount": { .number($0.overdueCount) },
        "hasOverdue": { .flag($0.overdueCount > 0) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// A board's page: its details and every issue, newest first.
struct BoardPage: TemplateView {
    let chrome: PageChrome
    let board: BoardView
    let boardsHref: String

    static let fields = TemplateFields<BoardPage>([
        "board": { .view($0.board) },
        "boardsHref": { .text($0.boardsHref) },
    ]).adding(PageChrome.fields) { $0.chrome }
}

/// The print layout of a board's current issue: its items gathered on one sheet the size of the board.
struct BoardPrintPage: TemplateView {
    let chrome: PageChrome
    let board: BoardView
    let issue: BoardIssueView?
    let items: [BoardPrintItem]
    let sheet: PrintSheet
    /// `A3`, `A4` or `120cm 80cm`.
    let pageSize: String
    /// The type size in points, grown with the board's width so a large board reads from a few steps away.
    let fontPoints: Int
    /// Columns the items are set in (1 on A4, 2 on A3, more on a wide board).
    let columns: Int

    static let fields = TemplateFields<BoardPrintPage>([
        "board": { .view($0.board) },
        "issue": { $0.issue.map { .view($0) } },
        "items": { .views($0.items) },
        "hasItems": { .flag(!$0.items.isEmpty) },
        "pageSize": { .text($0.pageSize) },
        "fontPoints": { .number($0.fontPoints) },
        "columns": { .number($0.columns) },
        "pageHeightMM": { v in .number(Int((v.board.board.size.heightCm * 10).rounded())) },
    ]).adding(PageChrome.fields) { $0.chrome }
      .adding(PrintSheet.fields) { $0.sheet }
}

/// One item on a board's print layout: a notice or briefing with its text, a roll with its names, or the issue's own text.
struct BoardPrintItem: TemplateView {
    let label: String
    let title: String
    let body: String?
    let names: [String]
    let note: String?

    static let fields = TemplateFields<BoardPrintItem>([
        "label": { .text($0.label) },
        "title": { .text($0.title) },
        "body": { $0.body.template },
        "names": { .texts($0.names) },
        "hasNames": { .flag(!$0.names.isEmpty) },
        "note": { $0.note.template },
    ])
}

import Foundation

/// Renders the publicity boards: the index with each board's current issue (and the conventions), a page per board
/// with its history, and a print layout per board sized to it with the current issue's items.
struct BoardPages {
    let theme: Theme

    func index(reader: SiteReader) -> OutputFile {
        let env = PageEnv(reader: reader, route: .boards)
        let boards = reader.boards
        let page = BoardsIndexPage(chrome: env.chrome(title: "宣传栏", description: "\(reader.profile.name)宣传栏、黑板报、橱窗的本期内容和历次更换记录，社区公约"),
                                   boards: boards.map { BoardView(board: $0, env: env) },
                                   conventions: reader.conventions.map { ConventionView(convention: $0, env: env) },
                                   overdueCount: boards.count { $0.isOverdue(on: env.today) })
        return OutputFile(path: env.route.file, text: theme.render("boards", page))
    }

    /// A board's page and print layout.
    func board(_ b: PublicityBoard, reader: SiteReader) -> [OutputFile] {
        let board = reader.board(b)
        let env = PageEnv(reader: reader, route: .board(board.slug))
        let place = board.place.map { "（\($0)）" } ?? ""
        let page = BoardPage(chrome: env.chrome(title: board.name, description: "\(board.name)\(place)历次更换的主题、内容和照片"),
                             board: BoardView(board: board, env: env, showsHistory: true), boardsHref: env.link(.boards))
        let printEnv = env.at(.boardPrint(board.slug))
        let issue = board.currentIssue(on: env.today)
        let columns = board.size == .a4 ? 1 : max(1, min(4, Int(board.size.widthCm / 25)))
        let sheet = BoardPrintPage(
            chrome: printEnv.chrome(title: issue.map { "\(board.name)：\($0.theme)" } ?? board.name),
            board: BoardView(board: board, env: printEnv),
            issue: issue.map { BoardIssueView(issue: $0, board: board, env: printEnv) },
            items: issue.map { items($0, board: board, env: printEnv) } ?? [],
            sheet: PrintSheet(env: printEnv, paper: board.size == .a4 ? "A4" : "A3", page: .board(board.slug), caption: "扫码查看往期"),
            pageSize: board.size.pageSize,
            fontPoints: max(11, min(48, Int((11 * pow(board.size.widthCm / 21, 0.6)).rounded()))),
            columns: columns)
        return [
            OutputFile(path: env.route.file, text: theme.render("board", page), source: board.source.path),
            OutputFile(path: printEnv.route.file, text: theme.render("print/board", sheet), source: board.source.path),
        ]
    }

    /// The items of an issue for the print layout: each posted record with its text, then the issue's own text.
    private func items(_ issue: BoardIssue, board: PublicityBoard, env: PageEnv) -> [BoardPrintItem] {
        var items: [BoardPrintItem] = []
        for link in issue.links {
            guard let found = env.reader.posted(link) else { continue }
            switch found.record {
            case .notice(let n):
                items.append(BoardPrintItem(label: n.kind.rawValue, title: n.title, body: env.html(n.body, file: n.source.path, headingOffset: 2), names: [],
                                            note: "\(n.signedBy ?? env.profile.committee) \(n.date.chinese)"))
            case .bulletin(let b):
                items.append(BoardPrintItem(label: "简报", title: "\(b.title) \(b.date.year)年\(b.issueText)", body: env.html(b.body, file: b.source.path, headingOffset: 2), names: [], note: nil))
            case .roll(let r):
                let names = r.list == .red ? r.standingRed(on: env.today).map(\.name) : []
                let note = r.list == .red ? nil : "共 \(r.black.count) 条，详见网页"
                items.append(BoardPrintItem(label: r.list.label, title: r.title, body: nil, names: names, note: note))
            }
        }
        if let body = issue.body {
            items.append(BoardPrintItem(label: "本期", title: issue.theme, body: env.html(body, file: board.source.path, headingOffset: 2), names: [], note: issue.editor.map { "出刊：\($0)" }))
        }
        return items
    }
}

/// A kind of record the site keeps that can support a checklist criterion (its Chinese name is what rules write).
///
/// **Adding a kind** (boards 宣传栏, teams 队伍, venues 阵地, the volunteer registry 志愿者注册, surveys 测评问卷, …):
/// 1. add a case here with its Chinese name and aliases in `names`;
/// 2. turn the site's records of that kind into `EvidenceItem`s in `EvidenceCatalog.items(of:in:)`;
/// 3. say which kinds an inspector asks for (`EvidenceKind`) they satisfy in `EvidenceCatalog.satisfies`;
/// 4. optionally add built-in rules in `EvidenceRule.builtIn` (words in a criterion → this kind).
/// Nothing else in the checklist code names record kinds.
public enum EvidenceSource: String, Sendable, CaseIterable {
    case activity
    case notice
    case bulletin
    case honour
    case plan
    case board
    case survey
    case convention

    /// How rules name the kind (`类型: 活动`), the first is the label shown.
    public var names: [String] {
        switch self {
        case .activity: return ["活动", "activity", "台账", "活动台账"]
        case .notice: return ["通知", "notice", "公告", "通知公告"]
        case .bulletin: return ["简报", "bulletin"]
        case .honour: return ["榜单", "honour", "光荣榜", "红黑榜"]
        case .plan: return ["计划", "plan", "工作计划", "方案"]
        case .board: return ["宣传栏", "board", "黑板报", "橱窗", "宣传阵地"]
        case .survey: return ["调查", "survey", "测评问卷", "民意调查", "问卷"]
        case .convention: return ["公约", "convention", "居民公约", "文明公约"]
        }
    }

    public var label: String { names[0] }

    public init?(name: String) {
        let t = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let found = Self.allCases.first(where: { $0.names.contains(t) }) else { return nil }
        self = found
    }

    public static var allNames: [String] { allCases.map(\.label) }
}

/// One record shown as evidence for a criterion: a dated, titled item with a page online and maybe photos.
public struct EvidenceItem: Sendable {
    public var source: EvidenceSource
    /// `activity:2026-07-18-道德讲堂`: unique among the site's evidence.
    public var key: String
    public var date: LocalDate
    public var title: String
    /// One short line (the first sentence or so of its text).
    public var summary: String?
    /// The activity's category, the roll's category, the notice's kind.
    public var category: String?
    /// The page it links to (its QR code in the binder).
    public var route: Route
    /// Photos as media paths under `content/`.
    public var photos: [String] = []
    /// Plan task references it was recorded against (activities).
    public var tasks: [String] = []
    /// Criteria it names explicitly (`criteria:` / `测评项目:` on a ledger record): `2.1.3` or `slug#2.1.3`.
    public var criteria: [String] = []
    /// The kinds of evidence it counts as.
    public var satisfies: Set<EvidenceKind> = []
}

/// The site's records as evidence, by kind: the one hook that knows each record type (see `EvidenceSource`).
public enum EvidenceCatalog {
    /// Every record of `source` the site holds at the build date, newest first.
    public static func items(of source: EvidenceSource, in site: Site) -> [EvidenceItem] {
        switch source {
        case .activity:
            return site.ledger.held.map { a in
                var item = EvidenceItem(source: .activity, key: "activity:" + a.id, date: a.date, title: a.title,
                                        summary: a.summary.map { shorten($0.plainText) }, category: a.category,
                                        route: a.hasPage ? .activity(a.id) : .ledgerMonth(YearMonth(a.date)))
                item.photos = a.photos.compactMap { p in
                    if case .media(let path) = MediaReference.resolve(p, from: a.source.path, media: site.media), PublishedPhotos.isPhoto(path) { return path }
                    return nil
                }
                item.tasks = a.tasks
                item.criteria = a.criteria
                item.satisfies = [.ledger]
                if a.category.contains("会议") { item.satisfies.insert(.minutes) }
                if !item.photos.isEmpty { item.satisfies.insert(.activityPhotos) }
                if a.participants != nil || a.volunteerHours != nil { item.satisfies.insert(.figures) }
                return item
            }
        case .notice:
            return site.notices.filter { $0.date <= site.buildDate }.map { n in
                EvidenceItem(source: .notice, key: "notice:" + n.slug, date: n.date, title: n.title, summary: shorten(n.body.plainText),
                             category: n.kind.rawValue, route: .notice(n.slug), satisfies: [.notices])
            }
        case .bulletin:
            return site.bulletins.map { b in
                EvidenceItem(source: .bulletin, key: "bulletin:" + b.slug, date: b.date, title: "\(b.title)\(b.issueText)",
                             summary: b.headline.map(shorten), category: nil, route: .bulletin(b.slug), satisfies: [.bulletins])
            }
        case .honour:
            return site.honours.filter { $0.state(on: site.buildDate).isPublic }.compactMap { r in
                guard let date = r.namedOn ?? r.publicity?.from, date <= site.buildDate else { return nil }
                return EvidenceItem(source: .honour, key: "honour:" + r.slug, date: date, title: r.title,
                                    summary: "\(r.list.label)·\(r.category)", category: r.category, route: .roll(r.slug),
                                    satisfies: r.list == .red ? [.honourRolls] : [.honourRolls, .notices])
            }
        case .plan:
            return site.plans.map { p in
                EvidenceItem(source: .plan, key: "plan:" + p.slug, date: p.adopted ?? LocalDate(year: p.year, month: 1, day: 1)!,
                             title: p.title, summary: p.adopted.map { "\($0.chinese)印发" }, category: nil,
                             route: .plan(p.slug), satisfies: [.documents])
            }
        case .board:
            return boardIssues(site).sorted { ($0.date, $1.key) > ($1.date, $0.key) }
        case .survey:
            return site.surveys.map { s in
                EvidenceItem(source: .survey, key: "survey:" + s.slug, date: s.date, title: s.topic,
                             summary: s.rates.map { "\($0.name) \($0.text)" }.joined(separator: "，"), category: nil,
                             route: .survey(s.slug), satisfies: [.surveys, .figures])
            }
        case .convention:
            return site.conventions.compactMap { c in
                guard let date = c.date, date <= site.buildDate else { return nil }
                return EvidenceItem(source: .convention, key: "convention:" + c.slug, date: date, title: c.title,
                                    summary: "共 \(c.articles.count) 条", category: nil, route: .convention(c.slug), satisfies: [.documents])
            }
        }
    }

    /// Each issue of each board: its theme, what it posted, the photos of the board.
    static func boardIssues(_ site: Site) -> [EvidenceItem] {
        site.boards.flatMap { board in
            board.issues.filter { $0.date <= site.buildDate }.map { issue in
                var item = EvidenceItem(source: .board, key: "board:\(board.slug)@\(issue.date)", date: issue.date, title: "\(board.name)：\(issue.theme)",
                                        summary: board.place.map { "\(board.kind.rawValue)·\($0)" } ?? board.kind.rawValue, category: board.kind.rawValue,
                                        route: .board(board.slug))
                item.photos = issue.photos.compactMap { p in
                    if case .media(let path) = MediaReference.resolve(p, from: board.source.path, media: site.media), PublishedPhotos.isPhoto(path) { return path }
                    return nil
                }
                item.satisfies = item.photos.isEmpty ? [.notices] : [.boardPhotos, .notices]
                return item
            }
        }
    }

    /// The first sentence, at most 60 characters, one line.
    static func shorten(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        var out = ""
        for c in flat {
            out.append(c)
            if "。！？".contains(c) || out.count >= 60 { break }
        }
        return out.count < flat.count && !"。！？".contains(out.last ?? " ") ? out + "…" : out
    }
}

extension EvidenceCatalog {
    /// The kinds of evidence some record kind above can show; the others (宣传栏照片, 测评问卷 until boards and surveys
    /// are records) are listed as “另附” — to attach by hand — and do not lower the suggested score.
    public static let checkable: Set<EvidenceKind> = [.documents, .minutes, .activityPhotos, .boardPhotos, .bulletins, .honourRolls, .notices, .ledger, .figures, .surveys]
}

import Markdown

/// An evaluation checklist (测评体系) as the street office sends it: numbered criteria in up to three levels, each with
/// points and the evidence it wants. Read from `content/checklists/` (docs/checklists.md).
public struct Checklist: Sendable {
    public var source: SourceLocation
    /// Every file it was read from (the YAML and the table beside it), for incremental builds.
    public var inputs: [String]
    public var slug: String
    public var title: String
    /// Who sets the checklist (`和平街道文明办`), shown on the binder's cover.
    public var issuer: String?
    /// The days whose records count as evidence (the campaign year by default).
    public var from: LocalDate
    public var to: LocalDate
    /// `false` (公开: 否) sends its pages and binder to the internal output folder, never to `public/`.
    public var isPublic: Bool
    /// Criteria in the order written; `children` are not nested here, `parent` links them.
    public var criteria: [ChecklistCriterion]
    /// Extra rules of this checklist, tried before the site's and the built-in ones.
    public var rules: [EvidenceRule]

    /// `2026年1月1日至2026年12月31日`, or `2026年度` for a calendar year.
    public var periodText: String {
        if from.month == 1, from.day == 1, to.month == 12, to.day == 31, from.year == to.year { return "\(from.year)年度" }
        return "\(from.chinese)至\(to.chinese)"
    }

    /// The criteria without children: the ones that are scored.
    public var scored: [ChecklistCriterion] { criteria.filter(\.isLeaf) }

    /// The direct children of the criterion with `id` (nil: the top level).
    public func children(of id: String?) -> [ChecklistCriterion] { criteria.filter { $0.parent == id } }

    /// Route path of the self-assessment page.
    public var path: String { Route.checklist(slug).path }
}

/// One row of the checklist: a section (一、), a subsection (（一）) or a criterion (1、), with its points and evidence.
public struct ChecklistCriterion: Sendable {
    /// The numbering path: `2.1.3` for 二、（一）3、 (`2.3` when a level is skipped).
    public var id: String
    /// 1 = 一、 2 = （一） 3 = 1、
    public var level: Int
    /// The number as written (`（一）`, `1.2.3`).
    public var number: String
    public var parent: String?
    public var isLeaf: Bool = true
    /// 测评项目
    public var title: String
    /// 测评内容
    public var content: String?
    /// 分值: nil for a section whose points are its children's.
    public var points: Double?
    /// 测评方法
    public var method: String?
    /// 佐证材料 as written.
    public var evidenceText: String?
    /// The kinds of evidence read from 佐证材料.
    public var wants: [EvidenceKind]
    /// Explicit links: ledger categories, plan task references, plan target references (`slug#id` or `id`).
    public var categories: [String] = []
    public var tasks: [String] = []
    public var targets: [String] = []
    /// How often evidence is asked for (周期, or 每月 / 每季度 in the text).
    public var per: TargetMeasure.Period?
    /// The site's own score (自评分) and note (说明), overriding the suggestion.
    public var ownScore: Double?
    public var note: String?
    public var location: SourceLocation
    /// Where each key was written, for diagnostics at the value.
    public var keyLocations: [String: SourceLocation] = [:]

    public func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }

    /// Anchor on the self-assessment page: `c-2-1-3`.
    public var anchor: String { "c-" + id.replacingOccurrences(of: ".", with: "-") }

    /// The words the evidence rules look at: title, content, method and evidence.
    public var text: String { [title, content, method, evidenceText].compactMap { $0 }.joined(separator: " ") }
}

/// A kind of evidence an inspector asks for (佐证材料), read from the words of the criterion's evidence column.
public enum EvidenceKind: String, Sendable, CaseIterable {
    case documents = "制度文件"
    case minutes = "会议记录"
    case activityPhotos = "活动照片"
    case boardPhotos = "宣传栏照片"
    case bulletins = "简报"
    case honourRolls = "光荣榜"
    case notices = "通知公告"
    case ledger = "活动台账"
    case figures = "统计数据"
    case surveys = "测评问卷"

    /// The words that name it in 佐证材料 (`会议纪要` is minutes, `橱窗` a board).
    public var words: [String] {
        switch self {
        case .documents: return ["制度", "文件", "方案", "计划", "章程", "规定", "职责", "公约"]
        case .minutes: return ["会议记录", "会议纪要", "签到", "记录本"]
        case .activityPhotos: return ["活动照片", "照片", "图片", "影像"]
        case .boardPhotos: return ["宣传栏", "橱窗", "公示栏", "宣传阵地", "展板"]
        case .bulletins: return ["简报", "信息报送", "工作信息"]
        case .honourRolls: return ["光荣榜", "红黑榜", "表彰", "评选", "名单"]
        case .notices: return ["通知", "公告", "公示", "倡议"]
        case .ledger: return ["台账", "活动记录"]
        case .figures: return ["统计", "数据", "报表", "花名册"]
        case .surveys: return ["问卷", "满意度", "测评表", "调查"]
        }
    }

    /// The kinds named in a 佐证材料 text, in the order of this list.
    public static func read(_ text: String) -> [EvidenceKind] {
        allCases.filter { kind in kind.words.contains { text.contains($0) } }
    }
}

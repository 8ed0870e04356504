import Markdown

/// Whether a plan is still being drafted or has been adopted and published.
public enum PlanStatus: String, Sendable, CaseIterable {
    case draft
    case published

    /// Accepts `draft`/`草稿`/`征求意见稿` and `published`/`已发布`/`印发`/`通过`.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "draft", "草稿", "征求意见稿", "讨论稿": self = .draft
        case "published", "已发布", "发布", "印发", "已印发", "通过", "已通过", "adopted": self = .published
        default: return nil
        }
    }

    public static let allNames = ["draft", "草稿", "征求意见稿", "published", "已发布", "印发", "通过"]
    public var label: String { self == .draft ? "草稿" : "已印发" }
}

/// One item of a plan's outline (一、 （一） 1、 （1） ①): a task or heading with its number path as a stable id.
public struct PlanItem: Sendable {
    /// The numbering path, e.g. `3.2.1` for 三、（二）1、; it does not change when the wording does.
    public var id: String
    /// 1 = 一、 … 5 = ①.
    public var level: Int
    /// The number as typed (`（二）`), or the expected one when the numeral was missing.
    public var number: String
    public var title: String
    /// The text under the item, before its first child.
    public var body: MarkdownNode
    public var children: [PlanItem]
    public var location: SourceLocation

    /// HTML id of the item on the plan page: `task-3-2-1`.
    public var anchor: String { Self.anchor(for: id) }
    public static func anchor(for id: String) -> String { "task-" + id.replacingOccurrences(of: ".", with: "-") }

    /// This item and all below it, in document order.
    public var flattened: [PlanItem] { [self] + children.flatMap(\.flattened) }
}

/// A yearly work plan (工作计划 / 创建规划) from `content/plans/`: front matter plus an outline of numbered items.
public struct Plan: Sendable {
    public var source: SourceLocation
    public var slug: String
    public var title: String
    public var year: Int
    public var adopted: LocalDate?
    public var status: PlanStatus
    /// The community the plan is for; nil means the site's own.
    public var community: String?
    /// Who signs the printed plan (落款); nil means the site's committee.
    public var signedBy: String?
    /// Text before the first numbered item (the preamble).
    public var intro: MarkdownNode
    public var items: [PlanItem]
    public var targets: [PlanTarget]
    public var bodyLine: Int

    /// Every outline item in document order.
    public var allItems: [PlanItem] { items.flatMap(\.flattened) }

    public func item(_ id: String) -> PlanItem? { allItems.first { $0.id == id } }

    /// `slug#id`, the form the ledger and reports use.
    public func reference(_ item: PlanItem) -> String { "\(slug)#\(item.id)" }

    public var path: String { Route.plan(slug).path }
    public var printPath: String { Route.planPrint(slug).path }
}

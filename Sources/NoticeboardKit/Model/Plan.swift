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
    /// The heading part of the item's text (up to its first sentence end); empty when the item has no short title.
    public var title: String
    /// The numbering path without the article (`3.2.1`); `id` adds the article in a file with several.
    public var path: String = ""
    /// The article (1-based) in a file with several documents; nil in a one-document file.
    public var article: Int? = nil
    /// The text under the item, before its first child.
    public var body: MarkdownNode
    public var children: [PlanItem]
    public var location: SourceLocation

    /// HTML id of the item on the plan page: `task-3-2-1`, `task-2-1-3` for 一、（三） of article 2.
    public var anchor: String { Self.anchor(for: id) }
    public static func anchor(for id: String) -> String { "task-" + id.replacingOccurrences(of: ".", with: "-") }

    /// What the contents show: the title, or for an item without one the number's first words (`以大力加强社会…`).
    public var contentsLabel: String {
        if !title.isEmpty { return title }
        let text = body.plainText.trimmingCharacters(in: .whitespaces)
        return text.count <= 14 ? text : String(text.prefix(12)) + "…"
    }

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
    /// Text before the first numbered item (the preamble), or before the first article in a file with several.
    public var intro: MarkdownNode
    /// The documents of the file, in order; one for a plain plan.
    public var articles: [PlanArticle]
    public var targets: [PlanTarget]
    public var bodyLine: Int
    /// 计划 (with tasks), 总结 or 汇报.
    public var kind: PlanKind = .plan
    /// The 落款 found at the end of the text, shown at the foot of the page instead of the site's committee.
    public var signature: PlanSignature? = nil
    /// Where `year` was written, when it was (the festival calendar's warnings point there).
    public var yearLocation: SourceLocation? = nil
    /// Web-page chrome left out of the page (reported once as `plan.web-chrome`).
    public var omitted: [PlanOmittedLine] = []
    /// For a plan converted from Word: the paragraph each line of the text came from (`SourceFile.lineMap`), so
    /// plan.json and the page give the place the user typed.
    public var sourceLines: [SourceLocation]? = nil

    /// The place the user typed for a line of the text the outline was read from.
    public func userLocation(_ location: SourceLocation) -> SourceLocation {
        guard let map = sourceLines, location.line >= 1, location.line <= map.count else { return location }
        return map[location.line - 1]
    }

    public init(source: SourceLocation, slug: String, title: String, year: Int, adopted: LocalDate?, status: PlanStatus,
                community: String?, signedBy: String?, intro: MarkdownNode, items: [PlanItem], targets: [PlanTarget],
                bodyLine: Int) {
        self.init(source: source, slug: slug, title: title, year: year, adopted: adopted, status: status,
                  community: community, signedBy: signedBy, intro: intro,
                  articles: [PlanArticle(number: 1, title: nil, location: nil, intro: MarkdownNode(.document), items: items)],
                  targets: targets, bodyLine: bodyLine)
    }

    public init(source: SourceLocation, slug: String, title: String, year: Int, adopted: LocalDate?, status: PlanStatus,
                community: String?, signedBy: String?, intro: MarkdownNode, articles: [PlanArticle], targets: [PlanTarget],
                bodyLine: Int) {
        self.source = source; self.slug = slug; self.title = title; self.year = year; self.adopted = adopted
        self.status = status; self.community = community; self.signedBy = signedBy; self.intro = intro
        self.articles = articles; self.targets = targets; self.bodyLine = bodyLine
    }

    /// Top-level items of every article, in order.
    public var items: [PlanItem] { articles.flatMap(\.items) }

    /// Whether the file holds several documents (each shown as its own section).
    public var hasArticles: Bool { articles.count > 1 }

    /// Every outline item in document order.
    public var allItems: [PlanItem] { items.flatMap(\.flattened) }

    /// The items that are tasks: all of them in a plan, none in a summary or report.
    public var tasks: [PlanItem] { kind.hasTasks ? allItems : [] }

    public func item(_ id: String) -> PlanItem? { allItems.first { $0.id == id } }

    /// `slug#id`, the form the ledger and reports use.
    public func reference(_ item: PlanItem) -> String { "\(slug)#\(item.id)" }

    public var path: String { Route.plan(slug).path }
    public var printPath: String { Route.planPrint(slug).path }
}

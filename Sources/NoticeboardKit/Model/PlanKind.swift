import Foundation
import Markdown

/// What kind of document a plan file holds: a plan with tasks (计划/方案, the default), a year-end summary (总结) or a
/// work report (汇报). Summaries and reports keep their outline and contents but have no tasks, targets or activities.
public enum PlanKind: String, Sendable, CaseIterable {
    case plan
    case summary
    case report

    /// Accepts `plan`/`计划`/`方案`/`规划`, `summary`/`总结`, `report`/`汇报`/`报告`.
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "plan", "计划", "工作计划", "方案", "实施方案", "规划", "创建规划", "要点", "工作要点": self = .plan
        case "summary", "总结", "工作总结", "年终总结", "年度总结": self = .summary
        case "report", "汇报", "工作汇报", "报告", "工作报告", "述职报告": self = .report
        default: return nil
        }
    }

    public static let allNames = ["plan", "计划", "方案", "summary", "总结", "report", "汇报"]

    /// The kind a title names (`…工作总结`, `…工作汇报`), or nil when it names none (then it is a plan).
    public static func guess(fromTitle title: String) -> PlanKind? {
        var t = title.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\u{3000}。")))
        // `…工作总结（2025年）`: a bracketed note at the end does not change what the document is.
        if t.last == "）" || t.last == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }), open > t.startIndex {
            t = String(t[..<open]).trimmingCharacters(in: .whitespaces)
        }
        if t.hasSuffix("总结") { return .summary }
        if t.hasSuffix("汇报") || t.hasSuffix("汇报材料") || t.hasSuffix("述职报告") || t.hasSuffix("工作报告") { return .report }
        return nil
    }

    /// Whether items of this kind are tasks (targets, ledger references, activity lists).
    public var hasTasks: Bool { self == .plan }

    /// The label used on pages: 工作计划, 工作总结, 工作汇报.
    public var label: String {
        switch self {
        case .plan: return "工作计划"
        case .summary: return "工作总结"
        case .report: return "工作汇报"
        }
    }
}

/// The signature block (落款) found at the end of a pasted plan: the unit and the date as written.
public struct PlanSignature: Sendable, Equatable {
    public var unit: String?
    public var date: String?
    public var location: SourceLocation
}

/// A source line left out of the plan page because it is web-page chrome (breadcrumbs, 阅读/分享 lines, 相关文章 lists).
public struct PlanOmittedLine: Sendable, Equatable {
    public var line: Int
    public var text: String
}

/// One document of a plan file: files pasted from web pages often hold several (方案1…方案5, 篇一…篇六); each is its
/// own section with its own contents group, anchors and numbering.
public struct PlanArticle: Sendable {
    /// 1-based position in the file.
    public var number: Int
    /// The heading or title line that starts it; nil for the only article of a one-document file.
    public var title: String?
    public var location: SourceLocation?
    /// Text between the article's heading and its first numbered item.
    public var intro: MarkdownNode
    public var items: [PlanItem]

    /// HTML id of the article's section: `article-2`.
    public var anchor: String { "article-\(number)" }
}

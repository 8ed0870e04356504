import Markdown

/// A numbered briefing (简报 第N期) from `content/bulletins/`: masthead data, body, and the distribution footer.
public struct Bulletin: Sendable {
    public var source: SourceLocation
    public var slug: String
    /// The briefing's name, printed big in the red masthead: `长青社区文明创建简报`.
    public var title: String
    /// The issue number within the year (第N期).
    public var issue: Int
    public var issueLocation: SourceLocation
    /// The running number since the first issue (总第M期).
    public var totalIssue: Int?
    public var totalIssueLocation: SourceLocation?
    public var date: LocalDate
    /// Who publishes it (编印单位); nil means the site's committee.
    public var publisher: String?
    public var editor: String?
    /// Distribution lines as written: `报：和平街道文明办`, `送：…`, `发：…`.
    public var distribution: [String]
    /// Number of printed copies (共印N份).
    public var copies: Int?
    /// Whether the month's activities, honours and notices are added after the body.
    public var digest: Bool
    public var draft: Bool
    public var body: MarkdownNode
    public var bodyLine: Int

    /// `第9期`
    public var issueText: String { "第\(issue)期" }
    /// `第9期（总第57期）`
    public var numberText: String { issueText + (totalIssue.map { "（总第\($0)期）" } ?? "") }

    /// The first heading of the body, used as the issue's headline in lists.
    public var headline: String? {
        func find(_ node: MarkdownNode) -> String? {
            if case .heading = node.kind { return node.plainText.trimmingCharacters(in: .whitespaces) }
            for child in node.children { if let h = find(child) { return h } }
            return nil
        }
        return find(body)
    }

    public var path: String { Route.bulletin(slug).path }
    public var printPath: String { Route.bulletinPrint(slug).path }
}

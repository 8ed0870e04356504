import Markdown

/// A community convention (文明公约, 居民公约, 十禁止 …) from `content/conventions/`: a title, an optional preamble and
/// numbered articles, adopted by the residents on a date.
public struct Convention: Sendable {
    /// One numbered article (条): its number as typed (`一`, `1`) and its text.
    public struct Article: Sendable {
        public var number: Int
        public var text: MarkdownNode
        public var location: SourceLocation
    }

    public var source: SourceLocation
    public var slug: String
    public var title: String
    /// Adopted or published on (通过日期).
    public var date: LocalDate?
    /// Who adopted it (落款), nil for the committee.
    public var signedBy: String?
    /// Text before the first article.
    public var preamble: MarkdownNode
    public var articles: [Article]
    /// Text after the last article (e.g. 本公约自公布之日起施行).
    public var closing: MarkdownNode
    public var closingLine: Int
    /// Shown first in the display loop and on the home page.
    public var pinned: Bool
    public var draft: Bool
    public var bodyLine: Int
}

import Markdown

/// One result of a survey: `满意率 96.5%`.
public struct SurveyRate: Sendable {
    /// 满意率, 知晓率, 支持率, 参与率 …
    public var name: String
    /// 0–100.
    public var percent: Double
    public var location: SourceLocation

    /// `96.5%` (one decimal only when needed).
    public var text: String {
        percent == percent.rounded() ? "\(Int(percent))%" : SVGChart.number(percent, decimals: 1) + "%"
    }
}

/// A survey of residents (`content/surveys/`): date, topic, sample size, rates, and its published summary.
public struct Survey: Sendable {
    public var source: SourceLocation
    public var slug: String
    public var date: LocalDate
    public var topic: String
    public var sampleSize: Int?
    /// How it was done (入户走访, 问卷星, 街头随机).
    public var method: String?
    /// Who did it (长青社区居委会, 第三方机构).
    public var organiser: String?
    public var rates: [SurveyRate]
    public var draft: Bool
    public var body: MarkdownNode
    public var bodyLine: Int

    /// A rate by name (`满意率`).
    public func rate(_ name: String) -> Double? { rates.first { $0.name == name }?.percent }
}

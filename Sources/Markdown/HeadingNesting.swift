/// Renumbers a document's headings so they nest under the page's own heading without skipping a level: the levels
/// used become consecutive (`##` and `####` → h2 and h3 under an h1) and no heading is more than one level below
/// the heading before it, as screen readers and the accessibility checks expect.
enum HeadingNesting {
    /// `document` with heading levels rewritten so that, shifted by `offset`, the shallowest is `offset + 1`.
    static func nest(_ document: MarkdownNode, offset: Int) -> MarkdownNode {
        var levels = Set<Int>()
        collect(document, into: &levels)
        guard !levels.isEmpty else { return document }
        let rank = Dictionary(uniqueKeysWithValues: levels.sorted().enumerated().map { ($0.element, $0.offset) })
        var previous = offset
        return rewrite(document, offset: offset, rank: rank, previous: &previous)
    }

    private static func collect(_ node: MarkdownNode, into levels: inout Set<Int>) {
        if case .heading(let level) = node.kind { levels.insert(level) }
        for child in node.children { collect(child, into: &levels) }
    }

    private static func rewrite(_ node: MarkdownNode, offset: Int, rank: [Int: Int], previous: inout Int) -> MarkdownNode {
        var node = node
        if case .heading(let level) = node.kind {
            let shown = min(offset + 1 + (rank[level] ?? 0), previous + 1, 6)
            previous = shown
            node.kind = .heading(level: shown - offset)
        }
        node.children = node.children.map { rewrite($0, offset: offset, rank: rank, previous: &previous) }
        return node
    }
}

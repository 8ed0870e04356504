/// Checks on briefings across files: issue numbers that repeat or skip within a year, numbers out of date order,
/// running numbers (总第M期) given twice, and two briefings with one page name.
public enum BulletinChecks {
    public static func check(_ bulletins: [Bulletin], media: Set<String>, allowsRawHTML: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var slugs: [String: Bulletin] = [:]
        for b in bulletins.sorted(by: { $0.source < $1.source }) {
            if let first = slugs[b.slug] {
                diagnostics.append(.error(b.source, "网址名“\(b.slug)”与 \(first.source.path) 重复，两期会写到同一个页面 (duplicate slug: both map to bulletins/\(b.slug)/)", key: "slug.duplicate"))
            } else {
                slugs[b.slug] = b
            }
            diagnostics += BodyChecks.check(b.body, file: b.source.path, bodyLine: b.bodyLine, media: media, allowsRawHTML: allowsRawHTML)
        }
        for year in Set(bulletins.map(\.date.year)).sorted() {
            let issues = bulletins.filter { $0.date.year == year }.sorted { ($0.issue, $0.date, $0.source) < ($1.issue, $1.date, $1.source) }
            for (previous, b) in zip(issues, issues.dropFirst()) {
                if b.issue == previous.issue {
                    diagnostics.append(.error(b.issueLocation, "\(year)年的\(b.issueText)与 \(previous.source.path) 第 \(previous.issueLocation.line) 行重复 (issue number repeated within the year)", key: "bulletin.issue-repeat"))
                } else if b.issue > previous.issue + 1 {
                    let expected = previous.issue + 1 == b.issue - 1 ? "第\(previous.issue + 1)期" : "第\(previous.issue + 1)—\(b.issue - 1)期"
                    diagnostics.append(.warning(b.issueLocation, "\(year)年\(previous.issueText)之后是\(b.issueText)，缺少\(expected) (issue numbers skip: expected 第\(previous.issue + 1)期)", key: "bulletin.issue-skip"))
                } else if b.date < previous.date {
                    diagnostics.append(.warning(b.issueLocation, "\(b.issueText)的日期 \(b.date) 早于\(previous.issueText)的 \(previous.date) (issue numbers out of date order)", key: "bulletin.issue-order"))
                }
            }
        }
        let totals = bulletins.filter { $0.totalIssue != nil }.sorted { ($0.totalIssue!, $0.source) < ($1.totalIssue!, $1.source) }
        for (previous, b) in zip(totals, totals.dropFirst()) where b.totalIssue == previous.totalIssue {
            diagnostics.append(.error(b.totalIssueLocation ?? b.source, "总第\(b.totalIssue!)期与 \(previous.source.path) 重复 (running issue number repeated)", key: "bulletin.total-repeat"))
        }
        return diagnostics
    }
}

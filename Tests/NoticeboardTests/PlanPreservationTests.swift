import Foundation
import Testing
import Markdown
@testable import NoticeboardKit

/// Every plan the project has (the demo, the fixtures, the corpus, the real samples where present): every Chinese
/// character of the text reaches the page, every anchor is unique, and the samples read as their README says.
@Suite("Plans keep every character")
struct PlanPreservationTests {
    /// (path as the build names it, text) of every plan file the project has.
    static func allPlans() throws -> [(path: String, text: String)] {
        var out: [(String, String)] = []
        let fm = FileManager.default
        func add(_ dir: String) throws {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { return }
            for name in names.sorted() where name.hasSuffix(".md") {
                // GB18030 corpus files are the loader's business; the outline reader gets UTF-8 text.
                guard let data = fm.contents(atPath: dir + "/" + name), let text = String(data: data, encoding: .utf8) else { continue }
                out.append(("content/plans/" + name, text))
            }
        }
        try add(repositoryRoot + "/content/plans")
        try add(PlanPasteTests.fixtures)
        let corpus = repositoryRoot + "/Tests/NoticeboardTests/Corpus"
        for case_ in try fm.contentsOfDirectory(atPath: corpus).sorted() where case_.hasPrefix("plan-") || case_.hasPrefix("ledger-task") {
            try add(corpus + "/" + case_ + "/content/plans")
        }
        if PlanPasteTests.hasSamples { try add(PlanPasteTests.samples) }
        out.append(("content/plans/2026-test.md", PlanTests.fiveLevelPlan))
        return out
    }

    static func hanCounts(_ s: String) -> [Character: Int] {
        var counts: [Character: Int] = [:]
        for c in s where PlanPaste.isHan(c) { counts[c, default: 0] += 1 }
        return counts
    }

    /// The text a reader sees of the plan's own words: the main column without the contents, targets (and the status
    /// flags beside target sentences), activity lists
    /// and (unless the text had one) the signature the site adds.
    static func pageText(_ page: String, keepsSignature: Bool) -> String {
        guard let start = page.range(of: "<div class=\"plan-main\">"), let end = page.range(of: "<p class=\"print-link\">") else { return "" }
        var s = String(page[start.upperBound..<end.lowerBound])
        var patterns = [#"(?s)<ul class="task-targets">.*?</ul>"#, #"(?s)<section class="plan-targets".*?</section>"#,
                        #"(?s)<div class="task-activities">.*?</div>"#, #"<a class="target-flag[^"]*"[^>]*>[^<]*</a>"#, #"<[^>]*>"#]
        if !keepsSignature { patterns.insert(#"(?s)<footer class="signature">.*?</footer>"#, at: 0) }
        for p in patterns {
            s = s.replacingOccurrences(of: p, with: " ", options: .regularExpression)
        }
        return s
    }

    static func render(_ plan: Plan) throws -> String {
        var site = Site(profile: SiteProfile(name: "测试社区"), buildDate: LocalDate(year: 2026, month: 11, day: 20)!, notices: [], media: [])
        site.plans = [plan]
        let (theme, _) = Theme.load(site: [])
        let pages = SiteRenderer(site: site, theme: theme).render()
        return String(decoding: try #require(pages.first { $0.path == "plans/\(plan.slug)/index.html" }).bytes, as: UTF8.self)
    }

    @Test func everyChineseCharacterOfEveryPlanReachesThePage() throws {
        let plans = try Self.allPlans()
        var checked = 0
        for (path, text) in plans {
            let (parsed, _) = PlanParser.parse(SourceFile(path: path, text: text))
            guard let plan = parsed else { continue }
            guard case .success(let split) = FrontMatter.split(SourceFile(path: path, text: text)) else { continue }
            var expected = Self.hanCounts(split.body)
            for line in plan.omitted { for (c, n) in Self.hanCounts(line.text) { expected[c, default: 0] -= n } }
            let page = try Self.render(plan)
            let seen = Self.hanCounts(Self.pageText(page, keepsSignature: plan.signature != nil))
            let differences = Set(expected.keys).union(seen.keys).filter { (expected[$0] ?? 0) != (seen[$0] ?? 0) }
                .map { "\($0): source \(expected[$0] ?? 0), page \(seen[$0] ?? 0)" }
            #expect(differences.isEmpty, "\(path): \(differences.sorted().prefix(10))")
            checked += 1
        }
        #expect(checked >= 12, "only \(checked) plans were checked")
    }

    /// Anchors of items and articles on one page, in order.
    static func anchors(_ plan: Plan) -> [String] {
        (plan.hasArticles ? plan.articles.map(\.anchor) : []) + plan.allItems.map(\.anchor) + ["targets"]
    }

    @Test func anchorsAreUniqueInEveryPlanAndInShuffledOnes() throws {
        let plans = try Self.allPlans()
        var lines: [String] = []
        for (path, text) in plans {
            let (parsed, _) = PlanParser.parse(SourceFile(path: path, text: text))
            if let plan = parsed {
                let a = Self.anchors(plan)
                #expect(Set(a).count == a.count, "\(path): \(a)")
            }
            if case .success(let split) = FrontMatter.split(SourceFile(path: path, text: text)) {
                lines += split.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
        // Property: any mix of these lines, with article headings, list markers and lost line breaks thrown in,
        // gives unique anchors, and every task reference resolves to its own item.
        var rng = SeededGenerator(seed: 14)
        let extras = ["## 方案1", "## 方案2", "篇三", "- 1、一条", "- 2、两条", "一、重来", "1、甲。乙,2、丙", "（一）丁：1、戊;2、己", "", "、缺号", "（）缺号"]
        for round in 0..<150 {
            let count = Int.random(in: 1...60, using: &rng)
            let body = (0..<count).map { _ in Bool.random(using: &rng) && Int.random(in: 0..<4, using: &rng) == 0
                ? extras.randomElement(using: &rng)! : lines.randomElement(using: &rng)! }.joined(separator: "\n")
            let text = "---\ntitle: 计划\nyear: 2026\n---\n" + body
            let (parsed, diagnostics) = PlanParser.parse(SourceFile(path: "content/plans/2026-mix.md", text: text))
            let plan = try #require(parsed)
            let a = Self.anchors(plan)
            #expect(Set(a).count == a.count, "round \(round): \(a)")
            let index = PlanTaskIndex([plan])
            for item in plan.allItems { #expect(index.resolve(plan.reference(item))?.1.location == item.location) }
            for d in diagnostics { #expect(d.location.line >= 1 && d.location.column >= 1) }
        }
    }

    // MARK: - The real samples

    static func levelCounts(_ plan: Plan) -> [Int] {
        (1...5).map { level in plan.allItems.count { $0.level == level } }
    }

    @Test(.enabled(if: PlanPasteTests.hasSamples)) func samplesReadAsTheirReadmeSays() throws {
        let expectations: [(file: String, counts: [Int], articles: Int, omitted: [Int], warnings: [Int: String])] = [
            ("2023-社区文明创建工作计划.md", [3, 6, 19, 0, 0], 1, [38, 39, 40, 41, 42],
             [26: "plan.numbering-missing", 36: "plan.numbering-missing", 38: "plan.web-chrome"]),
            ("社区文明城市创建工作汇报-六篇.md", [20, 9, 51, 0, 0], 6, [9],
             [9: "plan.web-chrome", 93: "plan.numbering-skip", 117: "plan.numbering-skip", 187: "plan.numbering-restart",
              225: "plan.numbering-restart", 231: "plan.numbering-restart",
              17: "plan.word-split", 29: "plan.word-split", 55: "plan.word-split", 67: "plan.word-split", 77: "plan.word-split",
              125: "plan.word-split", 171: "plan.word-split", 193: "plan.word-split", 209: "plan.word-split",
              249: "plan.word-split", 253: "plan.word-split", 261: "plan.word-split"]),
        ]
        for e in expectations {
            let text = try String(contentsOfFile: PlanPasteTests.samples + "/" + e.file, encoding: .utf8)
            let path = "content/plans/" + e.file
            let (parsed, diagnostics) = PlanParser.parse(SourceFile(path: path, text: text))
            let plan = try #require(parsed)
            #expect(Self.levelCounts(plan) == e.counts, "\(e.file)")
            #expect(plan.articles.count == e.articles, "\(e.file)")
            #expect(plan.omitted.map(\.line) == e.omitted, "\(e.file)")
            let warnings = diagnostics.filter { $0.severity == .warning }
            #expect(Dictionary(warnings.map { ($0.location.line, $0.key) }, uniquingKeysWith: { a, _ in a }) == e.warnings, "\(e.file): \(warnings.map(\.description))")
            #expect(warnings.count == e.warnings.count, "\(e.file)")
            // No merged paragraph: every line of text outside items starts its own <p>.
            let page = try Self.render(plan)
            let omitted = Set(plan.omitted.map(\.line))
            for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst(4) {
                let plain = PlanPaste.plain(String(line)).replacingOccurrences(of: "\\", with: "")
                guard !plain.isEmpty, !omitted.contains(i + 1), !line.hasPrefix("#"), OutlineNumber.parse(plain) == nil else { continue }
                #expect(page.contains("<p>" + HTMLEscaping.escape(String(plain.prefix(8)))), "\(e.file):\(i + 1) is not its own paragraph")
            }
        }
        let six = try String(contentsOfFile: PlanPasteTests.samples + "/社区文明城市创建工作汇报-六篇.md", encoding: .utf8)
        let (plan, _) = PlanParser.parse(SourceFile(path: "content/plans/six.md", text: six))
        let p = try #require(plan)
        #expect(p.articles.map { $0.items.first?.location.line } == [15, 53, 93, 117, 149, 249])
        let titles = p.allItems.map(\.title)
        #expect(titles.allSatisfy { $0.count <= PlanTitle.maxLineTitle })
        let one = try String(contentsOfFile: PlanPasteTests.samples + "/2023-社区文明创建工作计划.md", encoding: .utf8)
        let (first, _) = PlanParser.parse(SourceFile(path: "content/plans/one.md", text: one))
        #expect(try #require(first).intro.children.count == 2)
    }
}

/// A small deterministic random generator (SplitMix64), so property tests run the same inputs every time.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

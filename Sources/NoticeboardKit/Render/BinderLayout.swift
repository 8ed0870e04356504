/// The binder (迎检台账) laid out as fixed A4 pages before any HTML is made: every block has a fixed height in
/// millimetres (text is clipped to it by the print style sheet), so the generator knows the page of every criterion
/// and the contents' page numbers are the printed ones. Heights here and in `print.css` (`.binder-…`) must agree.
struct BinderLayout {
    /// One block of a page, with its height in mm.
    enum Block {
        /// The criterion's path, title, text, points; `continued` on a page it runs on to.
        case head(CriterionAssessment, path: [CriterionAssessment], opensSections: [CriterionAssessment], lines: Int, continued: Bool)
        case target(TargetEvaluation)
        case evidence(EvidenceItem)
        case photos([String])
        case noEvidence
        case more(Int)
    }

    enum Kind { case cover, contents(entries: [ContentsEntry]), criterion, summary(rows: [CriterionAssessment], last: Bool) }

    struct Page {
        var number: Int
        var kind: Kind
        var blocks: [Block] = []
    }

    /// A line of the contents: a section or a criterion and the page it starts on.
    struct ContentsEntry {
        var row: CriterionAssessment
        var page: Int
    }

    /// The body of a page: 297 mm less 16 mm margins top and bottom, the running head and the foot.
    static let bodyHeight = 245.0
    static let contentsPerPage = 30
    static let summaryRowsPerPage = 30
    static let evidencePerCriterion = 40
    static let charactersPerLine = 44
    static let maximumTextLines = 12

    static func height(_ block: Block) -> Double {
        switch block {
        case .head(_, _, _, let lines, let continued): return continued ? 14 : 40 + 6 * Double(lines)
        case .target: return 12
        case .evidence: return 26
        case .photos: return 62
        case .noEvidence: return 20
        case .more: return 10
        }
    }

    /// Lines the criterion's text takes (at most `maximumTextLines`; the rest is clipped and the page online has it).
    static func lines(_ text: String?) -> Int {
        guard let text, !text.isEmpty else { return 0 }
        return min(maximumTextLines, (text.count + charactersPerLine - 1) / charactersPerLine)
    }

    let pages: [Page]

    init(_ assessment: ChecklistAssessment) {
        let rows = assessment.rows
        let byID = Dictionary(rows.map { ($0.criterion.id, $0) }, uniquingKeysWith: { a, _ in a })
        func path(_ row: CriterionAssessment) -> [CriterionAssessment] {
            var out: [CriterionAssessment] = []
            var parent = row.criterion.parent
            while let p = parent, let r = byID[p] { out.insert(r, at: 0); parent = r.criterion.parent }
            return out
        }
        let contentsPages = max(1, (rows.count + Self.contentsPerPage - 1) / Self.contentsPerPage)
        var criterionPages: [Page] = []
        var startPage: [String: Int] = [:]
        var opened = Set<String>()
        var number = 1 + contentsPages
        for row in rows where row.criterion.isLeaf {
            let trail = path(row)
            let opens = trail.filter { opened.insert($0.criterion.id).inserted }
            number += 1
            for s in trail where startPage[s.criterion.id] == nil { startPage[s.criterion.id] = number }
            startPage[row.criterion.id] = number
            var page = Page(number: number, kind: .criterion)
            var used = 0.0
            func place(_ block: Block) {
                if used + Self.height(block) > Self.bodyHeight, !page.blocks.isEmpty {
                    criterionPages.append(page)
                    number += 1
                    page = Page(number: number, kind: .criterion)
                    let head = Block.head(row, path: trail, opensSections: [], lines: 0, continued: true)
                    page.blocks.append(head)
                    used = Self.height(head)
                }
                page.blocks.append(block)
                used += Self.height(block)
            }
            place(.head(row, path: trail, opensSections: opens, lines: Self.lines(row.criterion.content), continued: false))
            for t in row.targets { place(.target(t)) }
            if row.evidence.isEmpty { place(.noEvidence) }
            for item in row.evidence.prefix(Self.evidencePerCriterion) {
                place(.evidence(item))
                if !item.photos.isEmpty { place(.photos(Array(item.photos.prefix(2)))) }
            }
            if row.evidence.count > Self.evidencePerCriterion { place(.more(row.evidence.count - Self.evidencePerCriterion)) }
            criterionPages.append(page)
        }
        var pages = [Page(number: 1, kind: .cover)]
        let entries = rows.map { ContentsEntry(row: $0, page: startPage[$0.criterion.id] ?? number + 1) }
        for i in 0..<contentsPages {
            let slice = Array(entries.dropFirst(i * Self.contentsPerPage).prefix(Self.contentsPerPage))
            pages.append(Page(number: 2 + i, kind: .contents(entries: slice)))
        }
        pages += criterionPages
        let summaryCount = max(1, (rows.count + Self.summaryRowsPerPage - 1) / Self.summaryRowsPerPage)
        for i in 0..<summaryCount {
            let slice = Array(rows.dropFirst(i * Self.summaryRowsPerPage).prefix(Self.summaryRowsPerPage))
            number += 1
            pages.append(Page(number: number, kind: .summary(rows: slice, last: i == summaryCount - 1)))
        }
        self.pages = pages
    }

    /// The page the summary table starts on.
    var summaryPage: Int { pages.first { if case .summary = $0.kind { return true } else { return false } }?.number ?? pages.count }
}

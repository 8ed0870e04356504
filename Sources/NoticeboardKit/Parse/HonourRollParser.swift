import Markdown

/// Reads an honour roll from `content/honours/*.yaml`: the roll's header, and its entries inline or from a CSV beside it.
public enum HonourRollParser {
    static let specs = [
        FieldSpec("title", "标题", "名称"),
        FieldSpec("list", "榜单", "红黑榜", "类型"),
        FieldSpec("category", "类别", "分类"),
        FieldSpec("year", "年度", "年份"),
        FieldSpec("announced", "命名日期", "公布日期", "发布日期"),
        FieldSpec("publicity", "公示", "公示期"),
        FieldSpec("term", "期限", "有效期", "任期"),
        FieldSpec("status", "状态"),
        FieldSpec("revoked", "撤销"),
        FieldSpec("intro", "说明", "简介", "正文"),
        FieldSpec("signed_by", "落款", "发布单位"),
        FieldSpec("number", "文号"),
        FieldSpec("notice_title", "公示标题"),
        FieldSpec("slug", "网址名"),
        FieldSpec("entries", "名单", "条目"),
        FieldSpec("sheet", "工作表"),
    ]
    static let termSpecs = [FieldSpec("years", "年", "年限"), FieldSpec("until", "至", "截止", "截止日期")]
    static let revokedSpecs = [FieldSpec("date", "日期", "撤销日期"), FieldSpec("reason", "原因", "撤销原因")]

    /// Parses `file`; `csv` finds a CSV file by its path relative to the site folder.
    public static func parse(_ file: SourceFile, csv: (String) -> SourceFile?) -> (HonourRoll?, [Diagnostic]) {
        let header: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): header = v
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(header, specs: specs, at: file.location(), what: "红黑榜 (honour roll)")
        if header == nil { r.report(.error(file.location(), "文件是空的 (empty file)", key: "file.empty")); return (nil, r.diagnostics.items) }
        let title = r.string("title", label: "标题", required: true)
        var list: HonourList?
        if let text = r.string("list", label: "榜单", required: true) {
            list = HonourList(text: text)
            if list == nil {
                r.report(.error(r.location(of: "list"), "榜单应为 red（光荣榜）或 black（曝光台），而不是“\(text)”\(Suggestion.hint(for: text, in: ["red", "black", "光荣榜", "曝光台", "红榜", "黑榜"])) (list must be red or black)", key: "honour.list"))
            }
        }
        let category = r.string("category", label: "类别", required: true)
        let announced = r.date("announced", label: "命名日期")
        var publicity: PublicityPeriod?
        if r.has("publicity") {
            if r.value("publicity")?.mapping != nil, let block = r.nested("publicity", specs: NoticeParser.publicitySpecs), block.value("from") == nil {
                r.report(.error(block.location, "榜单的公示期要写开始日期（from / 开始）(a roll's publicity needs 'from')", key: "publicity.start-missing"))
            }
            publicity = PublicityParser.parse(&r, key: "publicity", defaultStart: nil)
        }
        var year = r.int("year", label: "年度", minimum: 1900, maximum: 2200)
        if year == nil, !r.has("year") { year = publicity?.from.year ?? announced?.year }
        if year == nil, !r.has("year"), !r.has("announced") { r.report(.error(r.location, "缺少必填项“年度”(missing required key 'year')", key: "key.missing")) }

        var termYears: Int?
        var termUntil: LocalDate?
        if let v = r.value("term") {
            if v.string != nil {
                termYears = r.int("term", label: "期限（年）", minimum: 1, maximum: 100)
            } else if var t = r.nested("term", specs: termSpecs, label: "期限") {
                termYears = t.int("years", label: "期限年数", minimum: 1, maximum: 100)
                termUntil = t.date("until", label: "期限截止")
                if termYears == nil, termUntil == nil, !t.has("years"), !t.has("until") {
                    t.report(.error(t.location, "期限需要年数（years）或截止日期（until）(term needs 'years' or 'until')", key: "honour.term"))
                }
                r.absorb(t)
            }
        }

        var status: HonourStatus?
        if let text = r.string("status", label: "状态") {
            status = HonourStatus(text: text)
            if status == nil {
                r.report(.error(r.location(of: "status"), "状态应为 nominated（拟命名）、confirmed（命名）或 revoked（撤销），而不是“\(text)” (unknown status)", key: "honour.status"))
            }
        }
        var revocation: Revocation?
        if r.has("revoked") {
            revocation = revocationBlock(&r, key: "revoked")
            if status == nil { status = .revoked }
        } else if status == .revoked {
            r.report(.error(r.location(of: "status"), "已撤销的榜单要写明撤销日期和原因（revoked: {date, reason}）(a revoked roll needs 'revoked' with date and reason)", key: "honour.revoked"))
        }
        if let list, list == .red, status != .revoked, termYears == nil, termUntil == nil, !r.has("term") {
            r.report(.warning(r.location, "光荣榜没有写期限（term），将一直显示为现行；荣誉不搞终身制 (red roll without a term stays current forever)", key: "honour.term-missing"))
        }
        if announced == nil, publicity == nil, status != .nominated, !r.has("announced"), !r.has("publicity") {
            r.report(.error(r.location, "需要命名日期（announced）或公示期（publicity）(a roll needs 'announced' or 'publicity')", key: "key.missing"))
        }
        if let announced, let publicity, announced <= publicity.to {
            r.report(.error(r.location(of: "announced"), "命名日期 \(announced) 应在公示结束 \(publicity.to) 之后 (named before publicity ends)", key: "date.order"))
        }

        let introText = r.string("intro", label: "说明")
        let intro = introText.map { ChineseTypography.parse($0) }
        let slug = Slug.make(explicit: r.string("slug", label: "网址名"), stem: file.stem, location: r.location(of: "slug"), reader: &r)
        let signedBy = r.string("signed_by", label: "落款")
        let number = r.string("number", label: "文号")
        let noticeTitle = r.string("notice_title", label: "公示标题")

        var red: [RedEntry] = []
        var black: [BlackEntry] = []
        var entriesFile: String?
        if let list, let entriesValue = r.value("entries") {
            if let name = entriesValue.string {
                let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
                let path = folder + "/" + name.trimmingCharacters(in: .whitespaces)
                let sheet = r.string("sheet", label: "工作表")
                if let table = csv(path) {
                    entriesFile = table.path
                    let (rows, d) = HonourEntryParser.fromCSV(table, list: list, sheet: sheet, sheetAt: r.location(of: "sheet"))
                    r.absorb(diagnostics: d)
                    red = rows.red; black = rows.black
                } else {
                    r.report(.error(entriesValue.location, "找不到名单文件 \(path)（应与本文件在同一文件夹）(entries file not found)", key: "honour.entries-missing"))
                }
            } else if let items = entriesValue.sequence {
                for item in items {
                    let (entry, d) = HonourEntryParser.fromYAML(item, list: list)
                    r.absorb(diagnostics: d)
                    if let e = entry.red { red.append(e) }
                    if let e = entry.black { black.append(e) }
                }
            } else {
                r.report(.error(entriesValue.location, "名单应为 CSV 文件名或列表 (entries: a CSV file name or a list)", key: "yaml.type"))
            }
        } else if list != nil, !r.has("entries") {
            r.report(.warning(r.location, "榜单没有名单（entries）(roll has no entries)", key: "honour.empty"))
        }

        guard let title, let list, let category, let year else { return (nil, r.diagnostics.items) }
        var roll = HonourRoll(source: file.location(), slug: slug, title: title, list: list, category: category, year: year,
                              announced: announced, publicity: publicity, termYears: termYears, termUntil: termUntil,
                              status: status ?? .confirmed, revocation: revocation, introText: introText, intro: intro, signedBy: signedBy,
                              number: number, noticeTitle: noticeTitle, red: red, black: black)
        roll.entriesFile = entriesFile
        roll.introLocation = intro == nil ? nil : r.location(of: "intro")
        return (roll, r.diagnostics.items)
    }

    /// Reads `revoked: {date, reason}`; both are required.
    static func revocationBlock(_ r: inout FieldReader, key: String) -> Revocation? {
        guard var v = r.nested(key, specs: revokedSpecs, label: "撤销") else { return nil }
        let date = v.date("date", label: "撤销日期", required: true)
        let reason = v.string("reason", label: "撤销原因", required: true)
        r.absorb(v)
        guard let date, let reason else { return nil }
        return Revocation(date: date, reason: reason)
    }
}

extension FieldReader {
    mutating func absorb(diagnostics items: [Diagnostic]) {
        for d in items { report(d) }
    }
}

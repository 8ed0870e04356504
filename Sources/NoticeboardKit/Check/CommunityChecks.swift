/// Checks across the community records: one name per page address, volunteer teams that exist, and public
/// incidents that would publish a person's name, a phone or an ID number.
public enum CommunityChecks {
    public static func check(_ parsed: ParsedContent, sources: [SourceFile], media: Set<String>) -> [Diagnostic] {
        let c = parsed.community
        var diagnostics: [Diagnostic] = []
        for s in c.surveys {
            diagnostics += BodyChecks.check(s.body, file: s.source.path, bodyLine: s.bodyLine, media: media, allowsRawHTML: parsed.profile?.allowsRawHTML ?? false)
        }
        diagnostics += duplicates(c.teams.map { ($0.slug, $0.source) }, what: "队伍", key: "team.duplicate-slug")
        diagnostics += duplicates(c.venues.map { ($0.slug, $0.source) }, what: "服务场所", key: "venue.duplicate-slug")
        diagnostics += duplicates(c.surveys.map { ($0.slug, $0.source) }, what: "调查", key: "survey.duplicate-slug")
        if !c.teams.isEmpty {
            let names = Set(c.teams.flatMap { [$0.name, $0.slug] })
            var warned = Set<String>()
            for r in c.volunteers.registrations {
                guard let team = r.team, !names.contains(team), warned.insert(team).inserted else { continue }
                diagnostics.append(.warning(r.location, "队伍“\(team)”不在 teams/ 里\(Suggestion.hint(for: team, in: c.teams.map(\.name))) (volunteer team not found in teams/)", key: "volunteer.team"))
            }
        }
        diagnostics += publicIncidents(parsed, sources: sources)
        return diagnostics
    }

    static func duplicates(_ items: [(String, SourceLocation)], what: String, key: String) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var out: [Diagnostic] = []
        for (slug, location) in items {
            if let earlier = first[slug] {
                out.append(.error(location, "\(what)的网址名“\(slug)”与 \(earlier.path):\(earlier.line) 重复；请改文件名或写 网址名 (two \(what) share a page name)", key: key))
            } else {
                first[slug] = location
            }
        }
        return out
    }

    /// Words after which a surname and one or two characters are a person's full name (`居民王大明`).
    static let personWords = ["居民", "业主", "住户", "租户", "租客", "户主", "当事人", "男子", "女子", "老人", "家属", "驾驶员", "司机", "村民", "租住人", "独居老人"]
    /// Common surnames; `向`, `于`, `方`, `高` are left out because they also start ordinary words after 居民 (居民向…).
    static let surnames = Set("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤欧")

    /// An entry marked public must not show a full name (any name the site holds privately, or a surname and given
    /// name after 居民/业主…), or a mobile number other than the site's public ones (ID numbers are refused in every content file).
    static func publicIncidents(_ parsed: ParsedContent, sources: [SourceFile]) -> [Diagnostic] {
        let c = parsed.community
        let shown = c.incidents.filter(\.isPublic)
        guard !shown.isEmpty else { return [] }
        var names = Set(c.incidents.compactMap(\.party))
        names.formUnion(c.teams.flatMap(\.members).filter { !$0.isNamePublic }.map(\.name))
        names.formUnion(c.volunteers.registrations.filter { !$0.mayPublish }.compactMap(\.name))
        names.formUnion(parsed.honours.filter { $0.list == .black }.flatMap(\.black).compactMap(\.name))
        let privateNames = names.map { $0.filter { !$0.isWhitespace } }.filter { $0.count >= 2 }.sorted()
        let publicPhones = parsed.profile.map { PrivacyGuard.publishedPhones(of: $0) } ?? []
        let files = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Diagnostic] = []
        for incident in shown {
            for (field, location) in incident.textLocations {
                let text = [("place", incident.place), ("summary", incident.summary), ("outcome", incident.outcome)].first { $0.0 == field }?.1 ?? ""
                let normalized = PrivacyText.normalize(text)
                if let name = privateNames.first(where: { normalized.contains($0) }) ?? fullName(in: normalized) {
                    out.append(.error(at(name, in: location, files: files), "标为公开的事件写了姓名“\(Masking.name(name))”：公开内容不能有居民姓名，请改为“\(Masking.name(name).prefix(1))某”或删去 (a public incident names a person)", key: "incident.public-name"))
                }
                if let hit = MobileNumberScan.find(in: Array(normalized.utf8)).first(where: { !publicPhones.contains($0.digits) }) {
                    out.append(.error(at(hit.digits, in: location, files: files), "标为公开的事件写了手机号码 \(Masking.phone(hit.digits))：公开内容不能有居民电话 (a public incident shows a phone number)", key: "incident.public-phone"))
                }
            }
        }
        return out
    }

    /// `居民王大明` → `王大明`: a surname and one or two more characters after a word for a person, not `某`.
    static func fullName(in text: String) -> String? {
        let chars = Array(text)
        for word in personWords {
            var search = text.startIndex
            while let range = text.range(of: word, range: search..<text.endIndex) {
                search = range.upperBound
                let i = text.distance(from: text.startIndex, to: range.upperBound)
                guard i + 1 < chars.count, surnames.contains(chars[i]) else { continue }
                let given = chars[(i + 1)...].prefix(2).prefix { $0.isHan }
                guard !given.isEmpty, !given.contains("某"), given.first != "家", given.first != "某" else { continue }
                return String(chars[i]) + String(given)
            }
        }
        return nil
    }

    /// Where `needle` is on the line the value starts (its column), else the value's start.
    static func at(_ needle: String, in location: SourceLocation, files: [String: SourceFile]) -> SourceLocation {
        guard location.anchor == nil, let file = files[location.path] else { return location }
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        for lineIndex in (location.line - 1)..<min(lines.count, location.line + 20) where lineIndex >= 0 {
            let line = String(lines[lineIndex])
            if let r = line.range(of: needle) {
                return file.location(line: lineIndex + 1, column: line.distance(from: line.startIndex, to: r.lowerBound) + 1)
            }
        }
        return location
    }
}

extension Character {
    /// A Chinese character (CJK unified ideographs).
    var isHan: Bool { unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) } ?? false }
}

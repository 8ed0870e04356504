/// The residents' names the community records hold privately — team members who are not officials and did not agree,
/// volunteers who did not agree, people named in incidents — and their phones, for the privacy guard's scan of every page.
extension PrivacyGuard {
    public static func residentValues(teams: [Team], volunteers: VolunteerRegistry, incidents: [Incident]) -> [PrivateValue] {
        var values: [PrivateValue] = []
        var seen = Set<String>()
        func name(_ raw: String, at origin: SourceLocation, what: String) {
            let compact = raw.filter { !$0.isWhitespace }
            // `张某某`, `李某` are already anonymous (the usual way to write a placeholder).
            guard compact.count >= 2, !compact.contains("某"), seen.insert("n:" + compact).inserted else { return }
            values.append(PrivateValue(kind: .name, forms: [raw.trimmingCharacters(in: .whitespaces), compact].reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
                                       masked: Masking.name(raw), origin: origin, what: what))
        }
        func phone(_ raw: String, at origin: SourceLocation, what: String) {
            let d = Masking.phoneDigits(raw)
            guard d.count >= 7, seen.insert("p:" + d).inserted else { return }
            values.append(PrivateValue(kind: .phone, forms: [raw.trimmingCharacters(in: .whitespaces), d], masked: Masking.phone(raw), origin: origin, what: what))
        }
        for member in teams.flatMap(\.members) where !member.isNamePublic { name(member.name, at: member.location, what: "队伍成员") }
        for r in volunteers.registrations where !r.mayPublish { if let n = r.name { name(n, at: r.location, what: "志愿者") } }
        for i in incidents {
            if let n = i.party { name(n, at: i.location, what: "事件当事人") }
            if let p = i.phone { phone(p, at: i.location, what: "事件当事人") }
        }
        return values
    }
}

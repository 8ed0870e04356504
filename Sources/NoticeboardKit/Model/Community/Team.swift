/// What kind of organisation a team is: the leading group, a council, a volunteer team, an art troupe, a patrol …
public enum TeamKind: String, CaseIterable, Sendable {
    case leadingGroup, council, volunteerTeam, troupe, patrol, lecturers, other

    /// The name staff write and pages show.
    public var label: String {
        switch self {
        case .leadingGroup: return "领导小组"
        case .council: return "理事会"
        case .volunteerTeam: return "志愿服务队"
        case .troupe: return "文艺队"
        case .patrol: return "巡逻队"
        case .lecturers: return "讲师团"
        case .other: return "其他"
        }
    }

    /// Words that name each kind, longest first so `共建理事会` is a council and not something else.
    static let words: [(String, TeamKind)] = [
        ("领导小组", .leadingGroup), ("工作小组", .leadingGroup), ("理事会", .council), ("议事会", .council), ("委员会", .council),
        ("志愿服务队", .volunteerTeam), ("志愿者服务队", .volunteerTeam), ("志愿者队", .volunteerTeam), ("志愿队", .volunteerTeam), ("志愿服务站", .volunteerTeam),
        ("文艺队", .troupe), ("艺术团", .troupe), ("合唱团", .troupe), ("舞蹈队", .troupe), ("腰鼓队", .troupe), ("戏曲队", .troupe), ("文艺团", .troupe),
        ("巡逻队", .patrol), ("巡防队", .patrol), ("治安队", .patrol),
        ("讲师团", .lecturers), ("宣讲团", .lecturers), ("宣讲队", .lecturers),
        ("其他", .other), ("其它", .other),
    ]

    /// Every word the `kind` field accepts.
    public static var accepted: [String] { words.map(\.0) + allCases.map(\.rawValue) }

    /// The kind a word names: `共建理事会` → council (the word, or any name ending in one of the kind words).
    public static func named(_ text: String) -> TeamKind? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let k = allCases.first(where: { $0.rawValue.lowercased() == t.lowercased() }) { return k }
        return words.first { t == $0.0 || t.hasSuffix($0.0) }?.1
    }

    /// Order on the page: the leading group first, then councils, teams, troupes, patrols, lecturers.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

/// One member of a team: a role, and a name that is public for committee officials or when the member agreed.
public struct TeamMember: Sendable {
    public var name: String
    /// 组长, 副组长, 成员, 队长, 队员 … (empty: 成员).
    public var role: String
    /// The member's post or unit (社区党委书记, 长青小学): shown for officials.
    public var unit: String?
    /// A committee official (社区干部): the name is public.
    public var isOfficial: Bool
    /// The resident agreed to have the name published (公开姓名: 是).
    public var mayPublish: Bool
    public var location: SourceLocation

    /// Whether the full name may appear on a page.
    public var isNamePublic: Bool { isOfficial || mayPublish }
    /// The name as pages show it: in full when public, else masked as honour rolls mask (王＊＊).
    public var shownName: String { isNamePublic ? name : Masking.name(name) }
}

/// An organisation or team of the community (`content/teams/`): the leading group with its roles, a council,
/// a volunteer team, an art troupe, a patrol — with its members by role.
public struct Team: Sendable {
    public var source: SourceLocation
    public var slug: String
    public var name: String
    public var kind: TeamKind
    /// What the team does (plain text).
    public var duty: String?
    /// A phone to reach the team (published).
    public var phone: String?
    /// When it meets or patrols (`每周二、四晚 19:00`).
    public var schedule: String?
    /// The venue it uses (a venue's name or slug).
    public var venue: String?
    public var members: [TeamMember]
    /// The content files it was read from (its YAML and a member CSV).
    public var inputs: [String]

    /// The roles in order (leaders first: 组长, 副组长, 队长 …; then as first written), each with its members.
    public var roles: [(role: String, members: [TeamMember])] {
        var order: [String] = []
        var byRole: [String: [TeamMember]] = [:]
        for m in members {
            if byRole[m.role] == nil { order.append(m.role) }
            byRole[m.role, default: []].append(m)
        }
        let ranked = order.enumerated().sorted { (Self.roleRank($0.element), $0.offset) < (Self.roleRank($1.element), $1.offset) }
        return ranked.map { ($0.element, byRole[$0.element] ?? []) }
    }

    /// 0 for heads (组长, 队长, 理事长, 团长, 主任), 1 for deputies and secretaries, 2 for everyone else.
    static func roleRank(_ role: String) -> Int {
        if role.hasPrefix("副") || role.contains("秘书长") { return 1 }
        if ["组长", "队长", "理事长", "团长", "主任", "会长", "站长", "负责人", "总队长"].contains(where: { role.hasSuffix($0) }) { return 0 }
        return 2
    }
}

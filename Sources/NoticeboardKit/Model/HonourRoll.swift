import Markdown

/// Which list a roll belongs to: 光荣榜 (red, commendation) or 曝光台 (black, exposure).
public enum HonourList: String, Sendable {
    case red
    case black

    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "red", "红榜", "光荣榜", "红": self = .red
        case "black", "黑榜", "曝光台", "黑": self = .black
        default: return nil
        }
    }

    public var label: String { self == .red ? "光荣榜" : "曝光台" }
}

/// What the committee has decided about a roll: proposed, named, or withdrawn.
public enum HonourStatus: String, Sendable {
    case nominated
    case confirmed
    case revoked

    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "nominated", "拟命名", "提名", "推荐": self = .nominated
        case "confirmed", "命名", "已命名", "确认": self = .confirmed
        case "revoked", "撤销", "已撤销": self = .revoked
        default: return nil
        }
    }
}

/// A revocation (撤销): when, and why.
public struct Revocation: Sendable {
    public var date: LocalDate
    public var reason: String
}

/// Where a roll stands on the build date.
public enum RollState: String, Sendable {
    /// Not public yet: publicity (or announcement) still ahead.
    case nominated
    /// In its publicity period (公示中).
    case inPublicity
    /// Publicity over but the committee has not named it yet (status: nominated).
    case awaitingConfirmation
    /// Named and within its term.
    case current
    /// Term over (往届).
    case expired
    /// Withdrawn (撤销) on or before the build date.
    case revoked

    /// Whether the roll has any public page at all.
    public var isPublic: Bool { self != .nominated }
}

/// One commended entry of a red list: a person, household or unit, where they live and why.
public struct RedEntry: Sendable {
    public var location: SourceLocation
    public var name: String
    public var household: String?
    public var building: String?
    public var deeds: MarkdownNode?
    public var photo: String?
    public var revocation: Revocation?

    public func isRevoked(on today: LocalDate) -> Bool { revocation.map { $0.date <= today } ?? false }
}

/// One exposed case on a black list: what happened where and when, who (masked), and whether it was put right.
public struct BlackEntry: Sendable {
    public var location: SourceLocation
    public var behaviour: String
    public var place: String?
    public var date: LocalDate?
    /// The person exposed, as written in content (never published: see `maskedName`).
    public var name: String?
    public var plate: String?
    public var phone: String?
    public var photo: String?
    public var photoRedacted: Bool
    public var rectified: LocalDate?
    public var rectification: String?

    public var maskedName: String? { name.map(Masking.name) }
    public var maskedPlate: String? { plate.map(Masking.plate) }
    public var maskedPhone: String? { phone.map(Masking.phone) }

    /// Shown until `retentionDays` after rectification; from that day on it leaves the public pages.
    public func isVisible(on today: LocalDate, retentionDays: Int) -> Bool {
        guard let rectified else { return true }
        return today < rectified.adding(days: retentionDays)
    }
}

/// One published honour roll (红黑榜): a red or black list for a category and year, with its lifecycle.
public struct HonourRoll: Sendable {
    public var source: SourceLocation
    public var slug: String
    public var title: String
    public var list: HonourList
    public var category: String
    public var year: Int
    /// Day the roll was (or will be) named; defaults to the day after publicity ends.
    public var announced: LocalDate?
    public var publicity: PublicityPeriod?
    /// Term in years from naming, or an explicit last day.
    public var termYears: Int?
    public var termUntil: LocalDate?
    public var status: HonourStatus
    public var revocation: Revocation?
    /// The roll's introduction as written (Markdown), and parsed.
    public var introText: String?
    public var intro: MarkdownNode?
    public var signedBy: String?
    public var number: String?
    /// Title of the 公示 notice the roll produces while in publicity.
    public var noticeTitle: String?
    public var red: [RedEntry]
    public var black: [BlackEntry]
    /// The CSV file beside the YAML that holds the entries, when there is one.
    public var entriesFile: String? = nil

    /// The content files this roll was read from.
    public var inputs: [String] { [source.path] + (entriesFile.map { [$0] } ?? []) }

    /// First day of the term: `announced`, else the day after publicity.
    public var namedOn: LocalDate? { announced ?? publicity?.to.adding(days: 1) }

    /// Last day of the term, or nil when the roll has no term.
    public var termEnds: LocalDate? {
        if let termUntil { return termUntil }
        guard let termYears, let start = namedOn else { return nil }
        return start.adding(years: termYears).adding(days: -1)
    }

    public func state(on today: LocalDate) -> RollState {
        if let revocation, revocation.date <= today { return .revoked }
        if let publicity {
            if today < publicity.from { return .nominated }
            if today <= publicity.to { return .inPublicity }
        }
        if status == .nominated { return publicity == nil ? .nominated : .awaitingConfirmation }
        if let start = namedOn, today < start { return publicity == nil ? .nominated : .awaitingConfirmation }
        if let end = termEnds, end < today { return .expired }
        return .current
    }

    public var path: String { Route.roll(slug).path }
    public var printPath: String { Route.rollPrint(slug).path }
}

import Markdown

/// The kinds of notice that go into the glass case.
public enum NoticeKind: String, Sendable, CaseIterable {
    case notification = "通知"
    case announcement = "公告"
    case publicity = "公示"
    case proposal = "倡议书"
    case letter = "一封信"

    /// Accepts the Chinese name or the English one (`publicity`, `notice` …).
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let k = NoticeKind(rawValue: t) { self = k; return }
        switch t.lowercased() {
        case "notification", "notice": self = .notification
        case "announcement": self = .announcement
        case "publicity": self = .publicity
        case "proposal", "initiative": self = .proposal
        case "letter", "公开信", "致居民的一封信": self = .letter
        default: return nil
        }
    }

    public static var allNames: [String] { allCases.map(\.rawValue) + ["notification", "announcement", "publicity", "proposal", "letter"] }
}

/// A public notice period (公示期): first and last day, whom to contact, how to object.
public struct PublicityPeriod: Sendable {
    public var from: LocalDate
    public var to: LocalDate
    public var contact: String?
    public var objection: String?

    /// Days left counting today and the last day; 0 once it is over, nil before it starts.
    public func daysLeft(on today: LocalDate) -> Int? {
        if today < from { return nil }
        return max(0, today.days(until: to) + 1)
    }

    public func isRunning(on today: LocalDate) -> Bool { from <= today && today <= to }
    public var days: Int { from.days(until: to) + 1 }
}

/// Where a dated item stands on the build date.
public enum Currency: String, Sendable {
    case upcoming
    case current
    case archived
}

/// One notice (通知 / 公告 / 公示 / 倡议书 / 一封信) from `content/notices/`.
public struct Notice: Sendable {
    public var source: SourceLocation
    public var slug: String
    public var title: String
    public var kind: NoticeKind
    public var date: LocalDate
    public var expires: LocalDate?
    public var publicity: PublicityPeriod?
    public var signedBy: String?
    public var number: String?
    public var pinned: Bool
    public var draft: Bool
    public var body: MarkdownNode
    public var bodyLine: Int
    /// Content files besides `source` the notice was made from (the CSV of a roll's 公示).
    public var extraInputs: [String] = []

    /// Every content file the notice was made from.
    public var inputs: [String] { [source.path] + extraInputs }

    /// Current from its date until it expires (or its publicity ends), then archived.
    public func currency(on today: LocalDate) -> Currency {
        if today < date { return .upcoming }
        if let expires, expires < today { return .archived }
        if expires == nil, let publicity, publicity.to < today { return .archived }
        return .current
    }

    /// Site path of the notice's page.
    public var path: String { Route.notice(slug).path }
    public var printPath: String { Route.noticePrint(slug).path }
}

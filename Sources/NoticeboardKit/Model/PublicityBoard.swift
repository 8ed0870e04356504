import Markdown

/// What sort of board a publicity board is (宣传栏, 黑板报 …); decides nothing but its label and icon-free wording.
public enum BoardKind: String, Sendable, CaseIterable {
    case board = "宣传栏"
    case blackboard = "黑板报"
    case window = "橱窗"
    case newspaper = "阅报栏"
    case publicity = "公示栏"
    case science = "科普栏"
    case screen = "电子屏"

    /// Accepts the Chinese names and a few English ones (`blackboard`, `screen`).
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let k = Self(rawValue: t) { self = k; return }
        switch t.lowercased() {
        case "board", "宣传板", "宣传橱窗栏": self = .board
        case "blackboard", "黑板", "板报": self = .blackboard
        case "window", "宣传橱窗": self = .window
        case "newspaper", "读报栏", "报栏": self = .newspaper
        case "publicity", "公开栏", "居务公开栏": self = .publicity
        case "science", "科普宣传栏": self = .science
        case "screen", "led", "显示屏", "电子显示屏": self = .screen
        default: return nil
        }
    }
}

/// The paper or area a board's print layout fills: A3, A4 or a custom size in centimetres.
public enum BoardSize: Sendable, Equatable {
    case a3, a4
    /// Width and height in whole centimetres (10–500).
    case custom(widthCm: Int, heightCm: Int)

    /// The CSS `@page { size }` value: `A3`, `A4`, `120cm 80cm`.
    public var pageSize: String {
        switch self {
        case .a3: return "A3"
        case .a4: return "A4"
        case .custom(let w, let h): return "\(w)cm \(h)cm"
        }
    }

    /// `A3`, `120×80 厘米`.
    public var label: String {
        switch self {
        case .a3: return "A3"
        case .a4: return "A4"
        case .custom(let w, let h): return "\(w)×\(h) 厘米"
        }
    }

    /// Height in centimetres (A3 42, A4 29.7).
    public var heightCm: Double {
        switch self {
        case .a3: return 42
        case .a4: return 29.7
        case .custom(_, let h): return Double(h)
        }
    }

    /// Width in centimetres (A3 29.7, A4 21), for scaling the type of the print layout.
    public var widthCm: Double {
        switch self {
        case .a3: return 29.7
        case .a4: return 21
        case .custom(let w, _): return Double(w)
        }
    }
}

/// Something posted on a board that lives elsewhere on the site: a notice, a briefing or an honour roll, by slug.
public struct BoardLink: Sendable, Equatable {
    public enum Target: String, Sendable {
        case notice, bulletin, roll
    }
    public var target: Target
    public var slug: String
    public var location: SourceLocation
}

/// One issue (期) of a board: when it went up, its theme, what was posted and photos of the board.
public struct BoardIssue: Sendable {
    public var date: LocalDate
    public var theme: String
    /// Notices, briefings and rolls posted, in the order written.
    public var links: [BoardLink]
    /// The issue's own text (Markdown), e.g. a 黑板报's articles.
    public var body: MarkdownNode?
    public var bodyLocation: SourceLocation?
    /// Photos of the board as written (relative to the board file or `content/`).
    public var photos: [String]
    public var photoLocations: [SourceLocation]
    /// Who put it up (出刊人, 责任人).
    public var editor: String?
    public var location: SourceLocation
}

/// A publicity board (宣传栏, 黑板报, 橱窗 …) from `content/boards/`: where it is, its size, how often it is changed,
/// and its issues, newest first.
public struct PublicityBoard: Sendable {
    public var source: SourceLocation
    public var slug: String
    public var name: String
    public var place: String?
    public var kind: BoardKind
    public var size: BoardSize
    /// Days between changes (更换周期); nil when the board has no set rhythm.
    public var rotationDays: Int?
    /// Where the rotation was written (the overdue warning points there).
    public var rotationLocation: SourceLocation
    /// Issues, newest first.
    public var issues: [BoardIssue]
    public var draft: Bool = false
    /// The files it was read from (its YAML and an issues CSV).
    public var inputs: [String]

    /// The issue up on the board at `date`: the newest dated on or before it.
    public func currentIssue(on date: LocalDate) -> BoardIssue? { issues.first { $0.date <= date } }

    /// Days since the current issue went up, or nil without one.
    public func daysSinceChange(on date: LocalDate) -> Int? { currentIssue(on: date).map { $0.date.days(until: date) } }

    /// Whether the board is past its rotation at `date`.
    public func isOverdue(on date: LocalDate) -> Bool {
        guard let rotationDays, let days = daysSinceChange(on: date) else { return false }
        return days > rotationDays
    }
}

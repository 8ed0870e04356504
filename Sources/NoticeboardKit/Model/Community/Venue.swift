/// A stretch of opening time within a day: `8:30—12:00`.
public struct TimeSpan: Sendable, Hashable {
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// `8:30—12:00`
    public var text: String { "\(Self.clock(start))—\(Self.clock(end))" }
    static func clock(_ t: TimeOfDay) -> String { "\(t.hour):" + (t.minute < 10 ? "0" : "") + "\(t.minute)" }
}

/// A venue's opening hours by weekday (1 = Monday … 7 = Sunday): a day with no spans is closed; a venue that gives
/// no hours has no days at all (shown as 未注明).
public struct OpeningHours: Sendable, Hashable {
    public var days: [Int: [TimeSpan]] = [:]
    /// Free words after the hours (`法定节假日闭馆`).
    public var note: String?

    public static let weekdayNames = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]

    /// The spans of a weekday; nil when the hours do not say.
    public func spans(weekday: Int) -> [TimeSpan]? { days[weekday] }

    /// Whether the venue opens on `date`'s weekday.
    public func isOpen(on date: LocalDate) -> Bool { !(days[date.weekday] ?? []).isEmpty }

    /// A weekday's hours as text: `8:30—12:00、14:00—17:30`, `休息`, or `未注明`.
    public func text(weekday: Int) -> String {
        guard let spans = days[weekday] else { return "未注明" }
        return spans.isEmpty ? "休息" : spans.map(\.text).joined(separator: "、")
    }

    /// Days with the same hours gathered: `周一至周五 8:30—17:30`, `周六 9:00—12:00`, `周日 休息`.
    public var summary: [(days: String, hours: String)] {
        var out: [(String, String)] = []
        var d = 1
        while d <= 7 {
            let text = self.text(weekday: d)
            var e = d
            while e < 7, self.text(weekday: e + 1) == text { e += 1 }
            if text != "未注明" {
                let names = Self.weekdayNames
                let label = d == 1 && e == 7 ? "每天" : e == d ? names[d - 1] : e == d + 1 ? names[d - 1] + "、" + names[e - 1] : names[d - 1] + "至" + names[e - 1]
                out.append((label, text))
            }
            d = e + 1
        }
        return out
    }
}

/// A place residents can go (`content/venues/`): 市民学校, 道德讲堂, 图书室, 活动室 — address, hours by weekday,
/// contact and what happens there.
public struct Venue: Sendable {
    public var source: SourceLocation
    public var slug: String
    public var name: String
    /// 市民学校, 道德讲堂, 图书室, 活动室 … (the name when not given).
    public var kind: String
    public var address: String?
    public var hours: OpeningHours
    /// Contact phone (published).
    public var contact: String?
    /// Who to ask (a post or an official's name).
    public var keeper: String?
    /// What happens there (`道德讲堂`, `周三书法班`).
    public var uses: [String]
    public var inputs: [String] { [source.path] }
}

/// A number recorded for each activity that a target can add up: participants, volunteers or volunteer hours.
public enum ActivityField: String, Sendable, CaseIterable {
    case participants
    case volunteers
    case volunteerHours = "volunteer_hours"

    /// Accepts the ledger's key or its Chinese column header (`志愿者人数`, `志愿服务时长` …).
    public init?(text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "participants", "参与人数", "参加人数", "人数": self = .participants
        case "volunteers", "志愿者人数", "志愿者": self = .volunteers
        case "volunteer_hours", "volunteerhours", "志愿服务时长", "服务时长", "志愿时长": self = .volunteerHours
        default: return nil
        }
    }

    public static let allNames = ["participants", "volunteers", "volunteer_hours", "参与人数", "志愿者人数", "志愿服务时长"]

    public var label: String {
        switch self {
        case .participants: return "参与人数"
        case .volunteers: return "志愿者人数"
        case .volunteerHours: return "志愿服务时长"
        }
    }

    /// `人次` or `小时`.
    public var unit: String { self == .volunteerHours ? "小时" : "人次" }

    /// The activity's value; a blank cell counts as 0.
    public func value(of a: Activity) -> Double {
        switch self {
        case .participants: return Double(a.participants ?? 0)
        case .volunteers: return Double(a.volunteers ?? 0)
        case .volunteerHours: return a.volunteerHours ?? 0
        }
    }
}

import Foundation

/// The kinds of file `noticeboard new` starts.
public enum ContentKind: String, CaseIterable, Sendable {
    case notice, plan, roll, activity, bulletin, board, convention
    case team, venue, volunteer, survey, incident

    /// The folder under `content/` the kind lives in.
    public var folder: String {
        switch self {
        case .notice: return "notices"
        case .plan: return "plans"
        case .roll: return "honours"
        case .activity: return "ledger"
        case .bulletin: return "bulletins"
        case .board: return "boards"
        case .convention: return "conventions"
        case .team: return "teams"
        case .venue: return "venues"
        case .volunteer: return "volunteers"
        case .survey: return "surveys"
        case .incident: return "incidents"
        }
    }
}

/// The file `noticeboard new KIND TITLE` writes: named `日期-标题`, with that kind's front matter filled in.
///
/// Keys are the Chinese aliases when the site's language is Chinese (zh-…), else the English keys.
public struct ContentStub: Sendable {
    public var kind: ContentKind
    public var title: String
    public var date: LocalDate
    public var chinese: Bool
    /// For a briefing: the issue number to write (one more than the highest existing one).
    public var issue: Int

    public init(kind: ContentKind, title: String, date: LocalDate, chinese: Bool, issue: Int = 1) {
        self.kind = kind
        self.title = title
        self.date = date
        self.chinese = chinese
        self.issue = issue
    }

    /// The title as a file name: spaces become `-`, characters that break paths or URLs are dropped.
    public var fileTitle: String {
        let cleaned = Slug.clean(title)
        return cleaned.isEmpty ? "未命名" : cleaned
    }

    /// Checks the title before anything is written.
    public func validate() throws {
        if title.trimmingCharacters(in: .whitespaces).isEmpty || title.contains(where: \.isNewline) {
            throw ScaffoldError("标题不能为空，也不能换行 (TITLE must be one line of text)")
        }
    }

    /// The new file (not for activities, which are rows in the ledger: see `LedgerRowAppender`).
    public var file: ScaffoldFile {
        let ext = [.notice, .plan, .bulletin, .survey, .convention].contains(kind) ? "md" : "yaml"
        // Boards, conventions, teams and venues are not dated: they stay up, and what changes is inside the file.
        let name = [.board, .convention, .team, .venue].contains(kind) ? fileTitle : "\(date)-\(fileTitle)"
        return ScaffoldFile(path: "content/\(kind.folder)/\(name).\(ext)", text: text)
    }

    func key(_ english: String, _ chinese: String) -> String { self.chinese ? chinese : english }

    var quotedTitle: String { YAMLText.scalar(title) }

    var text: String {
        switch kind {
        case .notice:
            return """
                ---
                \(key("title", "标题")): \(quotedTitle)
                \(key("kind", "类型")): \(chinese ? "通知" : "通知")   # 通知 / 公告 / 公示 / 倡议书 / 一封信
                \(key("date", "日期")): \(date)
                # \(key("expires", "截止日期")): \(date.adding(days: 30))
                # \(key("pinned", "置顶")): true
                ---
                （在这里写正文。）

                """
        case .plan:
            return """
                ---
                \(key("title", "标题")): \(quotedTitle)
                \(key("year", "年度")): \(date.year)
                \(key("adopted", "通过日期")): \(date)
                \(key("status", "状态")): \(chinese ? "草稿" : "draft")   # 草稿只在 build --drafts 时生成；写好后改为 已印发
                ---
                一、工作目标

                （一）（在这里写目标。）

                二、主要任务

                （一）（在这里写任务。）

                三、保障措施

                （在这里写保障措施。）

                """
        case .roll:
            return """
                # \(chinese ? "拟命名的名单不公开；填好名单后去掉“公示”前的“#”，公示期内显示为“公示中”。" : "A nominated roll is not shown; remove the '#' before publicity to start its public notice period.")
                \(key("title", "标题")): \(quotedTitle)
                \(key("list", "榜单")): \(chinese ? "光荣榜" : "red")   # 光荣榜 / 曝光台
                \(key("category", "类别")): 文明家庭
                \(key("year", "年度")): \(date.year)
                \(key("status", "状态")): \(chinese ? "拟命名" : "nominated")
                # \(key("publicity", "公示")):
                #   \(key("from", "开始")): \(date)
                #   \(key("days", "天数")): 7
                # \(key("announced", "命名日期")): \(date.adding(days: 8))
                \(key("term", "期限")): 2
                \(key("entries", "名单")): []
                # \(key("entries", "名单")):
                #   - \(key("name", "姓名")): 张某某家庭
                #     \(key("building", "楼栋")): 1号楼
                #     \(key("deeds", "事迹")): （事迹）

                """
        case .bulletin:
            return """
                ---
                \(key("issue", "期号")): 第\(issue)期
                \(key("date", "日期")): \(date)
                \(key("title", "标题")): \(quotedTitle)
                # \(key("editor", "编辑")): 社区办公室
                # \(key("distribution", "报送")):
                #   - 报：街道文明办
                # \(key("copies", "印数")): 20
                ---
                （在这里写简报正文。）

                """
        case .board:
            return """
                # \(chinese ? "宣传栏：每次更换时在“期”下面加一期（日期、主题、张贴的通知/简报/红黑榜的网址名、照片）。" : "A publicity board: add an issue under 'issues' each time it is changed.")
                \(key("name", "名称")): \(quotedTitle)
                \(key("place", "地点")): （在哪里）
                \(key("kind", "类型")): 宣传栏   # 宣传栏 / 黑板报 / 橱窗 / 阅报栏 / 公示栏 / 科普栏 / 电子屏
                \(key("size", "尺寸")): A3   # A3、A4 或 宽×高（厘米），如 120×80
                \(key("rotation", "更换周期")): 30   # 天数；超过就在构建时提醒
                \(key("issues", "期")):
                  - \(key("date", "日期")): \(date)
                    \(key("theme", "主题")): （本期主题）
                    # \(key("notices", "通知")): [通知的网址名]
                    # \(key("photos", "照片")): [photos/照片.jpg]

                """
        case .convention:
            return """
                ---
                \(key("title", "标题")): \(quotedTitle)
                \(key("date", "日期")): \(date)
                # \(key("signed_by", "落款")): 某某社区居民代表会议
                ---
                （在这里写公约的说明，可以不写。）

                一、（第一条。）
                二、（第二条。）

                """
        case .activity:
            return ""
        default:
            return CommunityStub.text(self)
        }
    }

    /// One more than the highest `第N期` (or `issue: N`) among the briefings' texts.
    public static func nextIssue(in texts: [String]) -> Int {
        var highest = 0
        let pattern = try! NSRegularExpression(pattern: "^(?:issue|期号)\\s*:\\s*[\"']?第?\\s*(\\d+)", options: [.anchorsMatchLines])
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                if let r = Range(match.range(at: 1), in: text), let n = Int(text[r]) { highest = max(highest, n) }
            }
        }
        return highest + 1
    }
}

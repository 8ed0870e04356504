/// The files `noticeboard new team|venue|volunteer|survey|incident` starts (docs/organisation.md, docs/records.md).
enum CommunityStub {
    static func text(_ stub: ContentStub) -> String {
        let k = stub.key
        let date = stub.date
        switch stub.kind {
        case .team:
            return """
                \(k("name", "名称")): \(stub.quotedTitle)
                \(k("kind", "类型")): 志愿服务队   # 领导小组 / 理事会 / 志愿服务队 / 文艺队 / 巡逻队 / 讲师团 / 其他
                # \(k("duty", "职责")): （这支队伍做什么）
                # \(k("schedule", "活动时间")): 每周六上午
                # 社区干部的姓名公开；居民的姓名只显示姓氏，本人同意公开的写“公开姓名: 是”。
                \(k("members", "成员")):
                  - \(k("name", "姓名")): 张某某
                    \(k("role", "职务")): 队长
                    \(k("official", "社区干部")): \(stub.chinese ? "是" : "true")
                # 名单多时放在 Excel 表里（另存为 CSV）：\(k("members_file", "成员表")): 队员.csv

                """
        case .venue:
            return """
                \(k("name", "名称")): \(stub.quotedTitle)
                # \(k("kind", "类型")): 图书室   # 市民学校 / 道德讲堂 / 图书室 / 活动室 …
                \(k("address", "地址")): （地址）
                # \(k("phone", "电话")): 0571-0000 0000
                \(k("hours", "开放时间")):
                  周一至周五: 8:30—11:30、14:00—17:30
                  周六: 9:00—12:00
                  周日: 休息
                # \(k("uses", "用途")): [图书借阅, 报刊阅览]

                """
        case .volunteer:
            return """
                # 志愿者注册人数：每行一个月份和队伍的新增人数（不写姓名）；一人一行的登记表请用 Excel 另存为 CSV 放在这里。
                \(stub.chinese ? "登记" : "registrations"):
                  - \(k("month", "月份")): \(String(format: "%04d-%02d", date.year, date.month))
                    # \(k("team", "队伍")): （队伍名称，与 teams/ 里的名称一致）
                    \(k("count", "人数")): 0

                """
        case .incident:
            return """
                # 事件台账：只按月、按类别公布起数；当事人、地点和情况不公开，除非写“公开: 是”（公开的内容不能有姓名和电话）。
                \(stub.chinese ? "事件" : "incidents"):
                  - \(k("date", "日期")): \(date)
                    \(k("kind", "类别")): 纠纷   # 案件 / 纠纷 / 上访 / 火情 / 安全事故 / 交通事故 / 其他
                    \(k("place", "地点")): （地点）
                    \(k("summary", "情况")): \(stub.quotedTitle)
                    # \(k("outcome", "处理结果")): （处理结果）
                    # \(k("public", "公开")): \(stub.chinese ? "是" : "true")

                """
        case .survey:
            return """
                ---
                \(k("topic", "主题")): \(stub.quotedTitle)
                \(k("date", "日期")): \(date)
                \(k("sample", "样本数")): 100
                满意率: 0%
                # 知晓率: 0%
                # 支持率: 0%
                ---
                （在这里写调查结果的说明。）

                """
        default:
            return ""
        }
    }
}

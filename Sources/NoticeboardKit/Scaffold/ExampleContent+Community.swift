/// `init`'s examples of the community records: a leading group, a venue with hours, a volunteer count, a survey and
/// an incidents ledger, each commented like the other examples.
extension ExampleContent {
    var communityFiles: [ScaffoldFile] {
        [
            ScaffoldFile(path: "content/teams/领导小组.yaml", text: """
                # 组织机构：一个文件一支队伍（docs/organisation.md）。
                名称: \(YAMLText.scalar(name + "精神文明建设工作领导小组"))   # 必填
                类型: 领导小组                  # 领导小组 / 理事会 / 志愿服务队 / 文艺队 / 巡逻队 / 讲师团 / 其他
                职责: 统筹社区文明创建工作。      # 可选
                成员:                          # 社区干部（社区干部: 是）的姓名公开；居民只显示姓氏，本人同意的写“公开姓名: 是”
                  - 姓名: 张某某
                    职务: 组长
                    单位: 社区党委书记
                    社区干部: 是
                  - 姓名: 李某某
                    职务: 成员
                    单位: 居民代表
                # 名单多时放在 Excel 表里（另存为 CSV）：成员表: 名单.csv

                """),
            ScaffoldFile(path: "content/venues/市民学校.yaml", text: """
                # 服务场所：一个文件一个场所（docs/organisation.md）。“联系我们”页按构建日期说明今天哪些场所开放。
                名称: 市民学校                  # 必填
                地址: 某某路 1 号三楼            # 可选
                # 电话: 0000-0000 0000         # 可选，会公开
                开放时间:                       # 没写的日子算不开放
                  周一至周五: 8:30—11:30、14:00—17:30
                  周六: 9:00—12:00
                  周日: 休息
                用途: [家长课堂, 法治讲座]       # 可选：在这里开展什么

                """),
            ScaffoldFile(path: "content/volunteers/\(year)年注册人数.yaml", text: """
                # 志愿者注册人数（docs/records.md）：只公布人数；一人一行的登记表（姓名、注册日期、队伍）可用 Excel 另存为 CSV 放在这里。
                # 注册人数 ÷ site.yaml 的 population（常住人口）= 注册志愿者占比。
                登记:                            # 每行：日期或月份、人数（可写 队伍）
                  - 日期: \(year - 1)-12-31        # 往年累计
                    人数: 0
                  - 月份: \(month)                 # 这个月新注册的人数
                    人数: 0

                """),
            ScaffoldFile(path: "content/surveys/\(date)-满意度调查.md", text: """
                ---
                主题: 文明创建群众满意度调查      # 必填
                日期: \(date)                    # 必填
                样本数: 100                      # 可选：有效问卷份数
                满意率: 95%                      # 0—100 的百分比；也可写 知晓率、支持率、参与率，或在“结果:”下写任何名称
                ---
                （在这里写调查结果的说明。）

                """),
            ScaffoldFile(path: "content/incidents/\(year)年事件台账.yaml", text: """
                # 事件台账（docs/records.md）：网页只按月、按类别公布起数；当事人、地点和情况不公开，除非写“公开: 是”。
                # 也可以用 Excel 记（日期、类别、地点、当事人、情况、处理结果、公开），另存为 CSV 或直接放 .xlsx。
                事件:                            # 每行：日期或月份、类别、起数（默认 1）
                  - 月份: \(month)
                    类别: 纠纷                   # 案件 / 纠纷 / 上访 / 火情 / 安全事故 / 交通事故 / 其他
                    起数: 0

                """),
        ]
    }
}

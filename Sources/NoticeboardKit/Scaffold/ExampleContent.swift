/// The example files `init` writes: a filled-in `site.yaml` and one commented file of every content type.
///
/// Keys are the Chinese aliases staff type; every line carries a comment saying what it means and whether it is required.
struct ExampleContent {
    var name: String
    var baseURL: String?
    var date: LocalDate

    var committee: String { name.hasSuffix("居民委员会") || name.hasSuffix("居委会") ? name : name + "居民委员会" }
    var year: Int { date.year }
    var month: String { String(format: "%04d-%02d", date.year, date.month) }

    var siteYAML: String {
        let url = baseURL.map { "base_url: \(YAMLText.scalar($0))                 # 网站地址：订阅、二维码、站点地图要用" }
            ?? "# base_url: https://www.example.cn/          # 网站地址：填上后才有订阅链接、二维码和站点地图"
        return """
            # \(name)的社区资料（content/site.yaml）。“#”后面是说明，不影响内容；可选项不用时保留“#”即可。
            # 每一项的含义见 Noticeboard 的 docs/content.md。
            name: \(YAMLText.scalar(name))                 # 社区名称，必填
            committee: \(YAMLText.scalar(committee))       # 发布单位：通知落款、简报报头用
            # street_office: 某某街道                      # 所属街道
            # district: 某某区                             # 所属区
            # contact:                                    # 联系方式：显示在每页页脚和打印件上
            #   phone: 0000-0000 0000                     # 电话
            #   address: 某某路 1 号社区党群服务中心          # 地址
            #   hours: 周一至周五 8:30—17:30                # 办公时间
            #   email: office@example.cn                  # 邮箱
            \(url)
            language: zh-CN                               # 网页语言
            time_zone: Asia/Shanghai                      # 时区：按这里的“今天”判断通知是否过期
            # population: 5000                            # 常住人口：计算比例目标用
            # households: 1800                            # 户数
            # document_prefix: 某居                        # 文号前缀，如 某居公示〔2026〕1号
            raw_html: false                               # 是否保留 Markdown 里的 HTML（一般不要打开）
            rectified_retention_days: 30                  # 曝光台条目整改后继续公开的天数
            slogans:                                      # 标语：首页和显示屏轮播
              - 讲文明，树新风
              - 邻里互助，共建家园
            categories:                                   # 活动类别：台账里的“类别”要用这里的名称
            \(SiteProfile.defaultCategories.map { "  - " + $0 }.joined(separator: "\n"))
            display:                                      # 社区大厅显示屏
              interval: 15                                # 每屏停留秒数（至少 3）
              panels: [notices, honours, activities, festivals, boards, conventions, venues, slogans]   # 轮播的版块
              reload_minutes: 10                          # 每隔几分钟重新载入

            """
    }

    var noticePath: String { "content/notices/\(date)-欢迎访问社区公开栏.md" }
    var notice: String {
        """
        ---
        # 一则通知：两行“---”之间是通知的资料，下面是正文（Markdown）。文件名“日期-标题.md”决定网址。
        标题: \(YAMLText.scalar("欢迎访问\(name)公开栏"))             # 标题，必填
        类型: 通知                             # 通知 / 公告 / 公示 / 倡议书 / 一封信，必填
        日期: \(date)                         # 发布日期，必填：从这天起显示在首页
        截止日期: \(date.adding(days: 30))                     # 可选：过了这天移到“往期通知”
        置顶: false                            # 可选：true 时排在最前
        草稿: false                            # 可选：true 时只有 noticeboard build --drafts 才生成
        # 文号: 某居〔\(year)〕1号                # 可选：文号，印在打印件上
        # 落款: \(committee)                    # 可选：落款，默认是发布单位
        # 网址名: welcome                       # 可选：网址里的名字，默认取文件名
        # 公示:                                # 只有“公示”才需要：公示期
        #   开始: \(date)                     # 开始日期，默认是发布日期
        #   天数: 5                            # 公示天数（或写“结束: 日期”）
        #   联系人: 社区办公室 0000-0000 0000      # 受理意见的联系人和电话
        #   异议: 如有异议，请在公示期内到社区办公室反映   # 反映方式
        ---
        各位居民朋友：

        \(name)公开栏今天开通了。社区的通知、工作计划、活动台账、红黑榜和简报都会在这里公布，**手机上就能看**。

        有意见和建议，欢迎到社区办公室来谈。

        """
    }

    var planPath: String { "content/plans/\(year)-年度工作计划.md" }
    var plan: String {
        """
        ---
        # 年度工作计划：正文按“一、（一）1、（1）①”分级编号，直接从 Word 粘贴也可以。
        标题: \(YAMLText.scalar("\(year)年\(name)文明创建工作计划"))      # 标题，必填
        年度: \(year)                          # 计划年度，必填
        通过日期: \(date)                     # 可选：计划通过或印发的日期
        状态: 已印发                           # 已印发 / 草稿（草稿只在 build --drafts 时生成）
        # 目标:                                # 可选：可统计的目标，报表用台账来核对（见 docs/plans.md）
        #   - 编号: volunteer-service           # 目标的名字
        #     名称: 志愿服务活动                 # 目标内容
        #     任务: 1.2                         # 对应下面的（二）
        #     目标: 全年不少于 12 次
        #     计量: count                       # 按活动次数统计
        #     类别: 志愿服务                     # 统计台账中这一类别
        #     周期: year
        #     不少于: 12
        # 落款: \(committee)                    # 可选：落款，默认是发布单位
        ---
        为做好本年度文明社区创建工作，结合社区实际，制定本计划。

        一、工作目标

        （一）每月召开一次创建工作例会。

        （二）全年开展志愿服务活动不少于 12 次。

        二、主要任务

        （一）环境整治

        1、每季度组织一次楼道和公共区域清理。

        2、做好垃圾分类宣传和督导。

        （二）邻里互助

        1、建立独居老人结对帮扶名单，定期走访。

        三、保障措施

        社区居委会负责统筹，各网格员分片落实。

        """
    }

    var honourRollPath: String { "content/honours/\(year)-文明家庭.yaml" }
    var honourRoll: String {
        """
        # 红黑榜：一个文件一份名单。名单也可以放在旁边的 CSV 表格里（名单: 文件名.csv），表头用 姓名,楼栋,事迹。
        # 不要写身份证号；曝光台的照片要先打码。
        标题: \(year)年度文明家庭                # 标题，必填
        榜单: 光荣榜                           # 光荣榜（红榜）或 曝光台（黑榜），必填
        类别: 文明家庭                         # 类别，必填，如 最美家庭、身边好人、文明楼院
        年度: \(year)                          # 年度
        命名日期: \(date)                     # 命名（公布）日期
        期限: 2                                # 命名期限（年），期满自动下榜
        # 公示:                                # 可选：命名前的公示期
        #   开始: \(date)
        #   天数: 7
        #   联系人: 社区办公室 0000-0000 0000
        说明: 经居民推荐、居委会评议，以下家庭被评为本年度文明家庭。   # 可选：名单前的说明
        名单:                                  # 每户一项
          - 姓名: 张某某家庭                    # 姓名或家庭名称，必填
            楼栋: 1号楼                        # 楼栋或住址（只写到楼栋）
            事迹: 孝老爱亲，常年照顾卧床的老人。     # 事迹
          - 姓名: 李某某家庭
            楼栋: 3号楼
            事迹: 热心公益，带头参加楼道清扫。

        """
    }

    var ledgerPath: String { "content/ledger/\(year).yaml" }
    var ledger: String {
        """
        # 活动台账：每项活动一条，以“- 日期:”开始。也可以用 Excel 记台账，另存为 CSV 放在本文件夹，
        # 第一行是中文表头：日期,时间,活动名称,类别,地点,组织者,参与人数,志愿者人数,志愿服务时长,对应任务,照片,简介
        # 用 noticeboard new activity 标题 可以往当月的 CSV 表格里添一行。
        - 日期: \(date)                       # 活动日期，必填；晚于今天的活动显示为“预告”
          时间: "09:00-11:00"                   # 可选：时间段
          活动名称: 楼道环境大扫除               # 必填
          类别: 环境整治                        # 必填，用 site.yaml 里 categories 的名称
          地点: 社区各楼道                      # 可选
          组织者: 社区居委会                    # 可选
          参与人数: 20                          # 可选：参加的居民人数
          志愿者人数: 12                        # 可选
          志愿服务时长: 24                      # 可选：全体志愿者服务小时数合计
          # 对应任务: \(year)-年度工作计划#2.1     # 可选：对应工作计划里的任务（计划网址名#编号）
          # 照片: [media/大扫除.jpg]              # 可选：照片放在 content/media/
          简介: 志愿者和居民一起清理楼道杂物，张贴消防安全提示。   # 可选

        """
    }

    var bulletinPath: String { "content/bulletins/\(date)-第1期.md" }
    var bulletin: String {
        """
        ---
        # 工作简报：报头（标题、期号、日期）、正文、报送栏都由这里生成，可打印为 A4。
        期号: 第1期                            # 本年期号，必填
        总期号: 1                              # 可选：总期号
        日期: \(date)                         # 印发日期，必填
        标题: \(YAMLText.scalar("\(name)创建简报"))                   # 报头标题
        编辑: 社区办公室                        # 可选：编辑
        报送:                                  # 可选：报送栏，每行一项
          - 报：街道文明办
          - 送：社区各网格
        印数: 20                               # 可选：共印几份
        自动摘要: true                         # 可选：是否在列表里自动生成摘要
        ---
        ## 社区公开栏开通

        \(date.chinese)，\(name)公开栏正式开通，居民用手机就能查看社区通知和活动。

        """
    }

    var boardPath: String { "content/boards/社区宣传栏.yaml" }
    var board: String {
        """
        # 一块宣传栏（content/boards/）。每次更换时在“期”下面加一期；超过更换周期，构建时会提醒。格式见 docs/boards.md。
        名称: 社区宣传栏                                # 名称，默认为文件名
        地点: 社区党群服务中心门口                      # 在哪里
        类型: 宣传栏                                    # 宣传栏 / 黑板报 / 橱窗 / 阅报栏 / 公示栏 / 科普栏 / 电子屏
        尺寸: A3                                        # A3、A4 或 宽×高（厘米），如 120×80：打印版面按这个大小
        更换周期: 30                                    # 每多少天更换一次
        期:                                             # 各期，最新的写在哪里都可以；也可以写 CSV 文件名
          - 日期: \(date)                              # 这一期贴上去的日期，必填
            主题: 欢迎访问社区公开栏                    # 本期主题，必填
            通知: [欢迎访问社区公开栏]                  # 张贴的通知（网址名，即文件名去掉日期）；还可写 简报、红黑榜
            正文: |                                     # 本期自己的内容（Markdown），可不写
              扫描下方二维码，在手机上看社区通知。
            # 照片: [photos/宣传栏.jpg]                 # 本期版面的照片（放在 content/ 里）

        """
    }

    var conventionPath: String { "content/conventions/居民公约.md" }
    var convention: String {
        """
        ---
        标题: \(YAMLText.scalar(name + "居民公约"))                # 公约名称，必填
        日期: \(date)                                 # 通过或公布的日期
        # 落款: 居民代表会议                          # 默认为居委会
        ---
        为建设文明和谐的社区，经居民代表会议讨论通过，制定本公约。

        一、爱党爱国，遵纪守法。
        二、尊老爱幼，邻里和睦。
        三、垃圾分类，爱护环境。
        四、文明养犬，出门拴绳。
        五、不高空抛物，不占消防通道。

        本公约自公布之日起施行。

        """
    }
}

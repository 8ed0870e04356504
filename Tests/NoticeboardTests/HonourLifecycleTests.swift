import Testing
@testable import NoticeboardKit

@Suite("Honour roll lifecycle")
struct HonourLifecycleTests {
    static let publicityRoll = """
    标题: 最美家庭
    榜单: red
    类别: 最美家庭
    年度: 2026
    公示:
      开始: 2026-11-16
      结束: 2026-11-22
      联系人: 刘老师 0571-8800 1234
      异议: 向社区居委会书面反映
    期限: 2
    名单:
      - 姓名: 王建国家庭
        楼栋: 3 幢
    """

    func roll(_ yaml: String) throws -> HonourRoll {
        let (roll, diagnostics) = HonourRollParser.parse(SourceFile(path: "content/honours/r.yaml", text: yaml)) { _ in nil }
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics)")
        return try roll.unwrap()
    }

    func day(_ s: String) -> LocalDate { try! LocalDate.parse(s).get() }

    @Test(arguments: [
        ("2026-11-15", RollState.nominated), ("2026-11-16", .inPublicity), ("2026-11-22", .inPublicity),
        ("2026-11-23", .current), ("2028-11-22", .current), ("2028-11-23", .expired),
    ])
    func publicityThenTermThenPast(date: String, state: RollState) throws {
        #expect(try roll(Self.publicityRoll).state(on: day(date)) == state)
    }

    @Test(arguments: [("2026-11-22", RollState.inPublicity), ("2026-11-23", .awaitingConfirmation)])
    func nominatedRollWaitsForNamingAfterPublicity(date: String, state: RollState) throws {
        #expect(try roll(Self.publicityRoll + "\n状态: 拟命名").state(on: day(date)) == state)
    }

    @Test(arguments: [("2026-06-30", RollState.nominated), ("2026-07-01", .current), ("2026-12-31", .current), ("2027-01-01", .expired)])
    func announcedRollWithTermUntil(date: String, state: RollState) throws {
        let yaml = "title: 文明楼院\nlist: red\ncategory: 文明楼院\nyear: 2026\nannounced: 2026-07-01\nterm:\n  until: 2026-12-31\nentries:\n  - name: 6 幢\n"
        #expect(try roll(yaml).state(on: day(date)) == state)
    }

    @Test(arguments: [("2026-09-09", RollState.current), ("2026-09-10", .revoked), ("2030-01-01", .revoked)])
    func revokedRollIsNeverCurrentFromItsDate(date: String, state: RollState) throws {
        let yaml = "title: 诚信示范店\nlist: red\ncategory: 诚信示范店\nyear: 2025\nannounced: 2025-12-20\nterm: 2\n撤销:\n  日期: 2026-09-10\n  原因: 销售过期食品\nentries:\n  - 名称: 便民超市\n"
        let r = try roll(yaml)
        #expect(r.status == .revoked)
        #expect(r.state(on: day(date)) == state)
    }

    @Test(arguments: [("2026-08-14", false), ("2026-08-15", true)])
    func revokedEntryFromItsDate(date: String, revoked: Bool) throws {
        let yaml = "title: 五好\nlist: red\ncategory: 五好文明家庭\nyear: 2026\nannounced: 2026-07-01\nterm: 2\nentries:\n  - name: 黄家\n    撤销日期: 2026-08-15\n    撤销原因: 违规搭建\n"
        #expect(try roll(yaml).red[0].isRevoked(on: day(date)) == revoked)
    }

    @Test(arguments: [("2026-12-07", true), ("2026-12-08", false)])
    func rectifiedBlackEntryLeavesAfterRetention(date: String, visible: Bool) throws {
        let yaml = "title: 曝光台\nlist: black\ncategory: 曝光\nyear: 2026\nannounced: 2026-10-01\nentries:\n  - 行为: 楼道充电\n    日期: 2026-11-06\n    整改日期: 2026-11-08\n  - 行为: 占用通道\n"
        let r = try roll(yaml)
        #expect(r.black[0].isVisible(on: day(date), retentionDays: 30) == visible)
        #expect(r.black[1].isVisible(on: day(date), retentionDays: 30))
    }

    @Test(arguments: [("2026-11-15", nil), ("2026-11-16", Currency.current), ("2026-11-22", .current), ("2026-11-23", .archived)])
    func rollInPublicityProducesItsNotice(date: String, currency: Currency?) throws {
        let notice = try roll(Self.publicityRoll).publicityNotice(on: day(date))
        #expect(notice?.currency(on: day(date)) == currency)
        if let notice {
            #expect(notice.kind == .publicity)
            #expect(notice.publicity?.contact == "刘老师 0571-8800 1234")
        }
    }

    @Test func publicityShowsOnTheHomePageAndTheRollPage() throws {
        let site = try TestSite(["content/honours/2026-最美家庭.yaml": Self.publicityRoll])
        defer { site.remove() }
        let result = site.build(date: "2026-11-20")
        #expect(result.errorCount == 0, "\(result.lines)")
        let page = try #require(site.read("honours/2026-最美家庭/index.html"))
        #expect(page.contains("公示中"))
        #expect(page.contains("距公示结束还有 <strong>3</strong> 天"))
        let notice = try #require(site.read("notices/2026-最美家庭-公示/index.html"))
        #expect(notice.contains("王建国家庭"))
        #expect(notice.contains("向社区居委会书面反映"))
        let home = try #require(site.read("index.html"))
        let publicity = try #require(home.range(of: "正在公示"))
        #expect(home[publicity.upperBound...].contains("最美家庭公示"))
        let honours = try #require(site.read("honours/index.html"))
        #expect(honours.contains("公示中，还剩 3 天"))
    }

    @Test func revokedRollShowsDateAndReasonAndIsNotListedAsCurrent() throws {
        let yaml = "title: 诚信示范店\nlist: red\ncategory: 诚信示范店\nyear: 2025\nannounced: 2025-12-20\nterm: 2\nrevoked:\n  date: 2026-09-10\n  reason: 销售过期食品\nentries:\n  - name: 便民超市\n"
        let site = try TestSite(["content/honours/shop.yaml": yaml])
        defer { site.remove() }
        #expect(site.build().errorCount == 0)
        let page = try #require(site.read("honours/shop/index.html"))
        #expect(page.contains("2026年9月10日"))
        #expect(page.contains("销售过期食品"))
        let index = try #require(site.read("honours/index.html"))
        let past = try #require(index.range(of: "往届与已撤销"))
        #expect(index[past.upperBound...].contains("诚信示范店"))
        #expect(!index[..<past.lowerBound].contains("诚信示范店"))
        #expect(!(try #require(site.read("index.html"))).contains("便民超市"))
    }

    @Test func redRollWithoutTermWarns() throws {
        let (_, d) = HonourRollParser.parse(SourceFile(path: "content/honours/r.yaml", text: "title: t\nlist: red\ncategory: c\nyear: 2026\nannounced: 2026-01-01\nentries:\n  - name: 甲\n")) { _ in nil }
        #expect(d.contains { $0.key == "honour.term-missing" && $0.severity == .warning })
    }
}

import Foundation
import Testing
@testable import NoticeboardKit

/// `noticeboard init` and `noticeboard new`: the files they write, that they build, and that they never overwrite.
@Suite("Scaffold: init and new")
struct ScaffoldTests {
    static let day = try! LocalDate.parse("2026-11-25").get()

    func emptyFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("nb-init-\(UUID().uuidString)").path
    }

    func build(_ root: String, date: String = "2026-11-25") -> BuildResult {
        let options = BuildOptions(siteRoot: root, outputRoot: root + "/public", date: .explicit(try! LocalDate.parse(date).get()))
        return BuildPipeline(options: options, log: .silent).run()
    }

    func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func initWritesASiteThatBuildsAtOnce() throws {
        let root = emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try SiteScaffold(name: "某某社区", baseURL: "https://x.example.cn", date: Self.day).write(into: root)
        #expect(files.map(\.path).contains("content/site.yaml"))
        for folder in ["notices", "plans", "honours", "ledger", "bulletins"] {
            #expect(files.contains { $0.path.hasPrefix("content/\(folder)/") }, "no example in \(folder)/")
        }
        #expect(!FileManager.default.fileExists(atPath: root + "/templates"))
        let result = build(root)
        #expect(result.errorCount == 0, "\(result.lines)")
        #expect(result.warningCount == 0, "\(result.lines)")
        let home = try #require(text(root + "/public/index.html"))
        #expect(home.contains("欢迎访问某某社区公开栏"))
        let site = try #require(text(root + "/content/site.yaml"))
        #expect(site.contains("name: 某某社区 "))
        #expect(site.contains("committee: 某某社区居民委员会"))
        #expect(site.contains("base_url: \"https://x.example.cn\""))
    }

    @Test func everyExampleKeyHasAComment() throws {
        let files = SiteScaffold(name: "某某社区", date: Self.day).files
        let keyLine = try NSRegularExpression(pattern: "^[^#\\s-][^:]*:( |$)")
        for file in files where file.path.hasPrefix("content/") && !file.path.hasSuffix(".gitkeep") {
            var inHeader = !file.path.hasSuffix(".md")
            for line in file.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                if line == "---" { inHeader.toggle(); continue }
                guard inHeader, keyLine.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil else { continue }
                #expect(line.contains(" # "), "\(file.path): no comment on “\(line)”")
            }
        }
    }

    @Test func initRefusesToOverwriteAndWritesNothing() throws {
        let root = emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try "mine\n".write(toFile: root + "/.gitignore", atomically: true, encoding: .utf8)
        #expect {
            try SiteScaffold(name: "某某社区", date: Self.day).write(into: root)
        } throws: { error in
            (error as? ScaffoldError)?.message.contains("\n  .gitignore") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == [".gitignore"])
        #expect(text(root + "/.gitignore") == "mine\n")
    }

    @Test func withTemplatesCopiesTheBuiltinThemeAndStillBuilds() throws {
        let root = emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try SiteScaffold(name: "某某社区", withTemplates: true, date: Self.day).write(into: root)
        for (name, body) in BuiltinTheme.files {
            #expect(text(root + "/templates/" + name) == body, "templates/\(name)")
        }
        #expect(build(root).errorCount == 0)
    }

    @Test func oddNamesAreQuotedInSiteYAML() throws {
        let root = emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try SiteScaffold(name: "新村: #3 \"东\"区", date: Self.day).write(into: root)
        let result = build(root)
        #expect(result.errorCount == 0, "\(result.lines)")
        #expect(text(root + "/public/index.html")?.contains("新村: #3 &quot;东&quot;区") == true)
        #expect(throws: ScaffoldError.self) { try SiteScaffold(name: " ", date: Self.day).validate() }
        #expect(throws: ScaffoldError.self) { try SiteScaffold(name: "某某社区", baseURL: "x.example.cn", date: Self.day).validate() }
    }

    @Test func workflowsAreYAMLAndRunTheDocumentedCommands() throws {
        let files = SiteScaffold(name: "某某社区", date: Self.day, toolRepository: "https://git.example.cn/noticeboard.git").files
        let github = try #require(files.first { $0.path == ".github/workflows/noticeboard.yml" }).text
        let gitlab = try #require(files.first { $0.path == ".gitlab-ci.yml" }).text
        let githubValue = try #require(try YAMLValue.parse(github, path: "noticeboard.yml").get())
        let gitlabValue = try #require(try YAMLValue.parse(gitlab, path: ".gitlab-ci.yml").get())

        // GitHub: one build job whose steps install the Debian packages, check with annotations, build and upload public/.
        let steps = try #require(githubValue["jobs"]?["build"]?["steps"]?.sequence)
        let runs = steps.compactMap { $0["run"]?.string }
        let uses = steps.compactMap { $0["uses"]?.string }
        #expect(runs.contains("noticeboard check --format github"))
        #expect(runs.contains { $0.hasPrefix("noticeboard build") })
        #expect(uses.contains("actions/upload-pages-artifact@v3"))
        #expect(githubValue["jobs"]?["deploy"]?["steps"]?.sequence?.first?["uses"]?.string == "actions/deploy-pages@v4")
        #expect(githubValue["env"]?["NOTICEBOARD_REPOSITORY"]?.string == "https://git.example.cn/noticeboard.git")

        // GitLab: the job must be called pages and keep public/ as its artifact.
        let pages = try #require(gitlabValue["pages"])
        #expect(pages["artifacts"]?["paths"]?.sequence?.compactMap(\.string) == ["public"])
        #expect(pages["script"]?.sequence?.compactMap(\.string).contains { $0.hasPrefix("noticeboard build") } == true)
        #expect(pages["script"]?.sequence?.compactMap(\.string).contains("noticeboard check") == true)

        // Both install what scripts/install-dependencies installs, and run commands the README documents.
        let script = try #require(text(repositoryRoot + "/scripts/install-dependencies"))
        let packagesLine = try #require(script.split(separator: "\n").first { $0.hasPrefix("packages=(") })
        for package in packagesLine.dropFirst("packages=(".count).dropLast().split(separator: " ") {
            #expect(github.contains(package) && gitlab.contains(package), "\(package) not installed by CI")
        }
        let readme = try #require(text(repositoryRoot + "/README.md"))
        #expect(readme.contains("noticeboard check [--source DIR]") && readme.contains("--format text|github|json"))
        #expect(readme.contains("noticeboard build [--source DIR]"))
    }

    @Test func initAndNewFromTheCommandLine() throws {
        let root = emptyFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let epoch = ["SOURCE_DATE_EPOCH": "1795521600"]   // 2026-11-24 20:00 in Shanghai
        let created = try CommandLineTests.run(["init", root, "--name", "某某社区", "--tool-repository", "https://git.example.cn/nb.git"], environment: epoch)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: root + "/content/notices/2026-11-24-欢迎访问社区公开栏.md"))
        #expect(text(root + "/.gitlab-ci.yml")?.contains("NOTICEBOARD_REPOSITORY: \"https://git.example.cn/nb.git\"") == true)
        let again = try CommandLineTests.run(["init", root, "--name", "某某社区"], environment: epoch)
        #expect(again.status == 1 && again.stderr.contains("content/site.yaml"))

        let notice = try CommandLineTests.run(["new", "notice", "停水通知", "--source", root, "--date", "2026-11-30"])
        #expect(notice.status == 0 && notice.stdout == "content/notices/2026-11-30-停水通知.md\n", "\(notice.stderr)")
        #expect(try CommandLineTests.run(["new", "notice", "停水通知", "--source", root, "--date", "2026-11-30"]).status == 1)
        let activity = try CommandLineTests.run(["new", "activity", "义诊", "--source", root, "--category", "健康教育"], environment: epoch)
        #expect(activity.stdout == "content/ledger/2026-11.csv\n", "\(activity.stderr)")
        let bulletin = try CommandLineTests.run(["new", "bulletin", "第二期", "--source", root], environment: epoch)
        #expect(text(root + "/" + bulletin.stdout.trimmingCharacters(in: .newlines))?.contains("期号: 第2期") == true)
        #expect(try CommandLineTests.run(["new", "poster", "x", "--source", root]).status == 2)
        #expect(try CommandLineTests.run(["new", "notice", "x", "--source", root + "/content"]).status == 1)
        #expect(try CommandLineTests.run(["build", "--source", root, "--output", root + "/public"], environment: epoch).status == 0)
    }

    // MARK: new

    @Test func newNoticeIsDatedNamedAndBuilds() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let stub = ContentStub(kind: .notice, title: "停水 通知/紧急", date: Self.day, chinese: true)
        #expect(stub.file.path == "content/notices/2026-11-25-停水-通知紧急.md")
        #expect(stub.file.text.hasPrefix("---\n标题: 停水 通知/紧急\n类型: 通知"))
        try ScaffoldWriter.write([stub.file], into: site.root)
        #expect(throws: ScaffoldError.self) { try ScaffoldWriter.write([stub.file], into: site.root) }
        let result = site.build(date: "2026-11-25")
        #expect(result.errorCount == 0, "\(result.lines)")
        #expect(site.read("notices/停水-通知紧急/index.html")?.contains("停水 通知/紧急") == true)
    }

    @Test func newFilesOfEveryKindHaveChineseOrEnglishKeys() throws {
        for kind in [ContentKind.notice, .plan, .roll, .bulletin] {
            let zh = ContentStub(kind: kind, title: "标题", date: Self.day, chinese: true).file
            let en = ContentStub(kind: kind, title: "标题", date: Self.day, chinese: false).file
            #expect(zh.path.hasPrefix("content/\(kind.folder)/2026-11-25-标题."))
            #expect(zh.text.contains("标题: 标题") && zh.text.contains("2026"))
            #expect(en.text.contains("title: 标题"))
            // The header is YAML either way.
            let header = zh.path.hasSuffix(".md") ? String(zh.text.dropFirst(4).components(separatedBy: "\n---\n")[0]) : zh.text
            #expect((try? YAMLValue.parse(header, path: zh.path).get()) != nil, "\(zh.path)")
        }
        #expect(ContentStub(kind: .plan, title: "计划", date: Self.day, chinese: true).file.text.contains("年度: 2026"))
    }

    @Test func briefingsAreNumberedAfterTheHighestIssue() {
        #expect(ContentStub.nextIssue(in: []) == 1)
        #expect(ContentStub.nextIssue(in: ["---\n期号: 第3期\n---\n", "---\nissue: \"第12期\"\n---\n", "总期号: 40\n"]) == 13)
        #expect(ContentStub(kind: .bulletin, title: "x", date: Self.day, chinese: true, issue: 13).file.text.contains("期号: 第13期"))
    }

    // MARK: new activity

    @Test func newActivityCreatesTheMonthsCSVWithChineseHeader() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let appender = LedgerRowAppender(siteRoot: site.root, chinese: true)
        let (path, created) = try appender.append(.init(date: Self.day, title: "楼道清扫, 第二次", category: "环境整治"))
        #expect(path == "content/ledger/2026-11.csv" && created)
        let bytes = try #require(FileManager.default.contents(atPath: site.root + "/" + path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self)
            == "日期,时间,活动名称,类别,地点,组织者,参与人数,志愿者人数,志愿服务时长,对应任务,照片,简介\r\n2026-11-25,,\"楼道清扫, 第二次\",环境整治,,,,,,,,\r\n")
        // The next one goes into the same file.
        let second = try appender.append(.init(date: Self.day.adding(days: 2), title: "义诊", category: "健康教育", place: "党群服务中心"))
        #expect(second.path == path && !second.created)
        let text = String(decoding: try #require(FileManager.default.contents(atPath: site.root + "/" + path)).dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n2026-11-27,,义诊,健康教育,党群服务中心,,,,,,,\r\n"))
    }

    @Test func newActivityKeepsGB18030AndCRLF() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        let original = "活动名称,日期,类别,参与人数\r\n重阳节慰问,2026-10-29,我们的节日,30\r\n"
        try site.write("content/ledger/2026年11月台账.csv", bytes: try TextEncoding.encode(original, as: .gb18030))
        try site.write("content/ledger/2026-10.csv", "日期,活动名称,类别\n2026-10-01,国庆升旗,我们的节日\n")
        let (path, created) = try LedgerRowAppender(siteRoot: site.root, chinese: true).append(.init(date: Self.day, title: "消防演练", category: "平安创建"))
        #expect(path == "content/ledger/2026年11月台账.csv" && !created)
        let bytes = Array(try #require(FileManager.default.contents(atPath: site.root + "/" + path)))
        guard case .success(let (text, encoding)) = TextDecoding.decodeUTF8OrGB18030(bytes) else { Issue.record("undecodable"); return }
        #expect(encoding == .gb18030)
        #expect(text == original + "消防演练,2026-11-25,平安创建,\r\n")
    }

    @Test func newActivityFindsTheFileByItsDatesAndKeepsLF() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/ledger/台账.csv", "日期,活动名称,类别\n2026-11-02,升旗,我们的节日")
        try site.write("content/ledger/旧台账.csv", "日期,活动名称,类别\n2026-10-02,升旗,我们的节日\n")
        let (path, _) = try LedgerRowAppender(siteRoot: site.root, chinese: true).append(.init(date: Self.day, title: "义诊", category: "健康教育"))
        #expect(path == "content/ledger/台账.csv")
        #expect(site.readSource(path) == "日期,活动名称,类别\n2026-11-02,升旗,我们的节日\n2026-11-25,义诊,健康教育\n")
    }

    @Test func newActivityRefusesACSVWithoutItsColumns() throws {
        let site = try TestSite([:])
        defer { site.remove() }
        try site.write("content/ledger/2026-11.csv", "姓名,楼栋\n张三,1号楼\n")
        #expect(throws: ScaffoldError.self) {
            try LedgerRowAppender(siteRoot: site.root, chinese: true).append(.init(date: Self.day, title: "义诊", category: "健康教育"))
        }
        #expect(site.readSource("content/ledger/2026-11.csv") == "姓名,楼栋\n张三,1号楼\n")
    }

    @Test func newReadsTheSiteLanguage() throws {
        let zh = try TestSite([:])
        let en = try TestSite([:], siteYAML: "name: Greenfield\nlanguage: en\n")
        defer { zh.remove(); en.remove() }
        #expect(SiteLanguage.isChinese(try SiteLanguage.profile(siteRoot: zh.root)))
        #expect(!SiteLanguage.isChinese(try SiteLanguage.profile(siteRoot: en.root)))
        #expect(throws: ScaffoldError.self) { try SiteLanguage.profile(siteRoot: zh.root + "/content") }
    }
}

extension TestSite {
    /// A source file's text as it is on disk.
    func readSource(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension YAMLValue {
    /// The value under a mapping key, for reading generated YAML in tests.
    subscript(key: String) -> YAMLValue? {
        mapping?.first { $0.key.string == key }?.value
    }
}

import ArgumentParser
import Foundation
import NoticeboardKit

extension ContentKind: ExpressibleByArgument {}

/// `noticeboard new KIND TITLE`: starts a dated file of that kind (or a ledger row for an activity) and prints its path.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "新建一篇内容：notice、plan、roll、activity、bulletin、board、convention、team、venue、volunteer、survey、incident (start a new file)"
    )

    @Argument(help: "类型：notice（通知）、plan（计划）、roll（红黑榜）、activity（台账活动）、bulletin（简报）、board（宣传栏）、convention（公约）、team（队伍）、venue（服务场所）、volunteer（志愿者人数）、survey（调查）、incident（事件台账）")
    var kind: ContentKind

    @Argument(help: "标题 (title)")
    var title: String

    @Option(name: .long, help: "站点文件夹（含 content/）(site folder)")
    var source: String = "."

    @Option(name: .long, help: "日期 YYYY-MM-DD；默认取 SOURCE_DATE_EPOCH，否则今天 (date)")
    var date: String?

    @Option(name: .long, help: "活动类别，仅用于 activity；默认为 site.yaml 的第一个类别 (activity category)")
    var category: String?

    @Option(name: .long, help: "活动地点，仅用于 activity (activity place)")
    var place: String?

    func validate() throws {
        if let date, case .failure = LocalDate.parse(date) {
            throw ValidationError("--date 应为存在的日期，如 2026-11-20 (got '\(date)')")
        }
        if kind != .activity, category != nil || place != nil {
            throw ValidationError("--category 和 --place 只用于 new activity")
        }
    }

    func run() throws {
        do {
            let profile = try SiteLanguage.profile(siteRoot: source)
            let chinese = SiteLanguage.isChinese(profile)
            let day = BuildDateSource.from(option: date.flatMap { try? LocalDate.parse($0).get() }, environment: ProcessInfo.processInfo.environment)
                .resolve(in: profile.timeZone)
            try ContentStub(kind: kind, title: title, date: day, chinese: chinese).validate()
            if kind == .activity {
                let chosen = category ?? profile.categories.first ?? ""
                if !profile.categories.contains(chosen) {
                    FileHandle.standardError.write(Data("注意：类别“\(chosen)”不在 site.yaml 的 categories 里 (category not in site.yaml)\n".utf8))
                }
                let row = LedgerRowAppender.Row(date: day, title: title, category: chosen, place: place)
                let (path, _) = try LedgerRowAppender(siteRoot: source, chinese: chinese).append(row)
                print(path)
                return
            }
            let issue = kind == .bulletin ? ContentStub.nextIssue(in: bulletinTexts()) : 1
            let stub = ContentStub(kind: kind, title: title, date: day, chinese: chinese, issue: issue)
            let file = stub.file
            try ScaffoldWriter.write([file], into: source)
            print(file.path)
        } catch let error as ScaffoldError {
            FileHandle.standardError.write(Data((error.message + "\n").utf8))
            throw ExitCode(1)
        }
    }

    /// The existing briefings' texts, to number the new one.
    func bulletinTexts() -> [String] {
        let folder = source + "/content/bulletins"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().compactMap {
            FileManager.default.contents(atPath: folder + "/" + $0).map { String(decoding: $0, as: UTF8.self) }
        }
    }
}

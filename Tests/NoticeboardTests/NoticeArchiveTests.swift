import Testing
@testable import NoticeboardKit

/// The notices index lists the newest 50 current notices and links older ones by year; the archive lists years with
/// their archived notices, each year on its own page (so one edit re-renders one year's list, not every notice).
@Suite("Notice index and archive by year")
struct NoticeArchiveTests {
    static func notice(_ title: String, date: String, expires: String? = nil) -> String {
        "---\n标题: \(title)\n类型: 通知\n日期: \(date)\n" + (expires.map { "截止日期: \($0)\n" } ?? "") + "---\n正文。\n"
    }

    @Test func indexShowsTheNewestFiftyAndArchiveIsByYear() throws {
        var files: [String: String] = [:]
        // 53 current notices: 50 in 2026, 3 in 2025 (the oldest, beyond the index's 50).
        for i in 1...50 { files["content/notices/n\(i).md"] = Self.notice("第\(i)号通知", date: "2026-10-\(String(format: "%02d", (i % 28) + 1))") }
        for i in 1...3 { files["content/notices/old\(i).md"] = Self.notice("去年第\(i)号通知", date: "2025-03-0\(i)") }
        // Two archived notices of 2024.
        files["content/notices/a1.md"] = Self.notice("二〇二四年停水", date: "2024-05-01", expires: "2024-05-10")
        files["content/notices/a2.md"] = Self.notice("二〇二四年停电", date: "2024-06-01", expires: "2024-06-10")
        let site = try TestSite(files)
        defer { site.remove() }
        let result = site.build()
        #expect(result.errorCount == 0, "\(result.lines)")

        let index = try #require(site.read("notices/index.html"))
        #expect(index.components(separatedBy: "class=\"card notice-card").count - 1 == NoticePages.indexLimit)
        #expect(!index.contains("去年第1号通知"))
        #expect(index.contains("还有 3 篇较早的有效通知"))
        #expect(index.contains("href=\"../notices/archive/2025/index.html\">2025年</a>"))
        #expect(index.contains("往期通知（2 篇）"))

        let archive = try #require(site.read("notices/archive/index.html"))
        #expect(archive.contains("href=\"../../notices/archive/2024/index.html\">2024年</a>（2 篇）"))
        #expect(!archive.contains("2025年"))
        let year2024 = try #require(site.read("notices/archive/2024/index.html"))
        #expect(year2024.contains("二〇二四年停水") && year2024.contains("二〇二四年停电"))
        let year2025 = try #require(site.read("notices/archive/2025/index.html"))
        #expect(year2025.contains("去年第3号通知"))
    }
}

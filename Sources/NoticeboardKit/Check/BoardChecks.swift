/// Checks on publicity boards: two boards with one page name, posted items that do not exist, photos and the
/// issue's Markdown; and, at the build date, boards past their rotation.
public enum BoardChecks {
    public static func check(_ parsed: ParsedContent, media: Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let allowsRawHTML = parsed.profile?.allowsRawHTML ?? false
        let notices = Set(parsed.notices.map(\.slug) + parsed.honours.map { Route.publicityNoticeSlug($0.slug) })
        let bulletins = Set(parsed.bulletins.map(\.slug))
        let rolls = Set(parsed.honours.map(\.slug))
        var slugs: [String: PublicityBoard] = [:]
        for board in parsed.boards.sorted(by: { $0.source < $1.source }) {
            if let first = slugs[board.slug] {
                diagnostics.append(.error(board.source, "网址名“\(board.slug)”与 \(first.source.path) 重复，两块宣传栏会写到同一个页面 (duplicate slug: both map to boards/\(board.slug)/)", key: "slug.duplicate"))
            } else {
                slugs[board.slug] = board
            }
            var seenDates: [LocalDate: SourceLocation] = [:]
            for issue in board.issues.reversed() {
                if let first = seenDates[issue.date] {
                    diagnostics.append(.warning(issue.location, "\(issue.date) 已有一期（第 \(first.line) 行），同一天两期只显示后写的一期 (two issues on one day)", key: "board.issue-repeat"))
                }
                seenDates[issue.date] = issue.location
                for link in issue.links {
                    let (known, label, folder): (Set<String>, String, String) = switch link.target {
                    case .notice: (notices, "通知", "notices")
                    case .bulletin: (bulletins, "简报", "bulletins")
                    case .roll: (rolls, "红黑榜", "honours")
                    }
                    if !known.contains(link.slug) {
                        diagnostics.append(.error(link.location, "找不到\(label)“\(link.slug)”（content/\(folder)/ 里的网址名或文件名）\(Suggestion.hint(for: link.slug, in: known.sorted())) (posted \(link.target.rawValue) does not exist)", key: "board.link-missing"))
                    }
                }
                for (photo, location) in zip(issue.photos, issue.photoLocations) {
                    switch MediaReference.resolve(photo, from: board.source.path, media: media) {
                    case .media: continue
                    case .external:
                        diagnostics.append(.error(location, "照片应是 content/ 里的文件，不能是网址：\(photo) (board photo must be a file under content/)", key: "board.photo"))
                    case .missing(let path):
                        diagnostics.append(.error(location, "照片不存在：\(photo)（查找 content/\(path)）(photo not found)", key: "media.missing"))
                    case .outside:
                        diagnostics.append(.error(location, "引用的文件在 content/ 之外：\(photo) (reference points outside content/)", key: "media.outside"))
                    case .absolute:
                        diagnostics.append(.error(location, "请用相对路径引用图片，不能用绝对路径：\(photo) (absolute path refused)", key: "media.absolute"))
                    }
                }
                if let body = issue.body {
                    diagnostics += BodyChecks.checkValue(body, at: issue.bodyLocation ?? issue.location, media: media, allowsRawHTML: allowsRawHTML)
                }
            }
        }
        return diagnostics
    }

    /// A board whose current issue is older than its rotation at `date`: a warning at the rotation line.
    public static func overdue(_ boards: [PublicityBoard], on date: LocalDate) -> [Diagnostic] {
        boards.compactMap { board in
            guard board.isOverdue(on: date), let days = board.daysSinceChange(on: date), let rotation = board.rotationDays else { return nil }
            return .warning(board.rotationLocation, "\(board.name)上次更换已\(days)天，应每\(rotation)天更换 (board overdue for rotation: last changed \(days) days ago, every \(rotation) days)", key: "board.overdue")
        }
    }
}

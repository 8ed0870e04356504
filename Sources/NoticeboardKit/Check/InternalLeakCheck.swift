/// Proves that nothing of an internal checklist reaches the public output: no page or file under its folder, and no
/// link to it in any public page, the sitemap or the feed (Pagefind indexes only the public folder's pages).
public enum InternalLeakCheck {
    public static func check(_ files: [OutputFile], checklists: [Checklist]) -> [Diagnostic] {
        let hidden = checklists.filter { !$0.isPublic }
        guard !hidden.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for c in hidden {
            let folder = Route.checklist(c.slug).path
            // The folder as pages link to it (percent-encoded) and as written in the sitemap or a feed.
            let needles = Set([folder, URLPath.encode(folder)]).map { Array($0.utf8) }
            for f in files {
                let leaked = f.path.hasPrefix(folder) || (MediaUse.isText(f.path) && needles.contains { contains(f.bytes, $0) })
                if leaked {
                    diagnostics.append(.error(c.source, "内部测评资料出现在公开输出中：\(f.path)（公开: 否 的测评体系只能写入内部文件夹）(internal checklist leaked into the public output)", key: "privacy.internal-leak"))
                }
            }
        }
        return diagnostics
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, Array(haystack[i..<(i + needle.count)]) == needle { return true }
            i += 1
        }
        return false
    }
}

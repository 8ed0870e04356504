import Foundation

/// Notices changes under `content/` and `templates/` by polling names, sizes and modification times (portable, no
/// inotify); a change is reported once.
final class SiteWatcher: @unchecked Sendable {
    let roots: [String]
    private var last: [String: String]

    init(siteRoot: String) {
        roots = [siteRoot + "/content", siteRoot + "/templates"]
        last = [:]
        last = scan()
    }

    func changed() -> Bool {
        let now = scan()
        defer { last = now }
        return now != last
    }

    private func scan() -> [String: String] {
        var result: [String: String] = [:]
        for root in roots {
            guard let e = FileManager.default.enumerator(atPath: root) else { continue }
            while let p = e.nextObject() as? String {
                var st = stat()
                guard stat(root + "/" + p, &st) == 0 else { continue }
                result[root + "/" + p] = "\(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_mode)"
            }
        }
        return result
    }
}

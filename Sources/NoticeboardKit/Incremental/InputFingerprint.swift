import Foundation

/// Fingerprints of a build's inputs, to tell which page groups must be rendered again.
///
/// A group's key mixes the shared inputs every page reads (templates, `site.yaml`, build date, options, media list,
/// navigation, the values the privacy guard protects, the tool itself) with the answers to the `SiteQuery`s the group
/// recorded while it rendered: which records, and the bytes of the files they came from.
public final class InputFingerprint: @unchecked Sendable {
    private var fileHashes: [String: UInt64] = [:]
    public private(set) var shared: UInt64 = 0
    private let lock = NSLock()
    private var answers: [SiteQuery: UInt64] = [:]
    private var index: SiteIndex?
    private var byHash: [String: SiteQuery]?

    public init(loaded: LoadedSite, options: BuildOptions, buildDate: LocalDate, sections: [String], privateValues: [String] = []) {
        var h = StableHash()
        for file in loaded.files {
            var f = StableHash()
            f.add(file.text)
            fileHashes[file.path] = f.value
        }
        for t in loaded.templates.sorted(by: { $0.name < $1.name }) { h.add(t.name); h.add(t.text) }
        h.add(fileHashes["content/site.yaml"] ?? 0)
        h.add(buildDate.description)
        h.add(options.includeDrafts ? "drafts" : "-")
        h.add(options.baseURL ?? "-")
        for m in loaded.media.sorted() { h.add(m) }
        for s in sections { h.add(s) }
        for v in privateValues.sorted() { h.add(v) }
        h.add(NoticeboardVersion.current)
        h.add(Self.toolIdentity)
        shared = h.value
    }

    /// The built-in theme and the running binary (size and modification time), so a rebuilt tool renders everything.
    static let toolIdentity: UInt64 = {
        var h = StableHash()
        for (name, text) in BuiltinTheme.files.sorted(by: { $0.key < $1.key }) { h.add(name); h.add(text) }
        var st = stat()
        if stat("/proc/self/exe", &st) == 0 {
            h.add(UInt64(st.st_size))
            h.add(UInt64(st.st_mtim.tv_sec))
            h.add(UInt64(st.st_mtim.tv_nsec))
        }
        return h.value
    }()

    /// The key of a group that asked `queries`: equal keys mean equal output.
    func key(id: String, queries: [SiteQuery], site: Site) -> UInt64 {
        var h = StableHash()
        h.add(shared)
        h.add(id)
        // Queries are stored sorted (RenderCache), so the key does not depend on the order they were asked in.
        for q in queries {
            h.add(q.name)
            h.add(answer(q, site: site))
        }
        return h.value
    }

    /// The queries a state file recorded, named by their hashes; nil when one of them names nothing the site has now.
    func queries(hashed: [String], site: Site) -> [SiteQuery]? {
        let known = lock.withLock { () -> [String: SiteQuery] in
            if let byHash { return byHash }
            var all: [SiteQuery] = [.notices, .noticeYears, .noticeIndex(limit: NoticePages.indexLimit), .plans, .honours, .ledger, .bulletins]
            all += site.notices.map { .notice($0.slug) } + Set(site.notices.map(\.date.year)).map { .noticesOfYear($0) }
            all += site.plans.map { .plan($0.slug) } + site.honours.map { .roll($0.slug) } + site.bulletins.map { .bulletin($0.slug) }
            all += [.boards, .conventions, .festivals] + site.boards.map { .board($0.slug) }
                + site.boards.flatMap { $0.issues.flatMap(\.links) }.map { link -> SiteQuery in
                    switch link.target { case .notice: .notice(link.slug); case .bulletin: .bulletin(link.slug); case .roll: .roll(link.slug) }
                }
            all += [.teams, .venues, .volunteers, .surveys, .incidents] + site.surveys.map { .survey($0.slug) }
            all += site.checklists.map { .checklist($0.slug) } + [.checklists]
            let map = Dictionary(all.map { (PathHash.of($0.name), $0) }, uniquingKeysWith: { a, _ in a })
            byHash = map
            return map
        }
        var result: [SiteQuery] = []
        for h in hashed {
            guard let q = known[h] else { return nil }
            result.append(q)
        }
        return result
    }

    /// The hash of one query's answer, computed once per build.
    private func answer(_ q: SiteQuery, site: Site) -> UInt64 {
        let (kept, siteIndex) = lock.withLock { () -> (UInt64?, SiteIndex) in
            if index == nil { index = SiteIndex(site) }
            return (answers[q], index!)
        }
        if let kept { return kept }
        var h = StableHash()
        for record in q.answer(in: site, index: siteIndex) {
            h.add(record.identity)
            for f in record.files { h.add(f); h.add(fileHashes[f] ?? 1) }
        }
        lock.withLock { answers[q] = h.value }
        return h.value
    }
}

/// FNV-1a, 64 bits: the same value in every process (Swift's `Hasher` is seeded per process).
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var v = value
        for b in bytes {
            v ^= UInt64(b)
            v &*= 0x100_0000_01b3
        }
        value = v
    }

    mutating func add(_ text: String) {
        var t = text
        t.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(UInt64(text.utf8.count))
    }

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }
}

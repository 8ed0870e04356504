import Foundation

/// Fingerprints of a build's inputs, to tell which page groups must be rendered again.
///
/// Every group's key mixes the shared inputs (templates, `site.yaml`, build date, options, media list, navigation)
/// with the content files it declared in `PageInputs`.
public struct InputFingerprint: Sendable {
    private var fileHashes: [String: UInt64] = [:]
    private var sortedPaths: [String] = []
    public private(set) var shared: UInt64 = 0

    public init(loaded: LoadedSite, options: BuildOptions, buildDate: LocalDate, sections: [String]) {
        var h = StableHash()
        for file in loaded.files {
            var f = StableHash()
            f.add(file.text)
            fileHashes[file.path] = f.value
        }
        sortedPaths = fileHashes.keys.sorted()
        for t in loaded.templates.sorted(by: { $0.name < $1.name }) { h.add(t.name); h.add(t.text) }
        h.add(fileHashes["content/site.yaml"] ?? 0)
        h.add(buildDate.description)
        h.add(options.includeDrafts ? "drafts" : "-")
        h.add(options.baseURL ?? "-")
        for m in loaded.media.sorted() { h.add(m) }
        for s in sections { h.add(s) }
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

    /// The key of a group: equal keys mean equal output.
    public func key(id: String, inputs: PageInputs) -> UInt64 {
        var h = StableHash()
        h.add(shared)
        h.add(id)
        switch inputs {
        case .shared: break
        case .files(let paths):
            for p in paths { h.add(p); h.add(fileHashes[p] ?? 1) }
        case .folders(let folders):
            for p in sortedPaths where folders.contains(where: { p.hasPrefix($0) }) { h.add(p); h.add(fileHashes[p]!) }
        case .everything:
            for p in sortedPaths { h.add(p); h.add(fileHashes[p]!) }
        }
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

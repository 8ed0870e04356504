import Foundation

/// Page groups rendered by an earlier build: each group's input key and output paths, and in `serve` its files.
///
/// `build` keeps it in the output folder (`.noticeboard-state`), so a later build re-renders only groups whose inputs
/// changed and reads the others back from the folder; `serve` keeps it in memory with the files themselves.
public final class RenderCache: @unchecked Sendable {
    public static let stateName = ".noticeboard-state"

    struct Entry: Codable {
        var key: UInt64
        /// What the group asked of the site when it last rendered.
        var queries: [SiteQuery]
        var paths: [String]
        var sizes: [Int]
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var memory: [String: [OutputFile]]?
    /// Where cached files are read back from when not kept in memory.
    private let outputRoot: String?
    public private(set) var reused = 0
    public private(set) var rendered = 0
    /// Paths of the files read back unchanged from the output folder by the last render (no need to compare them again).
    public private(set) var reusedPaths: Set<String> = []
    /// Paths of the files the last render produced anew (the output checks scan only these).
    public private(set) var renderedPaths: Set<String> = []

    /// An in-memory cache for `serve`.
    public init() {
        outputRoot = nil
        memory = [:]
    }

    /// The state a previous build left in `outputRoot` (empty if there is none or it cannot be read).
    public init(outputRoot: String) {
        self.outputRoot = outputRoot
        if let data = FileManager.default.contents(atPath: outputRoot + "/" + Self.stateName),
           let state = try? JSONDecoder().decode(State.self, from: data), state.version == State.currentVersion {
            entries = state.groups
        }
    }

    struct State: Codable {
        static let currentVersion = 2
        var version = currentVersion
        var groups: [String: Entry]
    }

    /// Renders the groups on every core (or reuses their earlier files), in a deterministic order.
    func render(_ groups: [PageGroup], fingerprint: InputFingerprint, site: Site, reader: @escaping @Sendable (ReadLog) -> SiteReader) -> [OutputFile] {
        lock.lock(); reused = 0; rendered = 0; lock.unlock()
        let results = UnsafeResults(count: groups.count)
        DispatchQueue.concurrentPerform(iterations: groups.count) { i in
            let group = groups[i]
            if let (files, entry) = cached(group.id, fingerprint: fingerprint, site: site) {
                results.set(i, files, entry: entry, reused: true)
                lock.lock(); reused += 1; lock.unlock()
            } else {
                let log = ReadLog()
                let files = group.render(reader(log))
                let queries = log.queries.sorted { "\($0)" < "\($1)" }
                let entry = Entry(key: fingerprint.key(id: group.id, queries: queries, site: site), queries: queries,
                                  paths: files.map(\.path), sizes: files.map(\.bytes.count))
                results.set(i, files, entry: entry, reused: false)
                lock.lock(); rendered += 1; lock.unlock()
            }
        }
        var next: [String: Entry] = [:]
        var nextMemory: [String: [OutputFile]] = [:]
        var reusedPaths = Set<String>()
        var renderedPaths = Set<String>()
        for (i, g) in groups.enumerated() {
            let files = results.values[i]!
            if memory == nil, results.reused[i] { reusedPaths.formUnion(files.map(\.path)) }
            if !results.reused[i] { renderedPaths.formUnion(files.map(\.path)) }
            next[g.id] = results.entries[i]!
            if memory != nil { nextMemory[g.id] = files }
        }
        lock.lock()
        entries = next
        self.reusedPaths = reusedPaths
        self.renderedPaths = renderedPaths
        if memory != nil { memory = nextMemory }
        lock.unlock()
        return results.values.flatMap { $0! }
    }

    private func cached(_ id: String, fingerprint: InputFingerprint, site: Site) -> ([OutputFile], Entry)? {
        lock.lock()
        let entry = entries[id]
        let kept = memory?[id]
        lock.unlock()
        guard let entry, entry.key == fingerprint.key(id: id, queries: entry.queries, site: site) else { return nil }
        if let kept { return (kept, entry) }
        guard let root = outputRoot else { return nil }
        var files: [OutputFile] = []
        for (path, size) in zip(entry.paths, entry.sizes) {
            guard let data = FileManager.default.contents(atPath: root + "/" + path), data.count == size else { return nil }
            files.append(OutputFile(path: path, bytes: [UInt8](data)))
        }
        return (files, entry)
    }

    /// Forgets everything (after a failed write, the folder may not match the state).
    public func clear() {
        lock.lock(); entries = [:]; if memory != nil { memory = [:] }; lock.unlock()
    }

    /// The state file for the output folder.
    func stateFile() -> OutputFile {
        lock.lock(); defer { lock.unlock() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(State(groups: entries))) ?? Data()
        return OutputFile(path: Self.stateName, bytes: [UInt8](data))
    }
}

/// Slots written by concurrent workers, each index by exactly one.
private final class UnsafeResults: @unchecked Sendable {
    var values: [[OutputFile]?]
    var entries: [RenderCache.Entry?]
    var reused: [Bool]
    private let lock = NSLock()
    init(count: Int) {
        values = Array(repeating: nil, count: count)
        entries = Array(repeating: nil, count: count)
        reused = Array(repeating: false, count: count)
    }
    func set(_ i: Int, _ files: [OutputFile], entry: RenderCache.Entry, reused wasReused: Bool) {
        lock.lock(); values[i] = files; entries[i] = entry; reused[i] = wasReused; lock.unlock()
    }
}

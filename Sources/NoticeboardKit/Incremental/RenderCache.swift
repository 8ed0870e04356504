import Foundation

/// Page groups rendered by an earlier build: each group's input key and output paths, and in `serve` its files.
///
/// `build` keeps it in the output folder (`.noticeboard-state`), so a later build re-renders only groups whose inputs
/// changed and reads the others back from the folder; `serve` keeps it in memory with the files themselves.
public final class RenderCache: @unchecked Sendable {
    public static let stateName = ".noticeboard-state"

    /// In the state file, group ids and paths are hashes (`PathHash`): it must hold no content values.
    struct Entry: Codable {
        var key: UInt64
        var paths: [String]
        var sizes: [Int]
    }
    /// Output paths by their hash, from the output folder (to read reused groups back).
    private var pathIndex: [String: String] = [:]

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var memory: [String: [OutputFile]]?
    /// Where cached files are read back from when not kept in memory.
    private let outputRoot: String?
    public private(set) var reused = 0
    public private(set) var rendered = 0
    /// Paths of the files read back unchanged from the output folder by the last render (no need to compare them again).
    public private(set) var reusedPaths: Set<String> = []

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
            if !entries.isEmpty { pathIndex = PathHash.index(of: outputRoot) }
        }
    }

    struct State: Codable {
        static let currentVersion = 2
        var version = currentVersion
        var groups: [String: Entry]
    }

    /// Renders the groups on every core (or reuses their earlier files), in a deterministic order.
    func render(_ groups: [PageGroup], fingerprint: InputFingerprint) -> [OutputFile] {
        lock.lock(); reused = 0; rendered = 0; lock.unlock()
        let results = UnsafeResults(count: groups.count)
        let keys = groups.map { fingerprint.key(id: $0.id, inputs: $0.inputs) }
        DispatchQueue.concurrentPerform(iterations: groups.count) { i in
            let group = groups[i]
            if let files = cached(group.id, key: keys[i]) {
                results.set(i, files, reused: true)
                lock.lock(); reused += 1; lock.unlock()
            } else {
                results.set(i, group.render(), reused: false)
                lock.lock(); rendered += 1; lock.unlock()
            }
        }
        var next: [String: Entry] = [:]
        var nextMemory: [String: [OutputFile]] = [:]
        var reusedPaths = Set<String>()
        for (i, g) in groups.enumerated() {
            let files = results.values[i]!
            if memory == nil, results.reused[i] { reusedPaths.formUnion(files.map(\.path)) }
            next[PathHash.of(g.id)] = Entry(key: keys[i], paths: files.map { PathHash.of($0.path) }, sizes: files.map(\.bytes.count))
            if memory != nil { nextMemory[g.id] = files }
        }
        lock.lock()
        entries = next
        self.reusedPaths = reusedPaths
        if memory != nil { memory = nextMemory }
        lock.unlock()
        return results.values.flatMap { $0! }
    }

    private func cached(_ id: String, key: UInt64) -> [OutputFile]? {
        lock.lock()
        let entry = entries[PathHash.of(id)]
        let kept = memory?[id]
        lock.unlock()
        guard let entry, entry.key == key else { return nil }
        if let kept { return kept }
        guard let root = outputRoot else { return nil }
        var files: [OutputFile] = []
        for (hash, size) in zip(entry.paths, entry.sizes) {
            guard let path = pathIndex[hash], let data = FileManager.default.contents(atPath: root + "/" + path), data.count == size else { return nil }
            files.append(OutputFile(path: path, bytes: [UInt8](data)))
        }
        return files
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
    var reused: [Bool]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count); reused = Array(repeating: false, count: count) }
    func set(_ i: Int, _ files: [OutputFile], reused wasReused: Bool) { lock.lock(); values[i] = files; reused[i] = wasReused; lock.unlock() }
}

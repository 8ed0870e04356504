import Foundation

/// What the write step did.
public struct WriteReport: Sendable {
    public var written: [String] = []
    public var unchanged: Int = 0
    public var removed: [String] = []
    /// True when an interrupted earlier write was finished (rolled forward) before this one.
    public var recovered = false
}

/// The write step: brings the output folder in line with the rendered files, touching only files whose bytes changed.
///
/// Crash-safe: changed files are first staged in a hidden folder inside the output folder, then a journal is committed
/// by one rename, then the staged files are renamed into place. A build killed before the commit leaves the folder as it
/// was; one killed after it is finished by the next write (`recover`). See `docs/architecture.md`.
public struct OutputWriter: Sendable {
    public let outputRoot: String
    /// Lists the files the last build wrote, so stale ones can be removed without touching anything else.
    public static let manifestName = ".noticeboard-manifest"
    /// Holds staged files and the journal while a write is in progress.
    public static let stagingName = ".noticeboard-staging"
    static let journalName = "journal"

    public init(outputRoot: String) { self.outputRoot = outputRoot }

    var staging: String { outputRoot + "/" + Self.stagingName }

    /// Writes `files`; `extra` are bookkeeping files (the build state) written in the same transaction but not listed
    /// in the manifest or the report. When a file cannot be written, the folder is put back exactly as the previous
    /// build left it (no staging folder remains) and a `WriteError` names the output path.
    public func write(_ files: [OutputFile], extra: [OutputFile] = [], skipCompare: Set<String> = []) throws -> WriteReport {
        var report = WriteReport()
        try Self.makeDirectories(outputRoot)
        report.recovered = try recover()
        let previous = readManifest()
        try Self.makeDirectories(staging)

        var journal = WriteJournal()
        do {
            var stagedCount = 0
            func stage(_ file: OutputFile) throws {
                stagedCount += 1
                let name = "f\(stagedCount)"
                do { try Self.plainWrite(file.bytes, to: staging + "/" + name) } catch let error as WriteError {
                    throw WriteError(path: outputRoot + "/" + file.path, reason: error.reason)
                }
                journal.moves.append(.init(staged: name, path: file.path))
            }
            for file in files {
                if skipCompare.contains(file.path) {
                    report.unchanged += 1
                    continue
                }
                if Self.sameBytes(file.bytes, atPath: outputRoot + "/" + file.path) {
                    report.unchanged += 1
                    continue
                }
                try stage(file)
                report.written.append(file.path)
            }
            let current = Set(files.map(\.path))
            journal.removals = stalePaths(previous: previous, current: current)
            // The manifest holds hashes of the paths, never the paths: file names can carry content values.
            let manifest = current.map(PathHash.of).sorted().joined(separator: "\n") + "\n"
            if !Self.sameBytes(Array(manifest.utf8), atPath: outputRoot + "/" + Self.manifestName) {
                try stage(OutputFile(path: Self.manifestName, text: manifest))
            }
            for file in extra where !Self.sameBytes(file.bytes, atPath: outputRoot + "/" + file.path) {
                try stage(file)
            }
            if journal.moves.isEmpty && journal.removals.isEmpty {
                try? FileManager.default.removeItem(atPath: staging)
                return report
            }
            // Commit point: the journal appears under its final name in one rename.
            let data = try JSONEncoder().encode(journal)
            try Self.plainWrite(Array(data), to: staging + "/" + Self.journalName + ".tmp")
            guard rename(staging + "/" + Self.journalName + ".tmp", staging + "/" + Self.journalName) == 0 else {
                throw WriteError(path: staging, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)  // nothing visible was touched yet
            throw error
        }
        do {
            report.removed = try apply(journal, undoOnFailure: true)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)  // rolled back: nothing is left to finish
            throw error
        }
        try? FileManager.default.removeItem(atPath: staging)
        return report
    }

    /// Finishes or discards an interrupted write: with a committed journal its moves are completed, without one the
    /// staging folder is thrown away. Returns whether anything was rolled forward.
    @discardableResult
    public func recover() throws -> Bool {
        let fm = FileManager.default
        guard fm.fileExists(atPath: staging) else { return false }
        if let data = fm.contents(atPath: staging + "/" + Self.journalName),
           let journal = try? JSONDecoder().decode(WriteJournal.self, from: data) {
            _ = try apply(journal, undoOnFailure: false)
            try fm.removeItem(atPath: staging)
            return true
        }
        try fm.removeItem(atPath: staging)
        return false
    }

    /// Renames every staged file into place and removes stale files; safe to repeat after a crash part-way through.
    /// With `undoOnFailure`, each replaced file is first kept as a hard link in the staging folder, and a failed rename
    /// puts every file and folder back as it was before throwing.
    private func apply(_ journal: WriteJournal, undoOnFailure: Bool) throws -> [String] {
        let fm = FileManager.default
        var createdDirectories: [String] = []
        var known = Set<String>()
        var done: [(full: String, backup: String?)] = []
        do {
            for (index, move) in journal.moves.enumerated() where Self.isSafe(move.path) {
                let from = staging + "/" + move.staged
                guard fm.fileExists(atPath: from) else { continue }  // already moved before the crash
                let full = outputRoot + "/" + move.path
                let dir = (full as NSString).deletingLastPathComponent
                if !known.contains(dir) {
                    createdDirectories += try Self.makeDirectories(dir)
                    known.insert(dir)
                }
                var backup: String?
                if undoOnFailure, fm.fileExists(atPath: full) {
                    let keep = staging + "/b\(index)"
                    guard link(full, keep) == 0 else { throw WriteError(path: full, reason: String(cString: strerror(errno))) }
                    backup = keep
                }
                guard rename(from, full) == 0 else { throw WriteError(path: full, reason: String(cString: strerror(errno))) }
                done.append((full, backup))
            }
        } catch {
            guard undoOnFailure else { throw error }
            unlink(staging + "/" + Self.journalName)  // nothing to finish: the folder goes back to the previous build
            for (full, backup) in done.reversed() {
                if let backup { rename(backup, full) } else { unlink(full) }
            }
            for dir in createdDirectories.reversed() { rmdir(dir) }
            throw error
        }
        var removed: [String] = []
        for stale in journal.removals where Self.isSafe(stale) {
            if (try? fm.removeItem(atPath: outputRoot + "/" + stale)) != nil {
                removed.append(stale)
                removeEmptyParents(of: stale)
            }
        }
        return removed
    }

    /// Creates `path` and missing parents; returns the folders it created, outermost first. Errors name the folder.
    @discardableResult
    static func makeDirectories(_ path: String) throws -> [String] {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw WriteError(path: path, reason: "已有同名文件 (a file is in the way)") }
            return []
        }
        let parent = (path as NSString).deletingLastPathComponent
        var created: [String] = []
        if !parent.isEmpty, parent != path { created = try makeDirectories(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            let reason = String(cString: strerror(errno))
            for dir in created.reversed() { rmdir(dir) }
            throw WriteError(path: path, reason: reason)
        }
        return created + [path]
    }

    /// Files the previous build wrote that this one does not: the manifest lists hashes, so the folder is walked to
    /// find their paths (an older manifest with plain paths is read too).
    func stalePaths(previous: Set<String>, current: Set<String>) -> [String] {
        let currentHashes = Set(current.map(PathHash.of))
        var stale = previous.filter { !PathHash.isHash($0) && !current.contains($0) }
        let gone = previous.filter { PathHash.isHash($0) && !currentHashes.contains($0) }
        if !gone.isEmpty {
            for (hash, path) in PathHash.index(of: outputRoot) where gone.contains(hash) && !current.contains(path) { stale.insert(path) }
        }
        return stale.sorted()
    }

    func readManifest() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: outputRoot + "/" + Self.manifestName) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter(Self.isSafe))
    }

    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }

    private func removeEmptyParents(of path: String) {
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            let dir = outputRoot + "/" + parts.joined(separator: "/")
            guard let contents = try? FileManager.default.contentsOfDirectory(atPath: dir), contents.isEmpty else { return }
            try? FileManager.default.removeItem(atPath: dir)
            parts = parts.dropLast()
        }
    }

    /// Whether the file at `path` holds exactly `bytes` (a size check first, so most changed files are not read).
    static func sameBytes(_ bytes: [UInt8], atPath path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0, Int(st.st_size) == bytes.count else { return false }
        guard let existing = FileManager.default.contents(atPath: path) else { return false }
        return existing.withUnsafeBytes { raw in bytes.withUnsafeBytes { raw.elementsEqual($0) } }
    }

    static func plainWrite(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            offset += n
        }
    }

    /// Writes to a temporary file beside `path` and renames it over `path`.
    static func atomicWrite(_ bytes: [UInt8], to path: String) throws {
        let temp = path + ".nb-tmp"
        do { try plainWrite(bytes, to: temp) } catch { unlink(temp); throw error }
        guard rename(temp, path) == 0 else {
            unlink(temp)
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// The list of renames and removals a write will make, committed before any of them is made.
struct WriteJournal: Codable {
    struct Move: Codable { var staged: String; var path: String }
    var moves: [Move] = []
    var removals: [String] = []
}

/// A file of the output folder could not be written.
public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "无法写入 \(path)（\(reason)）(cannot write \(path): \(reason))" }
}

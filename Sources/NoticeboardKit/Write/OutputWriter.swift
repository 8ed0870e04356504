import Foundation

/// What the write step did.
public struct WriteReport: Sendable {
    public var written: [String] = []
    public var unchanged: Int = 0
    public var removed: [String] = []
}

/// The write step: brings the output folder in line with the rendered files, touching only files whose bytes changed.
///
/// Each changed file is written to a temporary name and renamed into place, so no file is ever half-written;
/// files a previous build wrote and this one did not are removed; files the build never wrote are left alone.
public struct OutputWriter: Sendable {
    public let outputRoot: String
    /// Lists the files the last build wrote, so stale ones can be removed without touching anything else.
    public static let manifestName = ".noticeboard-manifest"

    public init(outputRoot: String) { self.outputRoot = outputRoot }

    public func write(_ files: [OutputFile]) throws -> WriteReport {
        let fm = FileManager.default
        var report = WriteReport()
        try fm.createDirectory(atPath: outputRoot, withIntermediateDirectories: true)
        let previous = readManifest()
        var createdDirectories = Set<String>()
        for file in files {
            let full = outputRoot + "/" + file.path
            if let existing = fm.contents(atPath: full), existing.count == file.bytes.count, [UInt8](existing) == file.bytes {
                report.unchanged += 1
                continue
            }
            let dir = (full as NSString).deletingLastPathComponent
            if !createdDirectories.contains(dir) {
                try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
                createdDirectories.insert(dir)
            }
            try Self.atomicWrite(file.bytes, to: full)
            report.written.append(file.path)
        }
        let current = Set(files.map(\.path))
        for stale in previous.subtracting(current).sorted() {
            let full = outputRoot + "/" + stale
            if (try? fm.removeItem(atPath: full)) != nil {
                report.removed.append(stale)
                removeEmptyParents(of: stale)
            }
        }
        let manifest = current.sorted().joined(separator: "\n") + "\n"
        if previous != current || !fm.fileExists(atPath: outputRoot + "/" + Self.manifestName) {
            try Self.atomicWrite(Array(manifest.utf8), to: outputRoot + "/" + Self.manifestName)
        }
        return report
    }

    func readManifest() -> Set<String> {
        guard let data = FileManager.default.contents(atPath: outputRoot + "/" + Self.manifestName) else { return [] }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter { !$0.contains("..") && !$0.hasPrefix("/") })
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

    /// Writes to a temporary file beside `path`, flushes it and renames it over `path`.
    static func atomicWrite(_ bytes: [UInt8], to path: String) throws {
        let temp = path + ".nb-tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { close(fd); unlink(temp); throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            offset += n
        }
        close(fd)
        guard rename(temp, path) == 0 else {
            unlink(temp)
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// A file of the output folder could not be written.
public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): error: 无法写入 (cannot write): \(reason)" }
}

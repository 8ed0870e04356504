import Foundation

/// One file `init` or `new` writes: a path relative to the site folder and its bytes.
public struct ScaffoldFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Writes scaffold files into a folder, all or nothing: if any of them exists already, nothing is written.
public enum ScaffoldWriter {
    /// Paths (relative to `root`) of the files that exist already.
    public static func existing(_ files: [ScaffoldFile], in root: String) -> [String] {
        files.map(\.path).filter { FileManager.default.fileExists(atPath: root + "/" + $0) }.sorted()
    }

    /// Writes every file, creating folders; refuses (throws, writes nothing) when one exists already.
    public static func write(_ files: [ScaffoldFile], into root: String) throws {
        let clashes = existing(files, in: root)
        if !clashes.isEmpty {
            let list = clashes.map { "  " + $0 }.joined(separator: "\n")
            throw ScaffoldError("这些文件已经存在，为免覆盖，什么都没有写 (files exist already, nothing was written):\n\(list)")
        }
        let fm = FileManager.default
        for file in files {
            let full = root + "/" + file.path
            do {
                try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard fm.createFile(atPath: full, contents: Data(file.bytes)) else {
                    throw ScaffoldError("无法写入 \(file.path) (cannot write file)")
                }
            } catch let error as ScaffoldError {
                throw error
            } catch {
                throw ScaffoldError("无法写入 \(file.path)：\(error.localizedDescription) (cannot write file)")
            }
        }
    }
}

import Foundation

/// `noticeboard convert`: turns old binary Office and WPS files (.doc, .xls, .wps, .et) into .docx/.xlsx beside them
/// with LibreOffice (`soffice --headless --convert-to`), when LibreOffice is installed.
public enum OfficeConversion {
    /// Why a file was not converted.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The format a file is converted to: docx for documents, xlsx for spreadsheets; nil for other files.
    public static func target(for path: String) -> String? {
        switch (path as NSString).pathExtension.lowercased() {
        case "doc", "wps", "dot", "rtf": return "docx"
        case "xls", "et", "xlt": return "xlsx"
        default: return nil
        }
    }

    /// `soffice` (or `libreoffice`) on PATH, or nil.
    public static func findLibreOffice(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["soffice", "libreoffice"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    /// Converts `path`; returns the new file's path. Never overwrites an existing file. LibreOffice runs with a
    /// throwaway profile, since a running instance would otherwise make the conversion silently do nothing.
    public static func convert(_ path: String, soffice: String, timeout: TimeInterval = 120) throws -> String {
        guard let format = target(for: path) else {
            throw Failure(description: "\(path)：只能转换 .doc、.wps、.xls、.et 文件 (only .doc, .wps, .xls and .et files are converted)")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let output = folder + "/" + url.deletingPathExtension().lastPathComponent + "." + format
        guard FileManager.default.fileExists(atPath: path) else { throw Failure(description: "\(path)：文件不存在 (no such file)") }
        guard !FileManager.default.fileExists(atPath: output) else {
            throw Failure(description: "\(output) 已存在，未覆盖 (already exists: not overwritten)")
        }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("noticeboard-soffice-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let work = profile.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=" + profile.appendingPathComponent("profile").absoluteString, "--headless", "--norestore",
                             "--convert-to", format, "--outdir", work.path, path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw Failure(description: "\(path)：LibreOffice 超过 \(Int(timeout)) 秒没有完成，已停止 (LibreOffice timed out)")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        let produced = work.appendingPathComponent(URL(fileURLWithPath: output).lastPathComponent).path
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: produced) else {
            throw Failure(description: "\(path)：LibreOffice 没有写出 .\(format)（文件可能已损坏或有密码）(LibreOffice wrote nothing)")
        }
        try FileManager.default.moveItem(atPath: produced, toPath: output)
        return output
    }
}

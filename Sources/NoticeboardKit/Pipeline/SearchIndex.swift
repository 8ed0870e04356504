import Foundation

/// Search for the built site: Pagefind's extended build (Chinese word segmentation), run over the output folder after
/// a good build when it is installed (`pip install 'pagefind[extended]'` gives `python3 -m pagefind_bin_extended`;
/// a `pagefind_extended` program on PATH works too). Optional: without it the site builds and the search page says
/// search is unavailable.
public enum SearchIndex {
    public enum Outcome: Equatable, Sendable {
        case indexed(String)
        case notInstalled
        case failed(String)
    }

    /// The command that runs Pagefind's extended build, or nil when none is installed.
    static func command() -> [String]? {
        if let path = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map({ $0 + "/pagefind_extended" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return [path]
        }
        if run(["/usr/bin/env", "python3", "-c", "import pagefind_bin_extended"]).status == 0 {
            return ["/usr/bin/env", "python3", "-m", "pagefind_bin_extended"]
        }
        return nil
    }

    /// The folder the index is published in, under the output folder.
    public static let folder = "pagefind"

    /// Whether a build that changed nothing can keep the index it has.
    public static func isCurrent(outputRoot: String, report: WriteReport) -> Bool {
        report.written.isEmpty && report.removed.isEmpty && FileManager.default.fileExists(atPath: outputRoot + "/" + folder + "/pagefind.js")
    }

    /// Indexes the pages under `outputRoot` into `outputRoot/pagefind/`: written beside the output folder first
    /// (`.public.noticeboard-search`) and swapped in by two renames, so a failed or killed run leaves the previous index. Pagefind's file names carry a hash that differs
    /// from run to run, so the index is the one part of the output that is not byte-for-byte reproducible.
    public static func build(outputRoot: String) -> Outcome {
        guard let command = command() else { return .notInstalled }
        let fm = FileManager.default
        // Made beside the output folder (same disk, so renames work), never inside it: a killed run leaves nothing
        // in the folder that gets published.
        let root = URL(fileURLWithPath: outputRoot).standardizedFileURL
        let beside = root.deletingLastPathComponent().path + "/." + root.lastPathComponent + ".noticeboard-search"
        let published = outputRoot + "/" + folder, staging = beside, old = beside + "-old"
        try? fm.removeItem(atPath: staging)
        try? fm.removeItem(atPath: old)
        let result = run(command + ["--site", outputRoot, "--output-path", staging])
        guard result.status == 0, fm.fileExists(atPath: staging + "/pagefind.js") else {
            try? fm.removeItem(atPath: staging)
            return .failed(result.output.suffix(400).description)
        }
        if fm.fileExists(atPath: published), rename(published, old) != 0 { return .failed("cannot replace \(published)") }
        guard rename(staging, published) == 0 else { return .failed("cannot move the index into \(published)") }
        try? fm.removeItem(atPath: old)
        let pages = result.output.firstMatch(of: /Indexed (\d+) pages/).map { String($0.1) } ?? "?"
        return .indexed(pages)
    }

    private static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

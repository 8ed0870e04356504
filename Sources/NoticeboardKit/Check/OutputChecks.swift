/// Checks on the rendered output before anything is written: two things at one path, and leaks.
public enum OutputChecks {
    /// `scanned` limits the privacy scan to the files rendered in this build (reused files were scanned when made).
    public static func check(_ files: [OutputFile], privateValues: [PrivateValue] = [], publicPhones: Set<String> = [], sources: [SourceFile] = [],
                             scanned: ((OutputFile) -> Bool)? = nil) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: String?] = [:]
        for f in files {
            if let other = seen[f.path] {
                diagnostics.append(.error(SourceLocation(path: f.source ?? f.path),
                                          "输出路径冲突：\(f.path) 也由 \(other ?? "站点") 生成 (two sources map to the same output path)", key: "output.collision"))
            }
            seen[f.path] = f.source
        }
        diagnostics += PrivacyGuard.scan(scanned.map { files.filter($0) } ?? files, for: privateValues, publicPhones: publicPhones, sources: sources)
        return diagnostics
    }
}

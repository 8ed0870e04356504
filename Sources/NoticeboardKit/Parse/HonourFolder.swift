/// Reads `content/honours/`: every YAML file is a roll; CSV files are read when a roll names them in `entries`.
public enum HonourFolder {
    public static func parse(_ files: [SourceFile]) -> ([HonourRoll], [Diagnostic]) {
        var rolls: [HonourRoll] = []
        var diagnostics: [Diagnostic] = []
        var usedCSV = Set<String>()
        let csvFiles = Dictionary(files.filter { ["csv", "xlsx"].contains($0.fileExtension) }.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        for file in files.sorted(by: { $0.path < $1.path }) {
            switch file.fileExtension {
            case "yaml", "yml":
                let (roll, d) = HonourRollParser.parse(file) { path in
                    usedCSV.insert(path)
                    return csvFiles[path]
                }
                diagnostics += d
                if let roll { rolls.append(roll) }
            case "csv", "xlsx":
                continue
            default:
                diagnostics.append(.warning(file.location(), "honours/ 里只读取 .yaml 和它引用的 .csv、.xlsx 文件，此文件被忽略 (only .yaml rolls and their CSV or .xlsx are read in honours/)", key: "file.ignored"))
            }
        }
        for path in csvFiles.keys.sorted() where !usedCSV.contains(path) {
            diagnostics.append(.warning(SourceLocation(path: path), "没有榜单引用这个名单文件（在 YAML 中写 entries: 文件名.csv 或 .xlsx）(entries file not used by any roll)", key: "file.ignored"))
        }
        return (rolls, diagnostics)
    }
}

import Foundation

extension BuildResult {
    /// The last line of `noticeboard check`, which builds nothing: what the check found, never 构建失败.
    public var checkSummary: String {
        let counts = "\(errorCount) errors, \(warningCount) warnings, " + String(format: "%.2f s", seconds)
        if errorCount > 0 { return "检查完成，发现 \(errorCount) 个错误，未写任何文件 (check done, errors found): " + counts }
        return "检查完成，没有错误 (check done): " + counts
    }
}

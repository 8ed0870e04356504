import Foundation

/// What `new` needs to know about an existing site: its profile from `content/site.yaml`, read without building.
public enum SiteLanguage {
    /// The site's profile, or a ScaffoldError when `content/site.yaml` is missing or has errors.
    public static func profile(siteRoot: String) throws -> SiteProfile {
        let candidates = ["content/site.yaml", "content/site.yml"]
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: siteRoot + "/" + $0) }),
              let data = FileManager.default.contents(atPath: siteRoot + "/" + path) else {
            throw ScaffoldError("\(siteRoot) 里没有 content/site.yaml；先用 noticeboard init 建立网站，或用 --source 指定网站文件夹 (no site here)")
        }
        guard case .success(let (text, encoding)) = TextDecoding.decodeUTF8(Array(data)) else {
            throw ScaffoldError("\(path) 不是 UTF-8 编码 (not UTF-8)")
        }
        let (profile, diagnostics) = SiteProfileParser.parse(SourceFile(path: path, text: TextDecoding.normalizeNewlines(text), encoding: encoding))
        guard let profile, !diagnostics.contains(where: { $0.severity == .error }) else {
            let lines = diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
            throw ScaffoldError("\(path) 有错误，请先改正 (fix the site profile first):\n\(lines)")
        }
        return profile
    }

    /// Whether the site writes Chinese keys (`zh`, `zh-CN`, `zh-Hans` …).
    public static func isChinese(_ profile: SiteProfile) -> Bool {
        profile.language.lowercased().hasPrefix("zh")
    }
}

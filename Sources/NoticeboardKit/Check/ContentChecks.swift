/// The check step: problems that need more than one file — duplicate page names, ID numbers, images and links.
public enum ContentChecks {
    public static func check(_ parsed: ParsedContent, loaded: LoadedSite) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let media = Set(loaded.media.map { String($0.dropFirst("content/".count)) })
        var seen: [String: Notice] = [:]
        for n in parsed.notices.sorted(by: { $0.source < $1.source }) {
            if let first = seen[n.slug] {
                diagnostics.append(.error(n.source, "网址名“\(n.slug)”与 \(first.source.path) 重复，两篇会写到同一个页面 (duplicate slug: both map to notices/\(n.slug)/)", key: "slug.duplicate"))
            } else {
                seen[n.slug] = n
            }
            diagnostics += BodyChecks.check(n.body, file: n.source.path, bodyLine: n.bodyLine, media: media, allowsRawHTML: parsed.profile?.allowsRawHTML ?? false)
        }
        if let profile = parsed.profile, profile.baseURL == nil {
            diagnostics.append(.warning(SourceLocation(path: "content/site.yaml"),
                                        "site.yaml 没有写网址（base_url），打印件上不印二维码，订阅源和站点地图也没有完整链接 (no base_url: QR codes are left out of print sheets)",
                                        key: "site.base-url-missing"))
        }
        diagnostics += PlanChecks.check(parsed, media: media)
        diagnostics += HonourChecks.check(parsed.honours, media: media, allowsRawHTML: parsed.profile?.allowsRawHTML ?? false)
        diagnostics += LedgerChecks.check(parsed, media: media)
        diagnostics += BoardChecks.check(parsed, media: media) + ConventionChecks.check(parsed.conventions, media: media, allowsRawHTML: parsed.profile?.allowsRawHTML ?? false)
        diagnostics += ChecklistChecks.check(parsed)
        diagnostics += BulletinChecks.check(parsed.bulletins, media: media, allowsRawHTML: parsed.profile?.allowsRawHTML ?? false)
        diagnostics += CommunityChecks.check(parsed, sources: loaded.files, media: media)
        for file in loaded.files {
            // Also in full-width digits, entities, percent-escapes, or in groups (`1101 0119 9003 0712 34`, valid check digit).
            let raw = Array(file.text.utf8)
            let normalized = PrivacyText.mayChange(raw, names: false) ? PrivacyText.normalize(raw) : raw
            var hits = normalized.withUnsafeBufferPointer { IDNumberScan.find(in: $0) }
            if PrivacyText.hasGroupedDigitRun(normalized) {
                let grouped = PrivacyText.joinDigitGroups(normalized)
                hits += grouped.withUnsafeBufferPointer { IDNumberScan.find(in: $0) }.filter { hit in
                    IDNumberScan.hasValidCheckDigit(hit.value) && !hits.contains { $0.value == hit.value }
                }
            }
            for hit in hits {
                diagnostics.append(.error(file.location(line: hit.line, column: hit.column),
                                          "内容中有身份证号码（\(hit.value.prefix(6))…），不得公开 (ID-card number in content: remove it)", key: "privacy.id-number"))
            }
        }
        return diagnostics
    }
}

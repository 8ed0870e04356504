import Foundation

/// Reads `content/site.yaml` into a `SiteProfile`.
public enum SiteProfileParser {
    static let specs = [
        FieldSpec("name", "名称", "社区名称", "社区"),
        FieldSpec("committee", "居委会", "发布单位"),
        FieldSpec("street_office", "街道", "所属街道"),
        FieldSpec("district", "区", "所属区"),
        FieldSpec("contact", "联系方式"),
        FieldSpec("base_url", "网址"),
        FieldSpec("language", "语言"),
        FieldSpec("time_zone", "时区"),
        FieldSpec("population", "人口", "常住人口"),
        FieldSpec("households", "户数", "住户"),
        FieldSpec("buildings", "楼栋数", "楼栋"),
        FieldSpec("units", "单位数", "驻区单位数"),
        FieldSpec("target_words", "目标词", "计量词"),
        FieldSpec("slogans", "标语"),
        FieldSpec("categories", "活动类别", "类别"),
        FieldSpec("document_prefix", "文号前缀"),
        FieldSpec("raw_html", "允许HTML"),
        FieldSpec("rectified_retention_days", "整改后保留天数"),
        FieldSpec("display", "显示屏"),
        FieldSpec("public_phones", "公开电话", "公开号码"),
    ]
    static let contactSpecs = [
        FieldSpec("phone", "电话", "联系电话"),
        FieldSpec("address", "地址", "办公地址"),
        FieldSpec("hours", "办公时间"),
        FieldSpec("email", "邮箱"),
    ]
    static let displaySpecs = [
        FieldSpec("interval", "间隔", "切换秒数"),
        FieldSpec("panels", "版块"),
        FieldSpec("reload_minutes", "刷新分钟"),
    ]

    public static func parse(_ file: SourceFile?) -> (SiteProfile?, [Diagnostic]) {
        guard let file else {
            return (nil, [.error(SourceLocation(path: "content/site.yaml"), "缺少社区资料文件 content/site.yaml (missing site profile)", key: "site.missing")])
        }
        var diagnostics = DiagnosticList()
        let value: YAMLValue?
        switch YAMLValue.parse(file.text, path: file.path) {
        case .success(let v): value = v
        case .failure(let d): return (nil, [d])
        }
        var r = FieldReader(value, specs: specs, at: file.location(), what: "社区资料 (site profile)")
        let name = r.string("name", label: "社区名称", required: true)
        var profile = SiteProfile(name: name ?? "社区")
        if let committee = r.string("committee") { profile.committee = committee }
        profile.streetOffice = r.string("street_office")
        profile.district = r.string("district")
        if var c = r.nested("contact", specs: contactSpecs, label: "联系方式") {
            profile.contact.phone = c.string("phone")
            profile.contact.address = c.string("address")
            profile.contact.hours = c.string("hours")
            profile.contact.email = c.string("email")
            r.absorb(c)
        }
        if let base = r.string("base_url") {
            if let url = URL(string: base), let scheme = url.scheme, ["http", "https"].contains(scheme.lowercased()), url.host != nil {
                profile.baseURL = base.hasSuffix("/") ? base : base + "/"
            } else {
                r.report(.error(r.location(of: "base_url"), "网址应以 http:// 或 https:// 开头：\(base) (base_url must be an absolute http(s) URL)", key: "site.base-url"))
            }
        }
        if let language = r.string("language") { profile.language = language }
        if let zone = r.string("time_zone") {
            if let tz = TimeZone(identifier: zone) {
                profile.timeZone = tz
            } else {
                r.report(.error(r.location(of: "time_zone"), "未知时区：\(zone)（例如 Asia/Shanghai）(unknown time zone)", key: "site.time-zone"))
            }
        }
        profile.population = r.int("population", label: "人口", maximum: 100_000_000)
        profile.households = r.int("households", label: "户数", maximum: 100_000_000)
        profile.buildings = r.int("buildings", label: "楼栋数", maximum: 1_000_000)
        profile.units = r.int("units", label: "单位数", maximum: 1_000_000)
        if let words = r.value("target_words") {
            if let pairs = words.mapping {
                for (key, value) in pairs.prefix(MeasureTable.maxSiteWords) {
                    guard let word = key.string, let meaning = value.string, !word.isEmpty else {
                        r.report(.error(value.location, "“目标词”的每项应为“词: 计量”，如“讲座: 健康教育” (target_words: expected word: measure)", key: "yaml.type"))
                        continue
                    }
                    profile.targetWords.append((word, meaning))
                }
            } else {
                r.report(.error(words.location, "“目标词”应为映射，如“讲座: 健康教育” (target_words: expected a mapping)", key: "yaml.type"))
            }
        }
        profile.slogans = r.strings("slogans", label: "标语").map(\.0)
        profile.publicPhones = r.strings("public_phones", label: "公开电话").map(\.0)
        let categories = r.strings("categories", label: "活动类别").map(\.0)
        if !categories.isEmpty { profile.categories = categories }
        profile.documentPrefix = r.string("document_prefix")
        profile.allowsRawHTML = r.bool("raw_html") ?? false
        if let days = r.int("rectified_retention_days", label: "整改后保留天数", maximum: 3650) { profile.rectifiedRetentionDays = days }
        if var d = r.nested("display", specs: displaySpecs, label: "显示屏") {
            if let i = d.int("interval", label: "切换秒数", minimum: 3, maximum: 3600) { profile.display.intervalSeconds = i }
            if let m = d.int("reload_minutes", label: "刷新分钟", minimum: 1, maximum: 1440) { profile.display.reloadMinutes = m }
            let known = ["notices", "honours", "activities", "slogans"] + ["festivals", "conventions", "boards"] + ["venues"]
            let panels = d.strings("panels", label: "版块")
            if !panels.isEmpty {
                profile.display.panels = []
                for (panel, location) in panels {
                    if known.contains(panel) {
                        profile.display.panels.append(panel)
                    } else {
                        d.report(.warning(location, "未知的显示屏版块“\(panel)”\(Suggestion.hint(for: panel, in: known)) (unknown display panel)", key: "display.panel"))
                    }
                }
            }
            r.absorb(d)
        }
        diagnostics.append(contentsOf: r.diagnostics.items)
        return (name == nil ? nil : profile, diagnostics.items)
    }
}

/// URL names of pages: from `slug` in the front matter, else the file name without a leading date.
public enum Slug {
    /// Characters refused in a slug because they break paths or URLs.
    static let forbidden: Set<Character> = ["/", "\\", "?", "#", "%", "\"", "<", ">", "|", ":", "*", "&", "'", "`"]

    /// Names a page folder may not have: the files and folders the sections make themselves (`index.html`, the print
    /// sheet, `archive/` …). Names starting with `.` are refused too (hidden, and the tool's own `.noticeboard-*` files).
    public static let reserved: Set<String> = ["index.html", "print.html", "index", "archive", "categories", "category",
                                               "photos", "years", "activities", "feed.xml", "sitemap.xml", "calendar.ics", "404.html"]
    /// Names Windows refuses as file names (a site copied to a USB stick): `con` becomes `con-page`.
    static let windowsDevices = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })
    /// A folder name longer than this many UTF-8 bytes is shortened (file systems allow 255; room is left for `-2`, `-公示`).
    public static let maximumBytes = 180

    public static func make(explicit: String?, stem: String, location: SourceLocation, reader: inout FieldReader) -> String {
        if let explicit {
            let cleaned = clean(explicit)
            if cleaned != explicit || cleaned.isEmpty || cleaned == "." || cleaned == ".." {
                reader.report(.error(location, "网址名只能用文字、数字和 - _ . ，不能含空格或 / ? # 等：“\(explicit)” (slug has characters that break URLs)", key: "slug.invalid"))
            } else if isReserved(cleaned) {
                reader.report(.error(location, "网址名“\(explicit)”是网站自己要用的名字，请换一个 (slug is a reserved name)", key: "slug.reserved"))
            }
            if !cleaned.isEmpty, cleaned != ".", cleaned != "..", !isReserved(cleaned) { return fit(cleaned) }
        }
        let fromFile = fromStem(stem)
        if isReserved(fromFile) {
            reader.report(.error(location, "文件名“\(stem)”得出的网址名“\(fromFile)”是网站自己要用的名字，请改文件名或写 slug (page name from the file name is reserved)", key: "slug.reserved"))
            return fit(fromFile + "-page")
        }
        return fromFile
    }

    /// Whether `name` is a name the site makes itself, or hidden.
    public static func isReserved(_ name: String) -> Bool {
        name.hasPrefix(".") || reserved.contains(name.lowercased())
    }

    /// A name that every file system accepts: at most `maximumBytes` UTF-8 bytes (a longer name keeps its beginning and
    /// gets `-` and 8 hex digits of a hash of the whole name, so it stays stable and distinct), no trailing dot or space,
    /// and not a Windows device name.
    public static func fit(_ name: String) -> String {
        var name = name
        while let last = name.last, last == "." || last == " " { name.removeLast() }
        if name.isEmpty { name = "page" }
        if windowsDevices.contains(name.lowercased().split(separator: ".").first.map(String.init) ?? "") { name += "-page" }
        guard name.utf8.count > maximumBytes else { return name }
        var hash = StableHash()
        hash.add(name)
        let suffix = "-" + String(String(hash.value, radix: 16).suffix(8))
        var prefix = ""
        for c in name {
            if prefix.utf8.count + c.utf8.count + suffix.utf8.count > maximumBytes { break }
            prefix.append(c)
        }
        return prefix + suffix
    }

    /// `2023-12-01-停水通知` → `停水通知`; spaces become `-`.
    public static func fromStem(_ stem: String) -> String {
        var s = Substring(stem)
        let chars = Array(stem)
        if chars.count > 11, chars[4] == "-", chars[7] == "-", chars[10] == "-",
           chars[0..<4].allSatisfy(\.isNumber), chars[5..<7].allSatisfy(\.isNumber), chars[8..<10].allSatisfy(\.isNumber) {
            s = s.dropFirst(11)
        }
        let cleaned = clean(String(s))
        return cleaned.isEmpty || cleaned == "." || cleaned == ".." ? "page" : fit(cleaned)
    }

    static func clean(_ s: String) -> String {
        var out = ""
        for c in s.trimmingCharacters(in: .whitespaces) {
            if c.isWhitespace { out.append("-"); continue }
            if forbidden.contains(c) || c.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) { continue }
            out.append(c)
        }
        return out
    }
}

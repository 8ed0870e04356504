/// URL names of pages: from `slug` in the front matter, else the file name without a leading date.
public enum Slug {
    /// Characters refused in a slug because they break paths or URLs.
    static let forbidden: Set<Character> = ["/", "\\", "?", "#", "%", "\"", "<", ">", "|", ":", "*", "&", "'", "`"]

    public static func make(explicit: String?, stem: String, location: SourceLocation, reader: inout FieldReader) -> String {
        if let explicit {
            let cleaned = clean(explicit)
            if cleaned != explicit || cleaned.isEmpty || cleaned == "." || cleaned == ".." {
                reader.report(.error(location, "网址名只能用文字、数字和 - _ . ，不能含空格或 / ? # 等：“\(explicit)” (slug has characters that break URLs)", key: "slug.invalid"))
            }
            if !cleaned.isEmpty, cleaned != ".", cleaned != ".." { return cleaned }
        }
        return fromStem(stem)
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
        return cleaned.isEmpty || cleaned == "." || cleaned == ".." ? "page" : cleaned
    }

    static func clean(_ s: String) -> String {
        var out = ""
        for c in s.trimmingCharacters(in: .whitespaces) {
            if c.isWhitespace { out.append("-"); continue }
            if forbidden.contains(c) || c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { continue }
            out.append(c)
        }
        return out
    }
}

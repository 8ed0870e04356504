/// Privacy masking of black-list subjects: what the build publishes instead of a name, a licence plate or a phone.
///
/// Every rule keeps a fixed part and replaces the rest with full-width ＊, so the public text never carries the full value.
public enum Masking {
    /// The mask character (full width, so it sits evenly between Chinese characters).
    public static let star: Character = "＊"

    /// Two-character surnames (复姓) kept whole; any other name keeps its first character.
    public static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空",
        "夏侯", "轩辕", "令狐", "独孤", "南宫", "西门", "端木", "澹台", "申屠", "钟离", "闻人", "赫连", "呼延",
        "百里", "东郭", "太史", "公羊", "万俟", "濮阳", "淳于", "单于", "拓跋", "第五", "左丘", "谷梁", "段干",
    ]

    /// 张三丰 → 张＊＊, 欧阳修 → 欧阳＊＊. The stars never tell the name's length; an empty name is ＊＊.
    public static func name(_ raw: String) -> String {
        let name = raw.filter { !$0.isWhitespace && $0 != "·" && $0 != "•" }
        let chars = Array(name)
        guard let first = chars.first else { return "＊＊" }
        if chars.count >= 3, compoundSurnames.contains(String(chars[0...1])) {
            return String(chars[0...1]) + "＊＊"
        }
        return String(first) + "＊＊"
    }

    /// 浙A12345 → 浙A＊＊＊45, 浙AD12345 (new energy) → 浙A＊＊＊＊45. Separators (space, ·, -) are dropped first.
    /// Anything too short to be a plate is masked whole.
    public static func plate(_ raw: String) -> String {
        let chars = Array(normalizedPlate(raw))
        guard chars.count >= 6 else { return String(repeating: star, count: 3) }
        return String(chars[0...1]) + String(repeating: star, count: chars.count - 4) + String(chars[(chars.count - 2)...])
    }

    /// A plate as it is compared: upper case, without spaces, dots or hyphens.
    public static func normalizedPlate(_ raw: String) -> String {
        String(raw.uppercased().filter { !$0.isWhitespace && !"·•.-_".contains($0) })
    }

    /// 13812345678 → 138＊＊＊＊5678; 0571-88001234 → 057＊＊＊＊＊1234. Fewer than 8 digits: masked whole.
    public static func phone(_ raw: String) -> String {
        let digits = Array(phoneDigits(raw))
        guard digits.count >= 8 else { return String(repeating: star, count: 4) }
        return String(digits[0..<3]) + String(repeating: star, count: digits.count - 7) + String(digits[(digits.count - 4)...])
    }

    /// The digits of a phone number, without separators, full-width digits read as digits, and without a `+86`/`0086`
    /// country code before a mobile number.
    public static func phoneDigits(_ raw: String) -> String {
        let digits = String(PrivacyText.normalize(raw).filter { $0.isASCII && $0.isNumber })
        if digits.count == 13, digits.hasPrefix("861") { return String(digits.dropFirst(2)) }
        if digits.count == 15, digits.hasPrefix("00861") { return String(digits.dropFirst(4)) }
        return digits
    }
}

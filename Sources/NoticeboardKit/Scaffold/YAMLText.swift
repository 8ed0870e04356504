/// Writes values into generated YAML: text is double-quoted when plain YAML would misread it.
enum YAMLText {
    /// `text` as a YAML scalar: plain when safe, else double-quoted with `\` and `"` escaped.
    static func scalar(_ text: String) -> String {
        let special: Set<Character> = [":", "#", "\"", "'", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "\\", "-", "?"]
        let lower = text.lowercased()
        let reserved = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        let numeric = Double(text) != nil || text.first?.isNumber == true
        if text.isEmpty || text.contains(where: { special.contains($0) || $0.isNewline }) || text.first!.isWhitespace
            || text.last!.isWhitespace || reserved.contains(lower) || numeric {
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
        return text
    }
}

/// Finds the commonest slip of Chinese typists in YAML: a full-width colon between key and value (`标题：消防演练`).
/// YAML reads such a line as text, so without this check the user sees errors about missing keys elsewhere; this
/// says at the line itself that `：` must be `:`. Only lines where a key is expected are looked at: not comments,
/// not the lines of a `|` / `>` block, not the continuation of a value that already began, not a list item's text.
enum FullWidthColon {
    /// Line (1-based, in `yaml`) and column (characters) of the first full-width colon written in a key's place.
    static func find(in yaml: String) -> (line: Int, column: Int)? {
        var keyIndent: Int? = nil          // indentation of the last key line
        var deeperIsKey = true             // the last key had no value: a nested mapping may follow
        var blockIndent: Int? = nil        // inside a `|` / `>` block more indented than this
        for (i, raw) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let indent = line.prefix { $0 == " " }.count
            var content = line.dropFirst(indent)
            if content.isEmpty || content.first == "#" || content == "---" || content == "..." { continue }
            if let b = blockIndent {
                if indent > b { continue }
                blockIndent = nil
            }
            // `- ` prefixes put the key further in.
            var itemIndent = indent
            while content.hasPrefix("- ") || content == "-" {
                let rest = content.dropFirst(1)
                let spaces = rest.prefix { $0 == " " }.count
                itemIndent += 1 + spaces
                content = rest.dropFirst(spaces)
            }
            if let k = keyIndent, itemIndent > k, !deeperIsKey { continue }  // continuation of a plain value
            let ascii = asciiKeyColon(content)
            // A list item may be text (`- 报：街道办`); its key lines below it are still looked at.
            if let wide = content.firstIndex(of: "："), ascii.map({ wide < $0 }) ?? true, itemIndent == indent {
                let key = content[..<wide]
                if !key.isEmpty, key.count <= 30, !key.contains(where: { "\"'{[".contains($0) }) {
                    return (i + 1, itemIndent + content.distance(from: content.startIndex, to: wide) + 1)
                }
            }
            guard let colon = ascii else { keyIndent = itemIndent; deeperIsKey = false; continue }
            let value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            keyIndent = itemIndent
            deeperIsKey = value.isEmpty || value.hasPrefix("#")
            if let first = value.first, first == "|" || first == ">" { blockIndent = indent; deeperIsKey = false }
        }
        return nil
    }

    /// The `:` that ends a key: followed by a space or the end of the line, outside quotes.
    private static func asciiKeyColon(_ s: Substring) -> Substring.Index? {
        var quote: Character? = nil
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if let q = quote { if c == q { quote = nil } }
            else if c == "\"" || c == "'" { if i == s.startIndex { quote = c } }
            else if c == ":" {
                let next = s.index(after: i)
                if next == s.endIndex || s[next] == " " || s[next] == "\t" { return i }
            }
            i = s.index(after: i)
        }
        return nil
    }
}

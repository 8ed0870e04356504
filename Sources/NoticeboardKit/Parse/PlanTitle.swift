import Foundation

/// Where an outline item's title ends: at the first sentence end, full- or half-width (`。．.！!？?；;：:`, not a decimal
/// point or a time), or at a space between Chinese runs; with no end within about 40 characters the item has no title.
enum PlanTitle {
    /// Longest title, in characters, before the item is read as having no title.
    static let maxLength = 40
    /// A whole line ending in a sentence end may be this long and still be a title (`三、深入推进未成年思想道德建设。`).
    static let maxLineTitle = 60

    static let fullEnds: Set<Character> = ["。", "．", "！", "？", "；", "："]
    static let halfEnds: Set<Character> = [".", "!", "?", ";", ":"]

    /// The title of `rest` (the text after the number) and how many of its characters it uses up (with the end and
    /// the spaces after it); `consumed == 0` and an empty title when the item has no title.
    static func split(_ rest: [Character], isHeading: Bool) -> (title: String, consumed: Int) {
        let end = firstEnd(rest)
        if let end, end.at <= maxLength, end.at > 0 {
            if isHeading, end.next >= rest.count {
                return (trimmed(String(rest[..<end.at])), rest.count)
            }
            return (trimmed(String(rest[..<end.at])), end.next)
        }
        let whole = trimmed(String(rest))
        if isHeading {
            return (dropEnd(whole), rest.count)
        }
        if end == nil, whole.count <= maxLength { return (whole, rest.count) }
        if let end, end.next >= rest.count, whole.count <= maxLineTitle { return (dropEnd(whole), rest.count) }
        return ("", 0)
    }

    /// Index of the first title end and of the first character after it (and after spaces).
    static func firstEnd(_ rest: [Character]) -> (at: Int, next: Int)? {
        var i = 0
        while i < rest.count {
            let c = rest[i]
            let before: Character? = i > 0 ? rest[i - 1] : nil
            let after: Character? = i + 1 < rest.count ? rest[i + 1] : nil
            if fullEnds.contains(c) || halfEnds.contains(c) {
                // 1.5万, 8:30, www.example: a point between digits or letters is not an end.
                let between = (before.map(isAlnum) ?? false) && (after.map(isAlnum) ?? false)
                if !(between && (c == "." || c == ":" || c == "．" || c == "：")) {
                    return (i, skipSpaces(rest, from: i + 1))
                }
            } else if OutlineNumber.spaces.contains(c), let before, PlanPaste.isHan(before) {
                let next = skipSpaces(rest, from: i)
                if next < rest.count, PlanPaste.isHan(rest[next]) { return (i, next) }
            }
            i += 1
        }
        return nil
    }

    static func isAlnum(_ c: Character) -> Bool { c.isArabicDigit || (c.isASCII && c.isLetter) }

    static func skipSpaces(_ rest: [Character], from: Int) -> Int {
        var j = from
        while j < rest.count, OutlineNumber.spaces.contains(rest[j]) { j += 1 }
        return j
    }

    static func trimmed(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: "\u{3000}")))
    }

    /// A heading's trailing sentence end is not part of its title.
    static func dropEnd(_ s: String) -> String {
        var s = s
        while let last = s.last, fullEnds.contains(last) || halfEnds.contains(last) { s.removeLast() }
        return trimmed(s)
    }
}

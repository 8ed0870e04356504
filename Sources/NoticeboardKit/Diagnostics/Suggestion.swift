/// Finds the nearest known word to a misspelt one, for "did you mean" hints.
public enum Suggestion {
    /// The candidate with the smallest edit distance, if it is close enough to be a plausible typo.
    public static func nearest(to word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(w, Array(candidate.lowercased()))
            if best == nil || d < best!.1 { best = (candidate, d) }
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(1, min(w.count, candidate.count) / 2)
        return d <= limit ? candidate : nil
    }

    /// " （是否想写 `x`？）" when a suggestion exists, else "".
    public static func hint(for word: String, in candidates: [String]) -> String {
        guard let s = nearest(to: word, in: candidates) else { return "" }
        return "；是否想写“\(s)”？(did you mean '\(s)'?)"
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

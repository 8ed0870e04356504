/// Word's automatic numbering from `word/numbering.xml`: abstract numberings and their levels (start, format, level text
/// such as `（%2）`, restart), list instances (`w:num`) with start overrides, and the running counters that make the label
/// Word shows before each numbered paragraph.
struct DocxNumbering {
    /// One level of an abstract numbering.
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        /// `w:lvlRestart`: restart after a use of this 1-based level or higher; 0 never; nil after any higher level.
        var restart: Int?
        var legal = false
        var suffix = "tab"
    }

    /// What a numbered paragraph shows.
    struct Label {
        var text: String
        var suffix: String
        var format: String
        var levelText: String
        var level: Int
    }

    var abstracts: [String: [Int: Level]] = [:]
    /// numId → abstractNumId and the levels it overrides (start values, or whole levels).
    var instances: [String: (abstract: String, starts: [Int: Int], levels: [Int: Level])] = [:]
    private var counters: [String: [Int: Int]] = [:]
    private var started: Set<String> = []

    init(_ root: OfficeXMLNode?) {
        guard let root else { return }
        for abstract in root.children("abstractNum") {
            guard let id = abstract["abstractNumId"] else { continue }
            var levels: [Int: Level] = [:]
            for lvl in abstract.children("lvl") {
                guard let i = lvl["ilvl"].flatMap({ Int($0) }), (0...8).contains(i) else { continue }
                levels[i] = Self.level(lvl)
            }
            abstracts[id] = levels
        }
        for num in root.children("num") {
            guard let id = num["numId"], let abstract = num.child("abstractNumId")?["val"] else { continue }
            var starts: [Int: Int] = [:]
            var levels: [Int: Level] = [:]
            for override in num.children("lvlOverride") {
                guard let i = override["ilvl"].flatMap({ Int($0) }), (0...8).contains(i) else { continue }
                if let s = override.child("startOverride")?["val"].flatMap({ Int($0) }) { starts[i] = s }
                if let lvl = override.child("lvl") { levels[i] = Self.level(lvl) }
            }
            instances[id] = (abstract, starts, levels)
        }
    }

    static func level(_ lvl: OfficeXMLNode) -> Level {
        var level = Level()
        if let s = lvl.child("start")?["val"].flatMap({ Int($0) }) { level.start = max(0, min(s, 1_000_000)) }
        if let f = lvl.child("numFmt")?["val"] { level.format = f }
        if let t = lvl.child("lvlText")?["val"] { level.text = t }
        if let r = lvl.child("lvlRestart")?["val"].flatMap({ Int($0) }) { level.restart = r }
        if let legal = lvl.child("isLgl") { level.legal = !["0", "false", "off"].contains(legal["val"] ?? "1") }
        if let s = lvl.child("suff")?["val"] { level.suffix = s }
        return level
    }

    func levelDefinition(numId: String, level: Int) -> Level? {
        guard let instance = instances[numId] else { return nil }
        return instance.levels[level] ?? abstracts[instance.abstract]?[level]
    }

    /// Counts a paragraph numbered with `numId` at `level` and returns what Word shows; nil for numId 0 or unknown.
    mutating func next(numId: String, level: Int) -> Label? {
        guard numId != "0", let instance = instances[numId], let definition = levelDefinition(numId: numId, level: level) else { return nil }
        // Lists sharing an abstract numbering continue each other in Word, unless the instance restarts with an override.
        let key = instance.starts.isEmpty && instance.levels.isEmpty ? "a:" + instance.abstract : "n:" + numId
        if !started.contains(key) {
            started.insert(key)
            counters[key] = [:]
        }
        var counts = counters[key] ?? [:]
        let start = instance.starts[level] ?? definition.start
        counts[level] = (counts[level] ?? (start - 1)) + 1
        for deeper in (level + 1)..<9 {
            let restart = levelDefinition(numId: numId, level: deeper)?.restart
            if restart == nil || (restart! != 0 && restart! > level) { counts[deeper] = nil }
        }
        counters[key] = counts
        if definition.format == "bullet" {
            return Label(text: definition.text, suffix: definition.suffix, format: "bullet", levelText: definition.text, level: level)
        }
        var text = ""
        var chars = Array(definition.text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, let d = chars[i + 1].wholeNumberValue, (1...9).contains(d) {
                let l = d - 1
                let def = levelDefinition(numId: numId, level: l)
                let value = counts[l] ?? (instance.starts[l] ?? def?.start ?? 1)
                let format = definition.legal && l < level ? "decimal" : (def?.format ?? "decimal")
                text += NumberFormat.text(value, format: format)
                i += 2
            } else {
                text.append(chars[i])
                i += 1
            }
        }
        chars = []
        return Label(text: text, suffix: definition.suffix, format: definition.format, levelText: definition.text, level: level)
    }
}

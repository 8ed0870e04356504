/// Checks across honour rolls: two rolls on one page, photos that exist, links in deeds.
public enum HonourChecks {
    public static func check(_ rolls: [HonourRoll], media: Set<String>, allowsRawHTML: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: HonourRoll] = [:]
        for roll in rolls.sorted(by: { $0.source < $1.source }) {
            if let first = seen[roll.slug] {
                diagnostics.append(.error(roll.source, "网址名“\(roll.slug)”与 \(first.source.path) 重复 (duplicate slug: both map to honours/\(roll.slug)/)", key: "slug.duplicate"))
            } else {
                seen[roll.slug] = roll
            }
            if let intro = roll.intro {
                diagnostics += BodyChecks.checkValue(intro, at: roll.introLocation ?? roll.source, media: media, allowsRawHTML: allowsRawHTML)
            }
            for entry in roll.red {
                if let deeds = entry.deeds {
                    diagnostics += BodyChecks.checkValue(deeds, at: entry.deedsLocation ?? entry.location, media: media, allowsRawHTML: allowsRawHTML)
                }
            }
            let photos = roll.red.compactMap { e in e.photo.map { ($0, e.location) } } + roll.black.compactMap { e in e.photo.map { ($0, e.location) } }
            for (photo, location) in photos {
                switch MediaReference.resolve(photo, from: roll.source.path, media: media) {
                case .media: break
                case .external:
                    diagnostics.append(.error(location, "照片应放在 content/ 里，不能引用外部地址：\(photo) (photo must be a file under content/)", key: "media.external"))
                case .outside, .absolute:
                    diagnostics.append(.error(location, "照片路径不在 content/ 之内：\(photo) (photo outside content/)", key: "media.outside"))
                case .missing(let path):
                    diagnostics.append(.error(location, "找不到照片 content/\(path) (photo does not exist)", key: "media.missing"))
                }
            }
        }
        return diagnostics
    }
}

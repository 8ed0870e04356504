import Foundation
import Markdown

/// The 公示 notice a roll produces by itself once its publicity period has begun: the period, the contact, how to object.
extension HonourRoll {
    public func publicityNotice(on today: LocalDate) -> Notice? {
        guard let p = publicity, today >= p.from else { return nil }
        var expires = p.to
        if let revocation, revocation.date <= p.to { expires = revocation.date.adding(days: -1) }
        var lines: [String] = []
        if let introText {
            lines.append(introText)
        } else if list == .red {
            lines.append("经推荐、评议，拟将以下 \(red.count) 个对象评为\(year)年度“\(Self.escaped(category))”，现予公示。")
        } else {
            lines.append("现将以下不文明行为予以公示，请相关人员及时整改。")
        }
        lines.append("")
        for (i, e) in red.enumerated() {
            let place = e.building.map { Self.escaped($0) + " " } ?? ""
            let household = e.household.map { "（" + Self.escaped($0) + "）" } ?? ""
            lines.append("\(i + 1). \(place)\(Self.escaped(e.name))\(household)")
        }
        for (i, e) in black.enumerated() {
            let who = [e.maskedName, e.maskedPlate].compactMap { $0 }.joined(separator: " ")
            let place = e.place.map { "，" + Self.escaped($0) } ?? ""
            lines.append("\(i + 1). \(Self.escaped(e.behaviour))\(place)\(who.isEmpty ? "" : "（" + who + "）")")
        }
        if !PublicityWording.asksForObjections(introText ?? "") {
            lines.append("")
            lines.append(Self.escaped(PublicityWording.objectionParagraph(p)))
        }
        var notice = Notice(source: source, slug: Route.publicityNoticeSlug(slug), title: noticeTitle ?? title + "公示", kind: .publicity, date: p.from,
                      expires: expires, publicity: p, signedBy: signedBy, number: number, pinned: false, draft: false,
                      body: ChineseTypography.parse(lines.joined(separator: "\n")), bodyLine: 1)
        notice.extraInputs = entriesFile.map { [$0] } ?? []
        return notice
    }

    /// Backslash-escapes Markdown punctuation so names and places stay plain text.
    static func escaped(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_{}[]()#+-.!<>|~&".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }
}

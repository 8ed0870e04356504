import Foundation

/// How a 公示 asks for objections (异议): the author's own text may already say it, and then the automatic
/// paragraph (the generated notice's closing line, the print sheet's 如有异议…) is left out instead of repeated.
public enum PublicityWording {
    /// Whether text already invites objections: 如有异议…, 如有不同意见…反映, 对公示…有意见.
    public static func asksForObjections(_ text: String) -> Bool {
        text.contains("异议") || text.contains("不同意见") || (text.contains("反映") && text.contains("意见"))
    }

    /// The closing paragraph of a generated 公示: the roll's own way to object when it gives one.
    public static func objectionParagraph(_ period: PublicityPeriod) -> String {
        let how = period.objection.map { "如有异议，请于公示期内\($0.trimmingCharacters(in: CharacterSet(charactersIn: "。． ")))。" }
            ?? "居民群众如有不同意见，可向社区居委会反映。"
        return "公示期间，" + how + "反映情况要实事求是，我们将对反映人严格保密。"
    }
}

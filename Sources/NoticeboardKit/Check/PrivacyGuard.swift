import Foundation

/// A value that must never reach the public output in full: a black-list name, plate or phone, with where it was written.
public struct PrivateValue: Sendable {
    public enum Kind: String, Sendable { case name = "姓名", plate = "车牌", phone = "电话" }
    public var kind: Kind
    /// The forms searched for (as written, without separators, common spellings).
    public var forms: [String]
    /// What a diagnostic may show (masked).
    public var masked: String
    public var origin: SourceLocation
}

/// The last line of defence: scans every rendered text file for unmasked black-list values and ID numbers.
public enum PrivacyGuard {
    /// Extensions of output files that are scanned (everything that is text).
    static let textExtensions: Set<String> = ["html", "htm", "xml", "txt", "json", "ics", "css", "js", "svg", "webmanifest", "csv", "md"]

    /// Every name, plate and phone of every black-list entry, in all the spellings searched for.
    public static func values(from rolls: [HonourRoll]) -> [PrivateValue] {
        var values: [PrivateValue] = []
        for roll in rolls where roll.list == .black {
            for e in roll.black {
                if let name = e.name {
                    let compact = name.filter { !$0.isWhitespace }
                    if compact.count >= 2 {
                        values.append(PrivateValue(kind: .name, forms: unique([name.trimmingCharacters(in: .whitespaces), compact]), masked: Masking.name(name), origin: e.location))
                    }
                }
                if let plate = e.plate {
                    let n = Masking.normalizedPlate(plate)
                    if n.count >= 5 {
                        let head = String(n.prefix(2)), tail = String(n.dropFirst(2))
                        values.append(PrivateValue(kind: .plate, forms: unique([plate.trimmingCharacters(in: .whitespaces), n, n.lowercased(), head + "·" + tail, head + " " + tail, head + "-" + tail]),
                                                   masked: Masking.plate(plate), origin: e.location))
                    }
                }
                if let phone = e.phone {
                    let d = Masking.phoneDigits(phone)
                    if d.count >= 7 {
                        var forms = [phone.trimmingCharacters(in: .whitespaces), d]
                        if d.count == 11 {
                            let a = d.prefix(3), b = d.dropFirst(3).prefix(4), c = d.suffix(4)
                            forms += ["\(a) \(b) \(c)", "\(a)-\(b)-\(c)"]
                        }
                        values.append(PrivateValue(kind: .phone, forms: unique(forms), masked: Masking.phone(phone), origin: e.location))
                    }
                }
            }
        }
        return values
    }

    /// One error per output file and leaked value, located at the content file the page came from.
    public static func scan(_ files: [OutputFile], for values: [PrivateValue]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for f in files.sorted(by: { $0.path < $1.path }) {
            let ext = f.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            guard textExtensions.contains(ext) else { continue }
            let text = String(decoding: f.bytes, as: UTF8.self)
            let where_ = SourceLocation(path: f.source ?? f.path)
            for v in values {
                let hit = v.forms.contains { form in text.contains(form) || text.contains(URLPath.encode(form)) }
                guard hit else { continue }
                diagnostics.append(.error(where_, "输出页面 \(f.path) 含有曝光台未打码的\(v.kind.rawValue)（\(v.masked)，见 \(v.origin.path):\(v.origin.line)），请改写来源内容 (unmasked black-list \(v.kind) in rendered output)", key: "privacy.leak"))
            }
            for hit in IDNumberScan.find(in: text) {
                diagnostics.append(.error(where_, "输出页面 \(f.path) 第 \(hit.line) 行含有身份证号码（\(hit.value.prefix(6))…）(ID-card number in rendered output)", key: "privacy.id-number"))
            }
        }
        return diagnostics
    }

    private static func unique(_ forms: [String]) -> [String] {
        var seen = Set<String>()
        return forms.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

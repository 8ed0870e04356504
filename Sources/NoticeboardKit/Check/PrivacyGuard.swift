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
    /// Whose value it is, for the message: 曝光台, 队伍成员, 志愿者, 事件当事人.
    public var what: String = "曝光台"
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

    /// The numbers a site publishes on purpose: `contact.phone` and `public_phones` in `site.yaml`, as bare digits.
    public static func publishedPhones(of profile: SiteProfile) -> Set<String> {
        Set(([profile.contact.phone].compactMap { $0 } + profile.publicPhones).map { MobileNumberScan.normalized($0) })
    }

    /// Errors for every leak in the rendered files — in their text and in their paths (file names, URLs): one per
    /// unmasked black-list value (`privacy.leak`), ID-card number (`privacy.id-number`, valid check digit) or mobile
    /// number not published on purpose (`privacy.phone`). Texts are compared after `PrivacyText.normalize` (entities,
    /// percent-escapes, full-width digits, `+86`, separators). Each is located where the value was typed in a content
    /// file; only a value no content file holds (generated text) is reported at the page's source or the output path.
    public static func scan(_ files: [OutputFile], for values: [PrivateValue], publicPhones: Set<String> = [], sources: [SourceFile] = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let blackPhones = Set(values.filter { $0.kind == .phone }.flatMap(\.forms).map { MobileNumberScan.normalized($0) })
        let squeezedForms = values.map { v in v.forms.map { PrivacyText.squeezed(PrivacyText.normalize($0)) }.filter { $0.count >= 2 } }
        var mobiles: [String: [OutputFile]] = [:]
        var ids: [String: [OutputFile]] = [:]
        var leaks: [Int: [OutputFile]] = [:]
        for f in files.sorted(by: { $0.path < $1.path }) {
            let ext = f.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
            // The path (file names and URLs are public too) and the text, each as a reader would see it.
            var texts = [PrivacyText.normalize(Array(f.path.utf8))]
            if textExtensions.contains(ext) {
                texts.append(PrivacyText.mayChange(f.bytes, names: !values.isEmpty) ? PrivacyText.normalize(f.bytes) : f.bytes)
            }
            if !values.isEmpty {
                let text = texts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
                let squeezed = PrivacyText.squeezed(text)
                for (k, v) in values.enumerated()
                where v.forms.contains(where: { text.contains($0) }) || squeezedForms[k].contains(where: { squeezed.contains($0) }) {
                    leaks[k, default: []].append(f)
                }
            }
            var found = Set<String>()
            var phones = Set<String>()
            for normalized in texts {
                for bytes in PrivacyText.hasGroupedDigitRun(normalized) ? [normalized, PrivacyText.joinDigitGroups(normalized)] : [normalized] {
                    for hit in bytes.withUnsafeBufferPointer({ IDNumberScan.find(in: $0) })
                    where IDNumberScan.hasValidCheckDigit(hit.value) && found.insert(hit.value).inserted {
                        ids[hit.value, default: []].append(f)
                    }
                }
                for hit in MobileNumberScan.find(in: normalized)
                where !publicPhones.contains(hit.digits) && !blackPhones.contains(hit.digits) && phones.insert(hit.digits).inserted {
                    mobiles[hit.digits, default: []].append(f)
                }
            }
        }
        let normalizedSources = sources.sorted { $0.path < $1.path }.map { ($0, PrivacyText.normalize(Array($0.text.utf8))) }
        let entryLines = Dictionary(grouping: values.map(\.origin), by: \.path).mapValues { $0.map(\.line) }
        for (k, outputs) in leaks.sorted(by: { $0.key < $1.key }) {
            let v = values[k]
            let origin = locateValue(v.forms.map(PrivacyText.normalize), squeezed: squeezedForms[k], in: normalizedSources, entryLines: entryLines) ?? fallback(outputs)
            diagnostics.append(.error(origin, "\(v.what)未打码的\(v.kind.rawValue)（\(v.masked)，见 \(v.origin.path):\(v.origin.line)）会出现在 \(listed(outputs))，请改写这里的内容 (unmasked private \(v.kind) would be published)", key: "privacy.leak"))
        }
        for (value, outputs) in ids.sorted(by: { $0.key < $1.key }) {
            let origin = locate(normalizedSources, outputs: outputs) { bytes in
                for candidate in [bytes, PrivacyText.joinDigitGroups(bytes)] {
                    if let hit = candidate.withUnsafeBufferPointer({ IDNumberScan.find(in: $0) }).first(where: { $0.value.uppercased() == value.uppercased() }) { return (hit.line, hit.column) }
                }
                return nil
            }
            diagnostics.append(.error(origin, "输出页面 \(listed(outputs)) 含有身份证号码（\(value.prefix(6))…），不得公开 (ID-card number in rendered output)", key: "privacy.id-number"))
        }
        for (digits, outputs) in mobiles.sorted(by: { $0.key < $1.key }) {
            let origin = locate(normalizedSources, outputs: outputs) { bytes in
                MobileNumberScan.find(in: bytes).first { $0.digits == digits }.map { ($0.line, $0.column) }
            }
            diagnostics.append(.error(origin, "输出页面 \(listed(outputs)) 含有手机号码 \(Masking.phone(digits))，不是社区公开的电话；请删去，或在 site.yaml 的 public_phones 中列出 (mobile number in rendered output that is not one of the site's public phones)", key: "privacy.phone"))
        }
        return diagnostics
    }

    /// The line of a content file where a black-list value is written in full, other than its own entry in the roll.
    private static func locateValue(_ forms: [String], squeezed: [String], in sources: [(SourceFile, [UInt8])], entryLines: [String: [Int]]) -> SourceLocation? {
        for (file, bytes) in sources {
            let own = entryLines[file.path] ?? []
            var line = 0
            for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                line += 1
                let text = String(decoding: raw, as: UTF8.self)
                let column = forms.lazy.compactMap { form in text.range(of: form).map { text.distance(from: text.startIndex, to: $0.lowerBound) + 1 } }.first
                guard column != nil || squeezed.contains(where: { PrivacyText.squeezed(text).contains($0) }) else { continue }
                if own.contains(where: { $0 <= line && line <= $0 + 8 }) { continue }  // the roll's own entry
                return file.location(line: line, column: column ?? 1)
            }
        }
        return nil
    }

    /// The content file (and line) a leaked number was written in, else the first output file's source.
    private static func locate(_ sources: [(SourceFile, [UInt8])], outputs: [OutputFile], find: ([UInt8]) -> (Int, Int)?) -> SourceLocation {
        for (file, bytes) in sources {
            if let (line, column) = find(bytes) { return file.location(line: line, column: column) }
        }
        return fallback(outputs)
    }

    private static func fallback(_ outputs: [OutputFile]) -> SourceLocation {
        let first = outputs[0]
        return SourceLocation(path: first.source ?? first.path)
    }

    private static func listed(_ outputs: [OutputFile]) -> String {
        let paths = outputs.map(\.path)
        return paths.prefix(3).joined(separator: "、") + (paths.count > 3 ? " 等 \(paths.count) 个文件" : "")
    }

    private static func unique(_ forms: [String]) -> [String] {
        var seen = Set<String>()
        return forms.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

/// Finds Chinese mobile numbers (11 digits, 1[3-9]…), also written `138 1234 5678` or `138-1234-5678`, in UTF-8 bytes.
public enum MobileNumberScan {
    /// A number found: its digits and 1-based line and character column.
    public struct Hit: Sendable, Equatable {
        public var digits: String
        public var line: Int
        public var column: Int
    }

    /// Only the digits of a phone number, without a leading 86 country code.
    public static func normalized(_ phone: String) -> String {
        let digits = String(phone.unicodeScalars.filter { ("0"..."9").contains($0) })
        return digits.count == 13 && digits.hasPrefix("86") ? String(digits.dropFirst(2)) : digits
    }

    public static func find(in bytes: [UInt8]) -> [Hit] {
        bytes.withUnsafeBufferPointer { find(in: $0) }
    }

    /// Plain comparisons over a buffer: this runs over every output file, also in debug builds.
    public static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var hits: [Hit] = []
        var line = 1, column = 1
        var i = 0
        let n = bytes.count
        @inline(__always) func isDigit(_ at: Int) -> Bool { at < n && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
        @inline(__always) func isAlnum(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
        while i < n {
            let b = bytes[i]
            if b == 0x31, i + 1 < n, bytes[i + 1] >= 0x33, bytes[i + 1] <= 0x39, i == 0 || !isAlnum(bytes[i - 1]) {
                // 3 digits, optional separator, 4 digits, optional separator, 4 digits
                var j = i, digits: [UInt8] = []
                for group in [3, 4, 4] {
                    if !digits.isEmpty, j < n, bytes[j] == 0x20 || bytes[j] == 0x2D || bytes[j] == 0x2E, isDigit(j + 1) { j += 1 }
                    var k = 0
                    while k < group, isDigit(j) { digits.append(bytes[j]); j += 1; k += 1 }
                    if k < group { break }
                }
                if digits.count == 11, j >= n || !isAlnum(bytes[j]) {
                    hits.append(Hit(digits: String(decoding: digits, as: UTF8.self), line: line, column: column))
                    column += j - i
                    i = j
                    continue
                }
            }
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return hits
    }
}

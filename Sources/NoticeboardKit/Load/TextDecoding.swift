import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns a file's bytes into text: UTF-8 with or without BOM, or GB18030 (Excel's Chinese CSV) through iconv.
public enum TextDecoding {
    /// The encoding a file turned out to be in.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8BOM = "UTF-8 (BOM)"
        case gb18030 = "GB18030"
    }

    /// Why bytes could not be read as text.
    public enum Failure: Error, Equatable, Sendable {
        /// Not valid UTF-8: the byte offset of the first bad byte, and whether the bytes read as GB18030 instead.
        case invalidUTF8(offset: Int, looksLikeGB18030: Bool)
        /// A NUL byte at this offset (binary file or corrupted export).
        case nulByte(offset: Int)
        case invalidGB18030(offset: Int)
    }

    /// Decodes UTF-8 (a BOM is removed), refusing other encodings.
    public static func decodeUTF8(_ data: [UInt8]) -> Result<(String, Encoding), Failure> {
        var bytes = data[...]
        var encoding = Encoding.utf8
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = bytes.dropFirst(3)
            encoding = .utf8BOM
        }
        if let nul = bytes.firstIndex(of: 0) { return .failure(.nulByte(offset: nul)) }
        if let bad = firstInvalidUTF8(bytes) {
            let gb = (try? iconvDecode(Array(data), from: "GB18030")) != nil
            return .failure(.invalidUTF8(offset: bad, looksLikeGB18030: gb))
        }
        return .success((String(decoding: bytes, as: UTF8.self), encoding))
    }

    /// Decodes UTF-8 when the bytes are valid UTF-8, else GB18030 (what Excel writes for Chinese CSV).
    public static func decodeUTF8OrGB18030(_ data: [UInt8]) -> Result<(String, Encoding), Failure> {
        switch decodeUTF8(data) {
        case .success(let r): return .success(r)
        case .failure(.nulByte(let o)): return .failure(.nulByte(offset: o))
        case .failure:
            do {
                return .success((try iconvDecode(data, from: "GB18030"), .gb18030))
            } catch let failure as Failure {
                return .failure(failure)
            } catch {
                return .failure(.invalidGB18030(offset: 0))
            }
        }
    }

    /// Offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return i
            }
            guard i + length <= end else { return i }
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
    }

    /// Converts bytes in `encoding` to a String with iconv; throws `.invalidGB18030` with the offset of a bad byte.
    static func iconvDecode(_ data: [UInt8], from encoding: String) throws -> String {
        do {
            return String(decoding: try Iconv.convert(data, from: encoding, to: "UTF-8"), as: UTF8.self)
        } catch Iconv.Failure.invalidInput(let offset) {
            throw Failure.invalidGB18030(offset: offset)
        } catch {
            throw Failure.invalidGB18030(offset: 0)
        }
    }

    /// Line and character column of a byte offset in bytes that are UTF-8 up to that offset.
    public static func lineAndColumn(ofByte offset: Int, in data: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var i = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < min(offset, data.count) {
            let b = data[i]
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    /// Line endings made `\n` (Windows CRLF and old Mac CR).
    public static func normalizeNewlines(_ s: String) -> String {
        guard s.utf8.contains(0x0D) else { return s }
        return s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

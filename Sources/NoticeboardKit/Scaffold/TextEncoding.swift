import Foundation

/// Turns text back into the bytes of the encoding a file was read in, so an edited CSV keeps its encoding.
public enum TextEncoding {
    /// The bytes of `text` in `encoding` (a UTF-8 BOM is written for `.utf8BOM`); GB18030 through iconv.
    public static func encode(_ text: String, as encoding: TextDecoding.Encoding) throws -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf8BOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .gb18030: return try iconvEncode(text, to: "GB18030")
        }
    }

    static func iconvEncode(_ text: String, to encoding: String) throws -> [UInt8] {
        do {
            return try Iconv.convert(Array(text.utf8), from: "UTF-8", to: encoding)
        } catch Iconv.Failure.unsupported {
            throw ScaffoldError("系统不支持 \(encoding) 编码 (iconv cannot convert to \(encoding))")
        } catch {
            throw ScaffoldError("文字无法转换为 \(encoding) (text cannot be written as \(encoding))")
        }
    }
}

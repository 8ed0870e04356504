import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        let cd = iconv_open(encoding, "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { throw ScaffoldError("系统不支持 \(encoding) 编码 (iconv cannot convert to \(encoding))") }
        defer { iconv_close(cd) }
        var input = Array(text.utf8)
        if input.isEmpty { return [] }
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        let (result, left, produced): (Int, Int, Int) = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return (r, inLeft, outBuf.count - outLeft)
            }
        }
        guard result != -1, left == 0 else { throw ScaffoldError("文字无法转换为 \(encoding) (text cannot be written as \(encoding))") }
        return Array(output[0..<produced])
    }
}

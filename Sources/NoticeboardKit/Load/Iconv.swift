#if canImport(Glibc)
import Glibc
#endif

/// Glibc's iconv, the one place bytes change encoding (reading Excel's GB18030 CSV, writing a row back in it).
enum Iconv {
    /// Why a conversion stopped.
    enum Failure: Error {
        case unsupported
        /// The input byte offset where conversion stopped (a byte that is not valid in the source encoding).
        case invalidInput(offset: Int)
    }

    static func convert(_ input: [UInt8], from source: String, to target: String) throws -> [UInt8] {
        let cd = iconv_open(target, source)
        guard cd != iconv_t(bitPattern: -1) else { throw Failure.unsupported }
        defer { iconv_close(cd) }
        if input.isEmpty { return [] }
        var bytes = input
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let (result, consumed, produced): (Int, Int, Int) = bytes.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return (r, inBuf.count - inLeft, outBuf.count - outLeft)
            }
        }
        guard result != -1, consumed == input.count else { throw Failure.invalidInput(offset: consumed) }
        return Array(output[0..<produced])
    }
}

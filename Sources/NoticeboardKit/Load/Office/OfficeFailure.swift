/// Why an Office file could not be read: each case becomes one located error with a stable key.
public enum OfficeFailure: Error, Sendable, Equatable {
    /// A binary Office 97–2003 or WPS file (`.doc`, `.xls`, `.wps`, `.et`), by its extension.
    case oldFormat(ext: String)
    /// An OLE container holding an `EncryptedPackage`: the file has a password.
    case encrypted
    /// Not a ZIP file, or a ZIP whose directory or data is damaged.
    case corrupt(String)
    /// A part the format needs is missing (`word/document.xml`, `xl/workbook.xml`).
    case missingPart(String)
    /// A part (or the whole file) expands past a limit of `OfficePackage.Limits`.
    case tooLarge(part: String, limit: Int)
    /// Too many parts in the ZIP, or too many cells in a workbook.
    case tooMany(what: String, limit: Int)
    /// An XML part declares a DOCTYPE (entities, external references): refused before parsing.
    case doctype(part: String)
    /// An XML part is not well-formed, at this line and column of the part.
    case malformedXML(part: String, line: Int, column: Int, reason: String)

    public var key: String {
        switch self {
        case .oldFormat: return "office.old-format"
        case .encrypted: return "office.encrypted"
        case .corrupt: return "office.corrupt"
        case .missingPart: return "office.corrupt"
        case .tooLarge: return "office.too-large"
        case .tooMany: return "office.too-large"
        case .doctype: return "office.doctype"
        case .malformedXML: return "office.xml"
        }
    }

    /// Where in the file the problem is, shown before the message (`word/document.xml:3:10`).
    public var anchor: String? {
        switch self {
        case .doctype(let part): return part
        case .malformedXML(let part, let line, let column, _): return "\(part):\(line):\(column)"
        case .tooLarge(let part, _): return part
        default: return nil
        }
    }

    public var message: String {
        switch self {
        case .oldFormat(let ext):
            let target = ["xls", "et"].contains(ext) ? "xlsx" : "docx"
            let app = ["wps", "et"].contains(ext) ? "WPS" : (target == "xlsx" ? "Excel" : "Word")
            return ".\(ext) 是旧的二进制格式，无法读取；请在 \(app) 中“另存为” .\(target)（或运行 noticeboard convert，需要安装 LibreOffice）(old binary format .\(ext): save it as .\(target))"
        case .encrypted:
            return "文件设置了打开密码，无法读取；请在 Word/Excel 中取消密码（文件 → 信息 → 保护 → 用密码进行加密，清空密码）后再保存 (password-protected file: remove the password and save again)"
        case .corrupt(let reason):
            return "文件已损坏或不是 Office 文件（\(reason)）；请用 Word/Excel 打开后重新保存 (corrupt or not an Office file)"
        case .missingPart(let part):
            return "文件缺少 \(part)，不是完整的 Word/Excel 文件；请用 Word/Excel 打开后重新保存 (missing part \(part))"
        case .tooLarge(_, let limit):
            return "解压后超过 \(limit / 1024 / 1024) MB 的上限，已拒绝（可能是“压缩炸弹”）(part expands past the limit of \(limit) bytes)"
        case .tooMany(let what, let limit):
            return "文件中的\(what)超过 \(limit) 个的上限，已拒绝 (more than \(limit) \(what))"
        case .doctype:
            return "含有 DOCTYPE 声明（实体或外部引用），Word/Excel 不会写出这种内容，已拒绝 (XML with a DOCTYPE declaration refused)"
        case .malformedXML(_, _, _, let reason):
            return "不是格式正确的 XML（\(reason)）；请用 Word/Excel 打开后重新保存 (malformed XML)"
        }
    }

    /// The error as a diagnostic on `path`.
    public func diagnostic(path: String) -> Diagnostic {
        .error(SourceLocation(path: path, anchor: anchor), message, key: key)
    }
}

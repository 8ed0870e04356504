import ArgumentParser
import Foundation
import NoticeboardKit

/// `noticeboard convert FILE…`: saves old Word/Excel/WPS files as .docx/.xlsx with LibreOffice (docs/office.md).
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert", abstract: "用 LibreOffice 把 .doc/.xls/.wps/.et 另存为 .docx/.xlsx (convert old Office files)")

    @Argument(help: "要转换的文件 (files to convert)")
    var files: [String]

    func run() throws {
        guard let soffice = OfficeConversion.findLibreOffice() else {
            FileHandle.standardError.write(Data("未找到 LibreOffice（soffice）；请安装 LibreOffice，或在 Word/Excel/WPS 中“另存为” .docx/.xlsx (LibreOffice not found)\n".utf8))
            throw ExitCode(1)
        }
        var failed = false
        for file in files {
            do {
                let output = try OfficeConversion.convert(file, soffice: soffice)
                print("已转换 \(file) → \(output)；请把原文件移出 content/ (converted)")
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}

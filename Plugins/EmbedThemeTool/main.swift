import Foundation

// Writes a Swift file embedding every file under a theme folder: `EmbedThemeTool TEMPLATES OUTPUT`.
// Run by the EmbedTheme build plugin; the output lives in the build folder, never in git.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedThemeTool TEMPLATES OUTPUT\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
var files: [(String, String)] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
              !url.lastPathComponent.hasPrefix(".") else { continue }
        let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            FileHandle.standardError.write(Data("\(relative): not UTF-8 text\n".utf8))
            exit(1)
        }
        files.append((relative, text))
    }
}
files.sort { $0.0 < $1.0 }

/// A Swift string literal for any text: quotes, backslashes and control characters escaped.
func literal(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

var swift = "// Generated at build time by the EmbedTheme plugin from templates/. Not in git.\n\n"
swift += "/// The default theme, built into the binary so a site without its own `templates/` still builds.\n"
swift += "public enum BuiltinTheme {\n    public static let files: [String: String] = [\n"
for (name, text) in files {
    swift += "        \(literal(name)): \(literal(text)),\n"
}
swift += "    ]\n}\n"
let output = URL(fileURLWithPath: arguments[2])
if (try? String(contentsOf: output, encoding: .utf8)) != swift {
    try swift.write(to: output, atomically: true, encoding: .utf8)
}

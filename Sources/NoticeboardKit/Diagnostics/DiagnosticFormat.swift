import Foundation

/// How diagnostics are printed: plain text for people, GitHub annotations for Actions, JSON for tools.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case github
    case json

    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text:
            return diagnostics.map { $0.description + "\n" }.joined()
        case .github:
            return diagnostics.map { d in
                let level = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
                let message = Self.escapeGitHub(d.anchoredMessage + " [" + d.key + "]")
                return "::\(level) file=\(Self.escapeGitHubProperty(d.location.path)),line=\(d.location.line),col=\(d.location.column),title=\(d.key)::\(message)\n"
            }.joined()
        case .json:
            let items = diagnostics.map { d -> String in
                "{\"severity\":\(JSONString.quote(d.severity.rawValue)),\"path\":\(JSONString.quote(d.location.path)),\"line\":\(d.location.line),\"column\":\(d.location.column),\"key\":\(JSONString.quote(d.key)),\"message\":\(JSONString.quote(d.message))\(d.location.anchor.map { ",\"anchor\":" + JSONString.quote($0) } ?? "")}"
            }
            return "[" + items.joined(separator: ",\n ") + "]\n"
        }
    }

    static func escapeGitHub(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeGitHubProperty(_ s: String) -> String {
        escapeGitHub(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// JSON string literals, escaped per RFC 8259 (also safe inside an HTML `<script>` block).
public enum JSONString {
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Moves diagnostics found in the text converted from an Office file back to where the user can find them: the Word
/// paragraph (`¶23`) or the cell (`工作表!C12`) the line came from, or the line of the YAML file beside a document.
public enum OfficeLocations {
    public static func remap(_ diagnostics: [Diagnostic], files: [SourceFile]) -> [Diagnostic] {
        var maps: [String: [SourceLocation]] = [:]
        for file in files { if let map = file.lineMap { maps[file.path] = map } }
        guard !maps.isEmpty else { return diagnostics }
        return diagnostics.map { d in
            guard d.location.anchor == nil, let map = maps[d.location.path], !map.isEmpty else { return d }
            var d = d
            let index = min(max(d.location.line, 1), map.count) - 1
            var target = map[index]
            if target.anchor == nil { target.column = d.location.column }  // a line of the YAML file beside the document
            d.location = target
            return d
        }
    }
}

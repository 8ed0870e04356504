import Yams

/// A YAML value with the place it came from in the user's file, read with Yams' composer (which keeps marks).
public struct YAMLValue: Sendable {
    /// The shape of the value; scalars stay text until a field asks for a type.
    public enum Shape: Sendable {
        case null
        case scalar(String)
        case sequence([YAMLValue])
        case mapping([(key: YAMLValue, value: YAMLValue)])
    }

    public var shape: Shape
    public var location: SourceLocation

    public var string: String? {
        if case .scalar(let s) = shape { return s }
        return nil
    }

    public var isNull: Bool {
        if case .null = shape { return true }
        return false
    }

    public var sequence: [YAMLValue]? {
        if case .sequence(let items) = shape { return items }
        return nil
    }

    public var mapping: [(key: YAMLValue, value: YAMLValue)]? {
        if case .mapping(let pairs) = shape { return pairs }
        return nil
    }

    /// A word for error messages: what the user wrote instead of the expected type.
    public var shapeName: String {
        switch shape {
        case .null: return "空值 (empty)"
        case .scalar: return "文字 (text)"
        case .sequence: return "列表 (a list)"
        case .mapping: return "键值表 (a mapping)"
        }
    }

    /// Parses YAML text that starts on `firstLine` of `path`; errors are located in the file, not in the YAML text.
    public static func parse(_ yaml: String, path: String, firstLine: Int = 1) -> Result<YAMLValue?, Diagnostic> {
        let lineOffset = firstLine - 1
        func located(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return SourceLocation(path: path, line: firstLine, column: 1) }
            return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
        }
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .success(nil) }
        if let finding = YAMLGuard.check(yaml) {
            let location = SourceLocation(path: path, line: finding.line + lineOffset, column: finding.column)
            return .failure(Diagnostic.error(location, finding.message, key: finding.key))
        }
        if let at = FullWidthColon.find(in: yaml) {
            return .failure(Diagnostic.error(SourceLocation(path: path, line: at.line + lineOffset, column: at.column),
                                             "“：”是中文冒号，键和值之间要用英文冒号“:”，后面空一格 (`：` must be `:`)", key: "yaml.fullwidth-colon"))
        }
        do {
            // The encoding is given: `Parser.Encoding.default` reads the environment on every parse.
            guard let node = try Yams.compose(yaml: yaml, .default, .default, .utf8) else { return .success(nil) }
            return .success(convert(node, located: located, depth: 0))
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _),
                 .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                // The context mark is where the construct the reader gave up on began (an unclosed `[` or quote);
                // the problem mark, often lines later, is named in the message.
                guard let context, context.mark.line >= 1 else {
                    return .failure(Diagnostic.error(located(mark), "YAML 语法错误：\(problem) (YAML syntax error)", key: "yaml.syntax"))
                }
                let problemLine = mark.line + lineOffset
                return .failure(Diagnostic.error(located(context.mark),
                    "YAML 语法错误：从这里开始的内容（\(context.text)）到第 \(problemLine) 行第 \(mark.column) 列仍读不下去：\(problem)；多半是括号或引号没有闭合 (YAML syntax error \(context.text) begun here: \(problem) at line \(problemLine) column \(mark.column))",
                    key: "yaml.syntax"))
            case .duplicatedKeysInMapping(let duplicates, let context):
                // Yams marks the mapping; point at the second time the key is written instead.
                let location = secondOccurrence(of: duplicates, in: yaml).map { SourceLocation(path: path, line: $0.line + lineOffset, column: $0.column) } ?? located(context.mark)
                return .failure(Diagnostic.error(location, "键重复：\(duplicates.joined(separator: ", ")) 写了两次 (duplicate key)", key: "yaml.duplicate-key"))
            case .reader(let problem, _, _, _):
                return .failure(Diagnostic.error(located(nil), "YAML 无法读取：\(problem) (YAML reader error)", key: "yaml.syntax"))
            default:
                return .failure(Diagnostic.error(located(nil), "YAML 错误：\(error) (YAML error)", key: "yaml.syntax"))
            }
        } catch {
            return .failure(Diagnostic.error(located(nil), "YAML 错误：\(error) (YAML error)", key: "yaml.syntax"))
        }
    }

    /// Line and column of the second line that starts with one of `keys` followed by a colon.
    static func secondOccurrence(of keys: [String], in yaml: String) -> (line: Int, column: Int)? {
        var seen = Set<String>()
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            for key in keys where rest.hasPrefix(key + ":") || rest.hasPrefix("\"" + key + "\":") || rest.hasPrefix("'" + key + "':") {
                if !seen.insert(key).inserted { return (index + 1, indent + 1) }
            }
        }
        return nil
    }

    private static func convert(_ node: Node, located: (Mark?) -> SourceLocation, depth: Int) -> YAMLValue {
        let location = located(node.mark)
        guard depth <= YAMLGuard.maximumDepth + 1 else { return YAMLValue(shape: .null, location: location) }
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return YAMLValue(shape: .null, location: location)
            }
            return YAMLValue(shape: .scalar(scalar.string), location: location)
        case .sequence(let sequence):
            return YAMLValue(shape: .sequence(sequence.map { convert($0, located: located, depth: depth + 1) }), location: location)
        case .mapping(let mapping):
            let pairs = mapping.map { pair in
                (key: convert(pair.key, located: located, depth: depth + 1), value: convert(pair.value, located: located, depth: depth + 1))
            }
            return YAMLValue(shape: .mapping(pairs), location: location)
        case .alias:
            return YAMLValue(shape: .null, location: location)
        }
    }
}

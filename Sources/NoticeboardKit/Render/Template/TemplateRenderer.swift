import Markdown

/// Renders parsed templates over typed views: the fast path for the built-in theme.
///
/// Same semantics as swift-mustache (which renders a site's own templates): a name is looked up from the innermost
/// value outwards; a section over a list repeats, over `false` or a missing value is skipped, over anything else
/// (even an empty string) renders once with that value pushed; partials and parents (`{{< layout}}` with
/// `{{$block}}`) with the same indentation rules. Escaping works on UTF-8 bytes, not one `Character` at a time.
struct TemplateRenderer {
    let templates: [String: CompiledTemplate]

    private struct Context {
        var stack: [TemplateValue]
        var indentation: String?
        var inherited: [String: CompiledTemplate]?
    }

    /// Renders the template `name` with `view` as the only value on the stack; a missing template renders as "".
    func render(_ name: String, _ view: any TemplateView) -> String {
        guard let t = templates[name] else { return "" }
        var out = ""
        out.reserveCapacity(16_384)
        render(t, Context(stack: [.view(view)]), into: &out)
        return out
    }

    private func render(_ template: CompiledTemplate, _ context: Context, into out: inout String) {
        if let indentation = context.indentation, !indentation.isEmpty {
            var local = ""
            var piece = ""
            for node in template.nodes {
                piece.removeAll(keepingCapacity: true)
                render(node, context, into: &piece)
                if !piece.isEmpty, local.utf8.last == UInt8(ascii: "\n") { local += indentation }
                local += piece
            }
            out += local
        } else {
            for node in template.nodes { render(node, context, into: &out) }
        }
    }

    private func render(_ node: TemplateNode, _ context: Context, into out: inout String) {
        switch node {
        case .text(let s):
            out += s
        case .variable(let name, let escaped):
            guard let value = lookup(name, context.stack) else { return }
            if escaped { HTMLEscaping.append(value.printed, to: &out) } else { out += value.printed }
        case .section(let name, let body):
            switch lookup(name, context.stack) {
            case nil, .flag(false)?: return
            case .flag(true)?: render(body, context, into: &out)
            case .list(let items)?:
                for item in items {
                    var c = context
                    c.stack.append(item)
                    render(body, c, into: &out)
                }
            case let value?:
                var c = context
                c.stack.append(value)
                render(body, c, into: &out)
            }
        case .inverted(let name, let body):
            switch lookup(name, context.stack) {
            case nil, .flag(false)?: render(body, context, into: &out)
            case .list(let items)? where items.isEmpty: render(body, context, into: &out)
            default: return
            }
        case .partial(let name, let indent, let overrides):
            guard let t = templates[name] else { return }
            var c = context
            if let indent { c.indentation = (context.indentation ?? "") + indent }
            if let overrides {
                c.inherited = context.inherited.map { $0.merging(overrides) { kept, _ in kept } } ?? overrides
            }
            render(t, c, into: &out)
        case .block(let name, let fallback, let indent):
            var c = context
            if let indent { c.indentation = (context.indentation ?? "") + indent }
            render(context.inherited?[name] ?? fallback, c, into: &out)
        case .blockDefinition:
            return
        }
    }

    private func lookup(_ name: TemplateName, _ stack: [TemplateValue]) -> TemplateValue? {
        if name.isCurrent { return stack.last }
        guard let first = name.parts.first else { return nil }
        var value: TemplateValue?
        if name.fromTop {
            value = stack.last.flatMap { child($0, first) }
        } else {
            for v in stack.reversed() {
                if let c = child(v, first) { value = c; break }
            }
        }
        for part in name.parts.dropFirst() {
            guard let v = value else { return nil }
            value = child(v, part)
        }
        return value
    }

    private func child(_ value: TemplateValue, _ key: String) -> TemplateValue? {
        if case .view(let view) = value { return view.value(for: key) }
        return nil
    }
}

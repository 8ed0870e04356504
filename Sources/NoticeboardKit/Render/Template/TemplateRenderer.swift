import Markdown

/// Renders parsed templates over typed views: the fast path for the built-in theme.
///
/// Same semantics as swift-mustache (which renders a site's own templates): a name is looked up from the innermost
/// value outwards; a section over a list repeats, over `false` or a missing value is skipped, over anything else
/// (even an empty string) renders once with that value pushed; partials and parents (`{{< layout}}` with
/// `{{$block}}`) with the same indentation rules. Escaping works on UTF-8 bytes, not one `Character` at a time.
struct TemplateRenderer {
    let templates: [String: CompiledTemplate]

    /// The values sections pushed, innermost last; shared by one page's render and pushed and popped in place.
    private final class Stack {
        var items: [TemplateValue]
        init(_ root: TemplateValue) { items = [root]; items.reserveCapacity(16) }
    }

    private struct Context {
        let stack: Stack
        var indentation: String?
        var inherited: [String: CompiledTemplate]?
    }

    /// Renders the template `name` with `view` as the only value on the stack; a missing template renders as "".
    func render(_ name: String, _ view: any TemplateView) -> String {
        guard let t = templates[name] else { return "" }
        var out = ""
        out.reserveCapacity(16_384)
        render(t, Context(stack: Stack(.view(view))), into: &out)
        return out
    }

    private func render(_ template: CompiledTemplate, _ context: Context, into out: inout String) {
        if let indentation = context.indentation, !indentation.isEmpty {
            // As swift-mustache: a node's output that starts a new line of this template's own output is indented.
            var piece = ""
            var lastWasNewline = false
            for node in template.nodes {
                piece.removeAll(keepingCapacity: true)
                render(node, context, into: &piece)
                guard let last = piece.utf8.last else { continue }
                if lastWasNewline { out += indentation }
                out += piece
                lastWasNewline = last == UInt8(ascii: "\n")
            }
        } else {
            for node in template.nodes { render(node, context, into: &out) }
        }
    }

    private func render(_ node: TemplateNode, _ context: Context, into out: inout String) {
        switch node {
        case .text(let s):
            out += s
        case .variable(let name, let escaped):
            guard let value = lookup(name, context.stack.items) else { return }
            if escaped { HTMLEscaping.append(value.printed, to: &out) } else { out += value.printed }
        case .section(let name, let body):
            switch lookup(name, context.stack.items) {
            case nil, .flag(false)?: return
            case .flag(true)?: render(body, context, into: &out)
            case .list(let items)?:
                for item in items {
                    context.stack.items.append(item)
                    render(body, context, into: &out)
                    context.stack.items.removeLast()
                }
            case let value?:
                context.stack.items.append(value)
                render(body, context, into: &out)
                context.stack.items.removeLast()
            }
        case .inverted(let name, let body):
            switch lookup(name, context.stack.items) {
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
        guard let first = name.ids.first else { return nil }
        var value: TemplateValue?
        if name.fromTop {
            value = stack.last.flatMap { child($0, first) }
        } else {
            for v in stack.reversed() {
                if let c = child(v, first) { value = c; break }
            }
        }
        for part in name.ids.dropFirst() {
            guard let v = value else { return nil }
            value = child(v, part)
        }
        return value
    }

    private func child(_ value: TemplateValue, _ key: Int) -> TemplateValue? {
        if case .view(let view) = value { return view.value(forKey: key) }
        return nil
    }
}

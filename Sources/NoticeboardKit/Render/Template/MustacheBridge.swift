import Mustache

/// Hands a typed view to swift-mustache, which renders a site's own templates: keys are answered from the view's
/// `fields` (no reflection), values become the plain Swift values swift-mustache knows.
struct MustacheBridge: MustacheParent {
    let view: any TemplateView

    func child(named name: String) -> Any? {
        view.value(for: name).map(Self.plain)
    }

    static func plain(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let s): return s
        case .number(let n): return n
        case .flag(let b): return b
        case .view(let v): return MustacheBridge(view: v)
        case .list(let items): return items.map(plain)
        }
    }
}

import Foundation
import Markdown

/// Bar charts as inline SVG made at build time (no JavaScript): `role="img"` with a `<title>` and `aria-label`;
/// every number is formatted with fixed precision so the output is the same on every build.
public enum SVGChart {
    /// One stack of a bar chart: a name, a fill colour, a value per label.
    public struct Series: Sendable {
        public var name: String
        public var color: String
        public var values: [Double]
        public init(name: String, color: String, values: [Double]) {
            self.name = name
            self.color = color
            self.values = values
        }
    }

    /// Fill colours of categories, in the site's category order; dark enough for white gaps between stacks.
    public static let palette = ["#b71c1c", "#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457",
                                 "#5d4037", "#827717", "#37474f", "#f9a825", "#7986cb", "#a1887f", "#4db6ac"]

    static let width = 640.0, height = 260.0, left = 48.0, right = 8.0, top = 12.0, bottom = 28.0

    /// `12.5` → `12.5`, `3` → `3.0`: one decimal, for coordinates.
    static func coordinate(_ d: Double) -> String { String(format: "%.1f", d) }

    /// A value with a fixed number of decimals.
    public static func number(_ d: Double, decimals: Int) -> String { String(format: "%.\(decimals)f", d) }

    /// The axis maximum and step: 1, 2 or 5 times a power of ten, at most five steps.
    static func scale(_ maximum: Double) -> (top: Double, step: Double) {
        guard maximum > 0 else { return (1, 1) }
        var power = 1.0
        while true {
            for factor in [1.0, 2, 5] {
                let step = power * factor, steps = (maximum / step).rounded(.up)
                if steps <= 5 { return (steps * step, step) }
            }
            power *= 10
        }
    }

    /// A stacked bar chart: one bar per label, one stack per series.
    public static func bars(id: String, title: String, labels: [String], series: [Series], decimals: Int = 0, unit: String = "") -> String {
        let totals = labels.indices.map { i in series.reduce(0) { $0 + ($1.values.indices.contains(i) ? $1.values[i] : 0) } }
        let (axisTop, step) = scale(totals.max() ?? 0)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let slot = plotWidth / Double(max(labels.count, 1))
        let barWidth = slot * 0.62
        func y(_ v: Double) -> Double { top + plotHeight - v / axisTop * plotHeight }
        let e = HTMLEscaping.escape
        var out = "<svg class=\"chart\" id=\"\(e(id))\" role=\"img\" aria-label=\"\(e(title))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" xmlns=\"http://www.w3.org/2000/svg\">"
        out += "<title>\(e(title))</title>"
        var tick = 0.0
        while tick <= axisTop + step / 2 {
            let ty = coordinate(y(tick))
            out += "<line class=\"grid\" x1=\"\(coordinate(left))\" y1=\"\(ty)\" x2=\"\(coordinate(width - right))\" y2=\"\(ty)\" stroke=\"#ddd\" stroke-width=\"1\"/>"
            out += "<text class=\"tick\" x=\"\(coordinate(left - 6))\" y=\"\(coordinate(y(tick) + 4))\" text-anchor=\"end\" font-size=\"15\" fill=\"#555\">\(number(tick, decimals: step < 1 ? decimals : 0))</text>"
            tick += step
        }
        for (i, label) in labels.enumerated() {
            let x = left + slot * Double(i) + (slot - barWidth) / 2
            var base = 0.0
            for s in series {
                let v = s.values.indices.contains(i) ? s.values[i] : 0
                guard v > 0 else { continue }
                let y0 = y(base + v), h = y(base) - y(base + v)
                out += "<rect x=\"\(coordinate(x))\" y=\"\(coordinate(y0))\" width=\"\(coordinate(barWidth))\" height=\"\(coordinate(h))\" fill=\"\(s.color)\">"
                out += "<title>\(e(label)) \(e(s.name))：\(number(v, decimals: decimals))\(e(unit))</title></rect>"
                base += v
            }
            out += "<text class=\"label\" x=\"\(coordinate(x + barWidth / 2))\" y=\"\(coordinate(height - 8))\" text-anchor=\"middle\" font-size=\"15\" fill=\"#333\">\(e(label))</text>"
        }
        out += "<line x1=\"\(coordinate(left))\" y1=\"\(coordinate(y(0)))\" x2=\"\(coordinate(width - right))\" y2=\"\(coordinate(y(0)))\" stroke=\"#333\" stroke-width=\"1\"/>"
        out += "</svg>"
        return out
    }
}

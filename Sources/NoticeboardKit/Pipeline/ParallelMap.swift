import Foundation

/// Maps an array on every core and returns the results in the input's order, so output stays deterministic.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let slots = Slots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in slots.set(i, transform(items[i])) }
        return slots.values.map { $0! }
    }
}

/// Result slots filled by concurrent workers, one index each.
private final class Slots<R>: @unchecked Sendable {
    var values: [R?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: R) { lock.lock(); values[i] = value; lock.unlock() }
}

import FlyingFox
import FlyingSocks
import Foundation

/// The server-sent events body: the current build state at once, then one event per build, with a comment line as
/// a keep-alive every 10 seconds.
struct EventStream: AsyncBufferedSequence, AsyncBufferedIteratorProtocol {
    typealias Element = UInt8
    let state: PreviewState
    var sentVersion: Int? = nil

    func makeAsyncIterator() -> EventStream { self }

    mutating func next() async throws -> UInt8? {
        fatalError("EventStream is read in buffers")
    }

    mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
        if sentVersion == nil {
            sentVersion = state.version
            return Array("retry: 500\ndata: \(state.eventJSON())\n\n".utf8)
        }
        var waited = 0
        while state.version == sentVersion {
            try await Task.sleep(nanoseconds: 100_000_000)
            waited += 1
            if waited == 100 { return Array(": keep-alive\n\n".utf8) }
        }
        sentVersion = state.version
        return Array("data: \(state.eventJSON())\n\n".utf8)
    }
}

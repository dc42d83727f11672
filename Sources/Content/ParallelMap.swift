import Foundation

/// Maps over a collection on all cores, keeping input order.
///
/// Pages load and render independently, so spreading them over cores shortens large builds; results are
/// stored by index so the output order (and so the bytes of every listing) never depends on timing.
public enum ParallelMap {
    /// Applies `transform` to every input; the first failure in input order is rethrown.
    public static func map<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], _ transform: @Sendable (Input) throws -> Output
    ) throws -> [Output] {
        let results = ResultSlots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            results.store(index, Result { try transform(inputs[index]) })
        }
        return try results.values()
    }

    /// Runs two independent pieces of work at once and returns when both are done; a failure of
    /// `first` is rethrown before one of `second`, as if they had run one after the other.
    ///
    /// A build's stages have serial parts (one slow dataset, one document's original, the search
    /// index's postings): work that does not depend on them fills the other core meanwhile.
    /// `first` runs on the calling thread and `second` on a thread of its own, not as two
    /// iterations of `concurrentPerform`: a `concurrentPerform` inside one of those (the datasets
    /// loading on all cores) would run its iterations one after the other.
    public static func pair<First: Sendable, Second: Sendable>(
        _ first: () throws -> First, _ second: @escaping @Sendable () throws -> Second
    ) throws -> (First, Second) {
        let two = BackgroundWork { Result { try second() } }
        let one = Result { try first() }
        return (try one.get(), try two.value.get())
    }
}

/// Index-addressed result storage shared by concurrent workers; each slot is written exactly once.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    private var slots: [Result<Output, any Error>?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ index: Int, _ result: Result<Output, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// The results in input order; the first failure (by input order) is rethrown.
    func values() throws -> [Output] {
        try slots.map { slot in
            guard let slot else { throw ContentError(file: "", problem: "an item was not processed", fix: "report this as a bug") }
            return try slot.get()
        }
    }
}

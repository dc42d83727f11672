import Foundation
import Synchronization

/// One piece of work started on a thread of its own now and waited for when its result is wanted,
/// so that independent walks of a build (the inputs' fingerprint, the proof of the output folder,
/// the record) overlap instead of following one another.
///
/// A thread of its own rather than the dispatch pool: the pool counts a thread waiting for a
/// result as busy, and on two cores it ran the record only after the proof while the build
/// waited for the record; and a `concurrentPerform` inside the work (the datasets loading on all
/// cores) still spreads its iterations, as it would not inside another `concurrentPerform`.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the work before it signals `done`, read only after waiting for it.
    private var result: Value?
    /// Set by `stop()`; work that can end early looks at it (`isStopped`).
    private let stopped = Atomic<Bool>(false)

    /// Starts `work`; a long one can look at its argument between steps and end early, with an
    /// answer its reader will not use, once the build no longer wants it (`stop()`).
    public init(_ work: @escaping @Sendable (_ isStopped: () -> Bool) -> Value) {
        let thread = Thread { [self] in
            result = work { stopped.load(ordering: .relaxed) }
            done.signal()
        }
        thread.start()
    }

    /// Starts `work`, which runs to its end.
    public convenience init(_ work: @escaping @Sendable () -> Value) {
        self.init { _ in work() }
    }

    /// Tells the work that its result is no longer wanted, so that it does not hold a core the
    /// build needs; its `value` is then whatever the work answered on stopping.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    /// The work's result, once it is done.
    public var value: Value {
        done.wait()
        done.signal()  // later reads do not wait
        guard let result else { preconditionFailure("the work signals only once it has a result") }
        return result
    }
}

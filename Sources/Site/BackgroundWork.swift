import Foundation
import Synchronization

/// One piece of work started on a thread of its own now and waited for when its result is wanted,
/// so that independent walks of a build (the inputs' fingerprint, the proof of the output folder,
/// the record and the cache) overlap instead of following one another.
///
/// A thread of its own rather than the dispatch pool: the pool counts a thread waiting for a
/// result as busy, and on two cores it ran the record, the cache and the proof one after another
/// while the build waited for the first two.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the work before it signals `done`, read only after waiting for it.
    private var result: Value?
    /// Set by `stop()`; work that can end early looks at it (`isStopped`).
    private let stopped = Atomic<Bool>(false)
    /// Set by `yieldCores()`.
    private let yielding = Atomic<Bool>(false)

    /// Starts `work`; a long one calls its argument between steps, which ends it early (true),
    /// with an answer its reader will not use, once the build no longer wants it (`stop()`), and
    /// lowers its thread's priority once the build wants its result later than others'
    /// (`yieldCores()`).
    init(_ work: @escaping @Sendable (_ isStopped: () -> Bool) -> Value) {
        let thread = Thread { [self] in
            var lowered = false
            result = work {
                if !lowered, yielding.load(ordering: .relaxed) {
                    lowered = true
                    // Linux keeps a nice value per thread: this one alone steps back.
                    _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
                }
                return stopped.load(ordering: .relaxed)
            }
            done.signal()
        }
        thread.start()
    }

    /// Starts `work`, which runs to its end.
    convenience init(_ work: @escaping @Sendable () -> Value) {
        self.init { _ in work() }
    }

    /// Tells the work that its result is no longer wanted, so that it does not hold a core the
    /// build needs; its `value` is then whatever the work answered on stopping.
    func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    /// Lets the work run on a core only when no other work of the process wants it: its result
    /// is needed later than that of the work started after it. It still runs at full speed once
    /// the build waits for it.
    func yieldCores() {
        yielding.store(true, ordering: .relaxed)
    }

    /// The work's result, once it is done.
    var value: Value {
        done.wait()
        done.signal()  // later reads do not wait
        guard let result else { preconditionFailure("the work signals only once it has a result") }
        return result
    }
}

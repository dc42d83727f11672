import Foundation

/// One piece of work started on another thread now and waited for when its result is wanted, so
/// that two independent walks of a no-op build (the inputs' fingerprint, the output's listing)
/// overlap on two cores instead of following one another.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the work before it signals `done`, read only after waiting for it.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The work's result, once it is done.
    var value: Value {
        done.wait()
        done.signal()  // later reads do not wait
        guard let result else { preconditionFailure("the work signals only once it has a result") }
        return result
    }
}

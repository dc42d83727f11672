import Foundation

/// A value made the first time it is asked for, by whichever thread asks first, and kept.
///
/// An edit build assembles the whole site model but renders one page: what only some bodies need
/// (the wiki link targets of every page, which took a tenth of such a build) waits for a body
/// that asks for it.
final class OnFirstUse<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Read and written only under `lock`.
    private var made: Value?
    private var make: (@Sendable () -> Value)?

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        lock.withLock {
            if let made { return made }
            guard let make else { preconditionFailure("`make` is dropped only once `made` is set") }
            let value = make()
            made = value
            self.make = nil
            return value
        }
    }
}

import Synchronization

/// A value made the first time it is asked for, by whichever thread asks first, and kept.
///
/// An edit build assembles the whole site model but renders one page: what only some bodies need
/// (the wiki link targets of every page, which took a tenth of such a build) waits for a body
/// that asks for it.
final class OnFirstUse<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    /// Held while the value is made, so that two threads asking at once make it once.
    private let made = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}

/// What the browser needs to know about the served site: which build it shows and whether the
/// last build failed.
///
/// Every finished build (good or bad) bumps `version`; open pages long-poll for a version newer
/// than theirs and then reload, or show `error` over the last good page.
public actor ReloadState {
    /// Increases with every finished build, so a page can tell it is out of date.
    public private(set) var version = 0
    /// The message of the last build when it failed; nil when the last build succeeded.
    public private(set) var error: String?

    public init() {}

    /// Records a finished build. A build that found nothing changed (a file saved with the same
    /// bytes) after a good one leaves the version alone, so open pages do not reload for nothing.
    public func finished(error: String?, changed: Bool = true) {
        if !changed, error == nil, self.error == nil { return }
        self.error = error
        version += 1
    }

    /// Waits until the version differs from `seen` or `timeout` passes, polling briefly, so that a
    /// request never holds on longer than a proxy or browser would wait.
    public func wait(after seen: Int, timeout: Duration) async -> (version: Int, error: String?) {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while version == seen, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(100))
        }
        return (version, error)
    }
}

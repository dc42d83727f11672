import Charts
import Synchronization

/// The rank strips of the prefecture pages, each prepared once: the 47 pages draw the same strip
/// per dataset, each marked at its own prefecture, and the pages are assembled on all cores.
final class StripCache: Sendable {
    private let strips = Mutex<[String: (RankStrip, RankStrip.Shared)?]>([:])

    /// The dataset's strip ranked by `measure` (a column key, or empty for its key indicator),
    /// from `prepare` the first time it is asked for. Two pages asking at once may both prepare
    /// it; they prepare the same strip.
    func strip(dataset: String, measure: String, prepare: () -> (RankStrip, RankStrip.Shared)?) -> (RankStrip, RankStrip.Shared)? {
        let key = dataset + "\u{0}" + measure
        if let known = strips.withLock({ $0[key] }) { return known }
        let prepared = prepare()
        strips.withLock { $0[key] = prepared }
        return prepared
    }
}

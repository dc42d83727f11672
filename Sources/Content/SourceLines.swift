import Foundation

/// A 1-based, inclusive range of lines in a source document.
public struct SourceLines: Sendable, Hashable, CustomStringConvertible {
    /// First line.
    public let first: Int
    /// Last line.
    public let last: Int

    /// Creates a range; `last` is never before `first`.
    public init(first: Int, last: Int) {
        self.first = first
        self.last = max(first, last)
    }

    /// Parses `3-211` (or a single `17`); nil when it is not that shape.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        switch parts.count {
        case 1:
            guard let line = parts[0], line > 0 else { return nil }
            self.init(first: line, last: line)
        case 2:
            guard let first = parts[0], let last = parts[1], first > 0, last >= first else { return nil }
            self.init(first: first, last: last)
        default:
            return nil
        }
    }

    /// `3-211` (or `17`), the form files store.
    public var plain: String {
        first == last ? "\(first)" : "\(first)-\(last)"
    }

    /// `3–211`, with an en dash as Japanese typesetting uses for ranges.
    public var description: String {
        first == last ? "\(first)" : "\(first)–\(last)"
    }
}

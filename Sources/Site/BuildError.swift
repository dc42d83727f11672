/// A build failure that is not about one content file: a bad output directory, a failed write.
public struct BuildError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong and what to do about it.
    public let description: String

    /// Creates an error with its full message.
    public init(_ description: String) {
        self.description = description
    }
}

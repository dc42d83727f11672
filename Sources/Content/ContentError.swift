/// A problem with the content of a site, located at a file (and a line where one is known).
///
/// The description reads `pages/a.md:3: <what is wrong> — <what to do>`, so an editor can jump to
/// the place and knows how to fix it.
public struct ContentError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Path of the offending file, relative to the content directory where possible.
    public let file: String
    /// 1-based line number in that file, when known.
    public let line: Int?
    /// What is wrong.
    public let problem: String
    /// What would fix it.
    public let fix: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, problem: String, fix: String) {
        self.file = file
        self.line = line
        self.problem = problem
        self.fix = fix
    }

    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(problem) — \(fix)"
    }
}

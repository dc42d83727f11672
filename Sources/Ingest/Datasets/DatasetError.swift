import Foundation
/// Why a table could not be read or the dataset files could not be written: names the file and
/// line and says what would fix it.
public struct DatasetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (relative to the project root where possible).
    public let file: String
    /// The 1-based line, when the problem is on one line.
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

    /// `file:line: problem. fix`.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(problem). \(fix)"
    }
}

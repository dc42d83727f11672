/// A problem with the templates directory, located at a template file and line.
public struct TemplateError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Path of the template, relative to the templates directory.
    public let file: String
    /// 1-based line, when known.
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

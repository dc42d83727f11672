import ArgumentParser
import Foundation
import LinkCheck

/// `shiryo check`: validates a built site without changing it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every link, image and script of a built site resolves inside it.",
        discussion: "Every href and src must name a file of the site (relative, not a folder) and every #fragment an id on its page. Prints each problem as file:line and exits non-zero when there is one.")

    @Option(help: "The built site to check.")
    var output = "public"

    @Flag(help: "Print nothing but problems.")
    var quiet = false

    func run() throws {
        let found = Result { try LinkChecker.problems(inFolder: URL(fileURLWithPath: output)) }
        guard case .success(let problems) = found else {
            if case .failure(let error) = found { StandardError.write("error: \(error)\n") }
            throw ExitCode.failure
        }
        for problem in problems { StandardError.write("\(output)/\(problem)\n") }
        if !problems.isEmpty {
            StandardError.write("\(problems.count) broken links in \(output)\n")
            throw ExitCode.failure
        }
        if !quiet { StandardError.write("checked \(output): every link resolves\n") }
    }
}

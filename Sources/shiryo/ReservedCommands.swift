import ArgumentParser

/// Commands whose names are reserved for capabilities that are not built yet; each says so and
/// exits non-zero, so scripts do not mistake them for success.
protocol ReservedCommand: ParsableCommand {}

extension ReservedCommand {
    func run() throws {
        StandardError.write("shiryo \(Self.configuration.commandName ?? ""): not yet available\n")
        throw ExitCode.failure
    }
}

/// `shiryo check`.
struct Check: ReservedCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate links, references and data checks (not yet available).")
}

import ArgumentParser
import Foundation
import Serve
import Site

/// `shiryo serve`: build, serve on 127.0.0.1, rebuild on change and reload open pages.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild when content/ or templates/ change.",
        discussion: "Open pages reload after each rebuild. A failed rebuild is printed here and shown over the open pages, while the last good site stays served. The output folder holds exactly what `shiryo build` writes.")

    @OptionGroup var folders: SiteFolders

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8080

    @Flag(help: "Open the site in the default browser.")
    var open = false

    func run() async throws {
        let options = folders.options()
        let server: DevServer
        let address: URL
        do {
            server = try DevServer(options: options, port: port) { StandardError.write("\($0)\n") }
            address = try await server.start()
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
        StandardError.write("serving \(address.absoluteString) (Ctrl-C to stop)\n")
        if open { Self.openInBrowser(address) }
        while true { try await Task.sleep(for: .seconds(3600)) }
    }

    /// Hands the address to the desktop's opener; a machine without one just keeps serving.
    private static func openInBrowser(_ address: URL) {
        let opener = Process()
        opener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        opener.arguments = [FileManager.default.fileExists(atPath: "/usr/bin/open") ? "open" : "xdg-open", address.absoluteString]
        try? opener.run()
    }
}

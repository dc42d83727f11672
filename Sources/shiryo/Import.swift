import ArgumentParser
import Foundation
import Ingest

/// `shiryo import`: content/sources/ → content/documents/ (and content/data/).
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import content/sources/ into Markdown sections (content/documents/) and datasets (content/data/).",
        discussion: "The output is deterministic and meant to be committed. With --check nothing is written: the command fails and lists the files that differ when the committed output is stale.")

    @Option(help: "The content directory.")
    var content = "content"

    @Flag(help: "Write nothing; fail and list the files that an import would change.")
    var check = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let directory = URL(fileURLWithPath: content)
        do {
            if check {
                let stale = try Importers.check(contentDirectory: directory)
                guard stale.isEmpty else {
                    StandardError.write(
                        "error: the imported content is stale; run `shiryo import` and commit the result. Files that differ:\n"
                            + stale.map { "  \($0)\n" }.joined())
                    throw ExitCode.failure
                }
                if !quiet { StandardError.write("imported content is up to date\n") }
            } else {
                let summary = try Importers.run(contentDirectory: directory)
                if !quiet { StandardError.write(summary) }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
    }
}

/// Every importer, run in order on sources read once.
enum Importers {
    static func run(contentDirectory: URL) throws -> String {
        let (documents, datasets) = try ContentImporter().run(contentDirectory: contentDirectory)
        return documents.documents.map { document in
            "imported \(document.id): \(document.sections) sections, \(document.tables) tables, prose coverage \(String(format: "%.1f", document.coverage * 100))%\n"
        }.joined() + datasets.summary + "\n"
    }

    static func check(contentDirectory: URL) throws -> [String] {
        try ContentImporter().check(contentDirectory: contentDirectory)
    }
}

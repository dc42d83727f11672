import ArgumentParser
import Foundation
import Site

/// `shiryo build`: content/ + templates/ → public/.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from content/ and templates/ into public/.",
        discussion: "Only files whose bytes changed are written and files no longer produced are deleted. When nothing the build reads changed since the last build into the same folder, it says 変更なし and writes nothing. A failed build leaves the output directory as it was.")

    @OptionGroup var folders: SiteFolders

    @Option(help: "Absolute URL where the output is published; used only for sitemap.xml and canonical links.")
    var baseURL: String?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let options = folders.options(baseURL: baseURL)
        do {
            // The process ends with the report: what the build made is left to the process's end.
            try SiteBuilder(options: options).build { report -> Never in
                tell(report)
                Foundation.exit(EXIT_SUCCESS)
            }
        } catch {
            StandardError.write("error: \(error)\n")
            throw ExitCode.failure
        }
    }

    /// The build's warnings and, unless `--quiet`, its summary, on stderr.
    private func tell(_ report: BuildReport) {
        // A corpus with thousands of dead links would bury the summary; the first ones say enough,
        // and `shiryo check` lists them all.
        for warning in report.warnings.prefix(20) { StandardError.write("warning: \(warning)\n") }
        if report.warnings.count > 20 {
            StandardError.write("warning: … and \(report.warnings.count - 20) more (`shiryo check --output DIR` lists every broken link)\n")
        }
        guard !quiet else { return }
        if report.upToDate {
            for notice in report.notices { StandardError.write("notice: \(notice)\n") }
            StandardError.write(
                "変更なし: \(report.pages) pages up to date, nothing written (checked in \(Seconds.format(report.seconds)) s)\n")
            return
        }
        let stages = report.stages.map { "\($0.name) \(Seconds.format($0.seconds))" }.joined(separator: ", ")
        StandardError.write(
            "built \(report.pages) pages in \(Seconds.format(report.seconds)) s, \(report.sync.written) written, \(report.sync.unchanged) unchanged, \(report.sync.deleted) deleted (\(stages))\n"
        )
        if let search = report.search {
            let megabytes = String(format: "%.1f", Double(search.bytes) / 1_048_576)
            StandardError.write(
                "search index: \(search.pages) pages, \(megabytes) MB in \(search.files) files (\(search.shards) posting shards)\n")
        }
        for notice in report.notices { StandardError.write("notice: \(notice)\n") }
    }
}

/// Writes progress and errors to stderr, keeping stdout free for data.
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

enum Seconds {
    /// Two decimals, the precision a person reads a build time at.
    static func format(_ seconds: Double) -> String {
        String(format: "%.2f", seconds)
    }
}

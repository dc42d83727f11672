import ArgumentParser
import Foundation
import Site

/// The folders a build reads and writes, shared by `build` and `serve`.
struct SiteFolders: ParsableArguments {
    @Option(help: "The content directory.")
    var content = "content"

    @Option(help: "The templates directory.")
    var templates = "templates"

    @Option(help: "The output directory (its stale files are deleted).")
    var output = "public"

    @Flag(help: "Take over a non-empty output folder Shiryo did not write, or build although a content folder the last build read is missing.")
    var force = false

    @Flag(help: "Build pages marked `draft: true` too.")
    var drafts = false

    func options(baseURL: String? = nil) -> BuildOptions {
        BuildOptions(
            contentDirectory: URL(fileURLWithPath: content),
            templatesDirectory: URL(fileURLWithPath: templates),
            outputDirectory: URL(fileURLWithPath: output),
            baseURL: baseURL, force: force, drafts: drafts)
    }
}

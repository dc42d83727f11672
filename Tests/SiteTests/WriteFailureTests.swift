import Content
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@testable import Site

/// A build that cannot write (a full disk, a read-only file system, a refused permission, a file
/// where a folder belongs) names the file, says what to do in words, and leaves the output folder
/// as it was. These ended in raw Foundation errors (NSCocoaErrorDomain Code 640, 513, 516, 512, 4)
/// with a truncated `about/index.html` and the old page gone. Tests run as root, whom the system
/// never refuses, so the failures are injected at the sync's system calls (`WriteFault`);
/// Tests/Robustness/write-failures.sh meets a real full and read-only file system.
@Suite struct WriteFailureTests {
    /// A site built once, then changed so that the next build rewrites a page, deletes one and
    /// makes a new folder: every kind of change a failure could leave half done.
    static func changedSite() throws -> FixtureSite {
        let site = try FixtureSite([
            "content/site.yaml": "title: 資料\n",
            "content/pages/about.md": "---\ntitle: 概要\n---\n古い本文",
            "content/pages/old.md": "---\ntitle: 古い\n---\n消える",
        ])
        try site.build()
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/old.md"))
        try site.folder.write([
            "content/pages/about.md": "---\ntitle: 概要\n---\n新しい本文",
            "content/pages/guide/setup.md": "---\ntitle: 手順\n---\n新しいページ",
        ])
        return site
    }

    /// The folders of one depth are made together: when one of them cannot be made, those made
    /// beside it and above it are removed again, and no folder the build made is left.
    @Test func aFolderThatCannotBeMadeLeavesNoFolderOfTheBuild() throws {
        let site = try Self.changedSite()
        try site.folder.write([
            "content/pages/notes/a.md": "---\ntitle: 覚書\n---\n本文",
            "content/pages/terms/b.md": "---\ntitle: 用語\n---\n本文",
        ])
        let folders = { Set((FileManager.default.subpaths(atPath: site.output.path) ?? []).filter { !$0.contains(".") }) }
        let before = folders()
        var builder = SiteBuilder(options: site.options)
        builder.fault = WriteFault(step: .folder, code: EEXIST, pathSuffix: "notes/a")
        let error = try #require(throws: ContentError.self) { try builder.build() }
        #expect(error.file.hasSuffix("notes/a"))
        #expect(folders() == before)
        #expect(!before.contains("terms") && !before.contains("notes"))
    }

    @Test(arguments: [
        (WriteFault(step: .write, code: ENOSPC), "No space left on device", "free some disk space"),
        (WriteFault(step: .open, code: ENOSPC, pathSuffix: "about/index.html"), "No space left on device", "free some disk space"),
        (WriteFault(step: .open, code: EROFS), "Read-only file system", "read-only file system: choose another with --output"),
        (WriteFault(step: .open, code: EACCES), "Permission denied", "make the output folder writable"),
        (WriteFault(step: .folder, code: EEXIST), "File exists", "a file stands where the build needs a folder"),
        (WriteFault(step: .rename, code: EPERM), "Operation not permitted", "immutable flag"),
    ])
    func aWriteThatFailsNamesTheFileAndLeavesTheOutputAsItWas(_ fault: WriteFault, _ reason: String, _ fix: String) throws {
        let site = try Self.changedSite()
        let before = FileTree.site(site.output)
        var builder = SiteBuilder(options: site.options)
        builder.fault = fault
        let error = try #require(throws: ContentError.self) { try builder.build() }
        let text = String(describing: error)
        #expect(error.file.hasPrefix(site.output.path + "/"), "\(text)")
        if let suffix = fault.pathSuffix { #expect(error.file.hasSuffix(suffix)) }
        #expect(error.problem == "cannot be written (\(reason))")
        #expect(error.fix.contains(fix))
        for raw in ["NSCocoaErrorDomain", "Error Domain", "Code=", "NSError", "UserInfo"] { #expect(!text.contains(raw)) }
        // Nothing changed: the old pages are there, whole, and no temporary file is left.
        #expect(FileTree.site(site.output) == before)
        #expect(!FileTree.snapshot(site.output).keys.contains { $0.contains(AtomicFileWriter.temporaryPrefix) })
        // The next build, with room to write, gives what a clean build gives.
        try site.build()
        let clean = try FixtureSite([:])
        try FileManager.default.removeItem(at: clean.content)
        try FileManager.default.copyItem(at: site.content, to: clean.content)
        try clean.build()
        #expect(FileTree.site(site.output) == FileTree.site(clean.output))
    }

    /// `--output` naming a file (Code 516) and a folder that cannot be made (Code 512/4).
    @Test func anOutputThatIsAFileIsRefusedInWords() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: A\n---\n本文"])
        try site.folder.write(["public": "not a folder"])
        let error = try #require(throws: ContentError.self) { try site.build() }
        #expect(error.file == site.output.path)
        #expect(!String(describing: error).contains("NSCocoaErrorDomain"))
        #expect(error.fix.contains("is a folder"))
        #expect(try site.folder.read("public") == "not a folder")
    }
}

import Foundation
import Testing

@testable import Site

/// 「最終更新」 comes from the content's git history, so builds stay reproducible: the same commit
/// gives the same bytes, and a tree outside a checkout gives no date at all.
@Suite struct LastUpdatedTests {
    static func git(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        for key in ["GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"] { environment[key] = "2024-05-06T12:00:00+09:00" }
        for key in ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"] { environment[key] = "編集者" }
        for key in ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"] { environment[key] = "editor@example.org" }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    @Test func insideACheckoutPagesShowTheirLastCommitDateAndRebuildsAreIdentical() throws {
        let site = try FixtureSite.built(BuildIntegrationTests.wiki)
        let outside = FileTree.site(site.output)
        #expect(!(try site.page("guide/setup/index.html")).contains("最終更新"))
        #expect(!(try site.page("index.html")).contains("最近の更新"))

        try Self.git(["init", "-q"], in: site.content)
        try Self.git(["add", "."], in: site.content)
        try Self.git(["commit", "-q", "-m", "pages"], in: site.content)
        try site.build()
        let first = FileTree.site(site.output)
        #expect(try site.page("guide/setup/index.html").contains("最終更新：令和6年5月6日（2024年5月6日）"))
        // The home page lists what changed last, from the same history.
        #expect(try site.page("index.html").contains("<li><a href=\"guide/faq/index.html\">よくある質問</a> <span class=\"document-meta\">令和6年5月6日（2024年5月6日）</span></li>"))
        try site.build()
        #expect(FileTree.site(site.output) == first)

        // Without the checkout around it, the same content builds exactly as before.
        try FileManager.default.removeItem(at: site.content.appendingPathComponent(".git"))
        try site.build()
        #expect(FileTree.site(site.output) == outside)
    }

    /// 「このページを編集」 leads to the content file of hand-written pages and programs; a generated
    /// section, which the importer would overwrite, links its source lines instead.
    @Test func editLinksLeadToHandWrittenFilesOnly() throws {
        var files = ProgramPagesTests.files
        files["content/site.yaml"] = "edit_url: https://git.example.org/edit/main/content/\n"
        let site = try FixtureSite.built(files)
        #expect(try site.page("programs/centres/index.html").contains("<a href=\"https://git.example.org/edit/main/content/programs/centres.md\">"))
        let section = try site.page("documents/test-doc/01-gaiyo/index.html")
        #expect(!section.contains("git.example.org"))
        #expect(section.contains("原資料 001 行 2–5"))
    }
}

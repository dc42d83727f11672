import Content
import Foundation
import Testing

@testable import Site

@Suite struct OutputSyncTests {
    @Test func writesOnlyChangedFilesAndDeletesStaleOnes() throws {
        let folder = try TemporaryDirectory()
        let sync = OutputSync(directory: folder.url.appendingPathComponent("out"))
        let first = try sync.sync([
            OutputFile(path: "index.html", text: "a"), OutputFile(path: "x/index.html", text: "b"),
            OutputFile(path: "x/y/old.txt", text: "c"),
        ])
        #expect(first == SyncReport(written: 3, unchanged: 0, deleted: 0))

        let second = try sync.sync([OutputFile(path: "index.html", text: "a"), OutputFile(path: "x/index.html", text: "B")])
        #expect(second == SyncReport(written: 1, unchanged: 1, deleted: 1))
        #expect(FileTree.snapshot(sync.directory) == ["index.html": Data("a".utf8), "x/index.html": Data("B".utf8)])
        // The folder that held only the stale file is gone too.
        #expect(!FileManager.default.fileExists(atPath: sync.directory.appendingPathComponent("x/y").path))
    }

    @Test func aFileMayBecomeAFolderAndBack() throws {
        let folder = try TemporaryDirectory()
        let sync = OutputSync(directory: folder.url)
        _ = try sync.sync([OutputFile(path: "a", text: "file")])
        _ = try sync.sync([OutputFile(path: "a/index.html", text: "page")])
        #expect(FileTree.snapshot(folder.url) == ["a/index.html": Data("page".utf8)])
        _ = try sync.sync([OutputFile(path: "a", text: "file again")])
        #expect(FileTree.snapshot(folder.url) == ["a": Data("file again".utf8)])
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a/../../b", "a//b", "", "a/./b"])
    func refusesPathsOutsideTheOutput(_ path: String) throws {
        let folder = try TemporaryDirectory()
        let sync = OutputSync(directory: folder.url.appendingPathComponent("out"))
        #expect(throws: ContentError.self) { try sync.sync([OutputFile(path: path, text: "x")]) }
        #expect(FileTree.snapshot(folder.url).isEmpty)
    }

    @Test func neverWritesThroughASymbolicLink() throws {
        let folder = try TemporaryDirectory()
        let outside = folder.url.appendingPathComponent("outside")
        let output = folder.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("link"), withDestinationURL: outside)
        let sync = OutputSync(directory: output)
        // The link is not part of the site, so it is removed as stale and a real folder takes its place.
        let report = try sync.sync([OutputFile(path: "link/x.html", text: "x")])
        #expect(report.deleted == 1)
        #expect(FileTree.snapshot(outside).isEmpty)
        let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("link").path)
        #expect(attributes[.type] as? FileAttributeType == .typeDirectory)
    }

    @Test func outputLocationRules() throws {
        let folder = try TemporaryDirectory()
        let content = folder.url.appendingPathComponent("content")
        let protected = [content, folder.url.appendingPathComponent("templates")]
        try OutputLocation.validate(folder.url.appendingPathComponent("public"), protecting: protected)
        for bad in [content, content.appendingPathComponent("x"), folder.url, FileManager.default.homeDirectoryForCurrentUser] {
            #expect(throws: ContentError.self, "\(bad.path)") { try OutputLocation.validate(bad, protecting: protected) }
        }
    }
}

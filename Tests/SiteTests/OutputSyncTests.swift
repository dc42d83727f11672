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
        #expect(FileTree.site(sync.directory) == ["index.html": Data("a".utf8), "x/index.html": Data("B".utf8)])
        // The folder that held only the stale file is gone too.
        #expect(!FileManager.default.fileExists(atPath: sync.directory.appendingPathComponent("x/y").path))
    }

    @Test func aFileMayBecomeAFolderAndBack() throws {
        let folder = try TemporaryDirectory()
        let sync = OutputSync(directory: folder.url)
        _ = try sync.sync([OutputFile(path: "a", text: "file")])
        _ = try sync.sync([OutputFile(path: "a/index.html", text: "page")])
        #expect(FileTree.site(folder.url) == ["a/index.html": Data("page".utf8)])
        _ = try sync.sync([OutputFile(path: "a", text: "file again")])
        #expect(FileTree.site(folder.url) == ["a": Data("file again".utf8)])
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
        let sync = OutputSync(directory: output, adopt: true)
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

    @Test func aFolderShiryoDidNotWriteIsRefusedUnlessAdopted() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["notes.txt": "大事なメモ"])
        let refused = OutputSync(directory: folder.url)
        #expect {
            try refused.sync([OutputFile(path: "index.html", text: "a")])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("holds files that Shiryo did not write (notes.txt") && text.contains("--force")
        }
        #expect(FileTree.snapshot(folder.url) == ["notes.txt": Data("大事なメモ".utf8)])

        let adopted = try OutputSync(directory: folder.url, adopt: true).sync([OutputFile(path: "index.html", text: "a")])
        #expect(adopted == SyncReport(written: 1, unchanged: 0, deleted: 1))
        // Once the marker is there the folder is Shiryo's: later builds need no --force.
        #expect(try refused.sync([OutputFile(path: "index.html", text: "b")]).written == 1)
    }

    @Test func aSecondBuildIntoTheSameFolderFailsClearly() throws {
        let folder = try TemporaryDirectory()
        let lock = try OutputMarker.claim(folder.url, adopt: false)
        defer { lock.release(writing: OutputMarker.text(contentFolders: [])) }
        #expect {
            try OutputSync(directory: folder.url).sync([OutputFile(path: "index.html", text: "a")])
        } throws: { error in
            String(describing: error).contains("another build is writing this folder right now")
        }
        #expect(FileTree.site(folder.url).isEmpty)
    }

    @Test func aFileAndAFolderAtOnePathAreRefusedBeforeAnyWrite() throws {
        let folder = try TemporaryDirectory()
        let sync = OutputSync(directory: folder.url.appendingPathComponent("out"))
        #expect {
            try sync.sync([OutputFile(path: "a.html", text: "a"), OutputFile(path: "01", text: "x"), OutputFile(path: "01/index.html", text: "y")])
        } throws: { error in
            String(describing: error) == "01: would be both a file and the folder holding 01/index.html — rename the page, dataset or asset that produces one of them"
        }
        #expect(FileTree.snapshot(folder.url).isEmpty)
    }

    @Test func writesLeaveNoTemporaryFilesAndClearOnesAKilledBuildLeft() throws {
        let folder = try TemporaryDirectory()
        let sync = OutputSync(directory: folder.url)
        _ = try sync.sync([OutputFile(path: "a/index.html", text: "old")])
        try folder.write(["a/\(AtomicFileWriter.temporaryPrefix)999-index.html": "half-writt"])
        let report = try sync.sync([OutputFile(path: "a/index.html", text: "new")])
        #expect(report == SyncReport(written: 1, unchanged: 0, deleted: 1))
        #expect(FileTree.site(folder.url) == ["a/index.html": Data("new".utf8)])
    }

    @Test func codeVersionControlAndLinkedPathsAreNeverOutputs() throws {
        let folder = try TemporaryDirectory()
        let content = folder.url.appendingPathComponent("content")
        try folder.write(["content/site.yaml": "", "Sources/a.swift": "", "Tests/b.swift": "", ".git/HEAD": "", "repo/.git/HEAD": ""])
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("clink"), withDestinationURL: content)
        let protected = [content, folder.url.appendingPathComponent("templates")]
        for bad in ["Sources", "Tests", "Tests/new", ".git", ".git/x", "repo", "clink/newsub/deeper"] {
            #expect(throws: ContentError.self, "\(bad)") {
                try OutputLocation.validate(folder.url.appendingPathComponent(bad), protecting: protected)
            }
        }
        try OutputLocation.validate(folder.url.appendingPathComponent("public/new"), protecting: protected)
    }
}

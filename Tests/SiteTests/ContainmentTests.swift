import Content
import Foundation
import Testing

@testable import Site

/// Nothing outside the project is read through a symbolic link, and no source id leads outside.
@Suite struct ContainmentTests {
    @Test(arguments: ["templates/assets/env.txt", "content/pages/leak.md", "content/pages/guide/secret.png"])
    func aLinkLeadingOutOfTheProjectIsRefused(_ link: String) throws {
        let outside = try TemporaryDirectory()
        try outside.write(["secret.txt": "---\ntitle: 秘密\n---\nTOKEN=abc\n"])
        let site = try FixtureSite(["content/pages/guide/index.md": "---\ntitle: 手引き\n---\n本文"])
        let at = site.folder.url.appendingPathComponent(link)
        try FileManager.default.createDirectory(at: at.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: at, withDestinationURL: outside.url.appendingPathComponent("secret.txt"))
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).contains("is a symbolic link to \(outside.url.resolvingSymlinksInPath().path)/secret.txt, outside the project")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func aLinkInsideTheProjectIsFollowed() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: A\n---\n共有の本文", "shared/b.md": "---\ntitle: B\n---\nリンク先の本文"])
        try FileManager.default.createSymbolicLink(
            at: site.content.appendingPathComponent("pages/b.md"), withDestinationURL: site.folder.url.appendingPathComponent("shared/b.md"))
        try site.build()
        #expect(try site.page("b/index.html").contains("リンク先の本文"))
    }

    @Test(arguments: [("id: ../../escape", 2, "is not a valid source id"), ("file: ../../etc/passwd", 3, "is not a file name in content/sources/")])
    func aSourceEntryCannotLeadOutside(_ line: String, _ number: Int, _ problem: String) throws {
        var entry = ["id: doc", "file: doc.txt", "title: 資料", "format: pdf-text"]
        entry[number - 2] = line
        let yaml = "sources:\n  - " + entry.joined(separator: "\n    ") + "\n"
        #expect {
            try SourceCatalogFile.entries(yaml: yaml, file: "sources/sources.yaml")
        } throws: { error in
            String(describing: error).hasPrefix("sources/sources.yaml:\(number): “") && String(describing: error).contains(problem)
        }
    }

    /// A folder between the content folder and the file counts as much as the file: a `data`
    /// folder linked out of the project is refused, one linked inside it is followed (a file name
    /// beyond ASCII, too).
    @Test(arguments: [true, false])
    func aLinkedFolderIsJudgedByWhereItLeads(_ outsideProject: Bool) throws {
        let outside = try TemporaryDirectory()
        try outside.write(["data/資料.csv": "a,b\n1,2\n"])
        let project = try TemporaryDirectory()
        try project.write(["shared/data/資料.csv": "a,b\n1,2\n", "content/site.yaml": "title: T\n"])
        let target = outsideProject ? outside.url.appendingPathComponent("data") : project.url.appendingPathComponent("shared/data")
        try FileManager.default.createSymbolicLink(at: project.url.appendingPathComponent("content/data"), withDestinationURL: target)
        let file = project.url.appendingPathComponent("content/data/資料.csv")
        if outsideProject {
            #expect {
                try TextFile.bytes(file, displayPath: "data/資料.csv")
            } throws: { error in
                String(describing: error).contains("is a symbolic link to \(target.resolvingSymlinksInPath().path)/資料.csv, outside the project")
            }
        } else {
            #expect(try TextFile.bytes(file, displayPath: "data/資料.csv") == Data("a,b\n1,2\n".utf8))
        }
    }

    /// A file read without links on the way is read whole, byte for byte, however long.
    @Test func aPlainFileIsReadWhole() throws {
        let project = try TemporaryDirectory()
        let text = String(repeating: "本文の行\r\n", count: 20_000)
        try project.write(["content/pages/guide/a.md": text])
        let bytes = try TextFile.bytes(project.url.appendingPathComponent("content/pages/guide/a.md"), displayPath: "pages/guide/a.md")
        #expect(bytes == Data(text.utf8))
    }
}

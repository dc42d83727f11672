import Foundation
import Testing

@testable import Site

/// The cache folder keeps the caches of the few output folders built into last, so builds into
/// passing folders do not fill the disk, and it deletes nothing it did not write.
@Suite struct BuildCacheFolderTests {
    /// Ten caches written a minute apart, the current one the oldest: the current one and the seven
    /// newest stay; a file of another name, a name that is not a digest and a link stay too.
    @Test func theNewestCachesAndEverythingElseStay() throws {
        let folder = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        try outside.write(["kept.txt": "外のファイル"])
        let names = (0..<10).map { "build-\(String(0xa0 + $0, radix: 16)).txt" }
        for (age, name) in names.enumerated() {
            try folder.write([name: "cache \(age)"])
            var times = [timespec(tv_sec: 1_700_000_000 + age * 60, tv_nsec: 0), timespec(tv_sec: 1_700_000_000 + age * 60, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, folder.url.appendingPathComponent(name).path, &times, 0) == 0)
        }
        try folder.write(["notes.txt": "メモ", "build-zz.txt": "not a digest"])
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("build-ff.txt"), withDestinationURL: outside.url.appendingPathComponent("kept.txt"))
        BuildCache.prune(keeping: folder.url.appendingPathComponent(names[0]))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path))
        #expect(left == Set([names[0]] + names.suffix(7) + ["notes.txt", "build-zz.txt", "build-ff.txt"]))
        #expect(try outside.read("kept.txt") == "外のファイル")
    }

    /// Builds of one site into more output folders than the folder keeps caches for: the caches
    /// stay at the limit, the last build's among them, and an edit build into it still uses it.
    @Test func buildsIntoManyFoldersKeepTheLimit() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: ページA\n---\n\n本文です。\n"])
        var last = site.options
        for index in 0..<(BuildCache.kept + 3) {
            last.outputDirectory = site.folder.url.appendingPathComponent("out\(index)")
            try SiteBuilder(options: last).build()
        }
        let caches = try FileManager.default.contentsOfDirectory(atPath: site.folder.url.appendingPathComponent(BuildCache.folder).path)
        #expect(caches.count == BuildCache.kept)
        let current = BuildCache.location(content: site.content, output: last.outputDirectory).lastPathComponent
        #expect(caches.contains(current))
        try Data("---\ntitle: ページA\n---\n\n本文を直しました。\n".utf8).write(to: site.content.appendingPathComponent("pages/a.md"))
        #expect(try SiteBuilder(options: last).build().rendered == 1)
    }
}

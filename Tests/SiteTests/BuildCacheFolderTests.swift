import Foundation
import Testing

@testable import Site

/// A build deletes the caches of output folders that are gone, so builds into passing folders do
/// not fill the disk, and it deletes nothing else.
@Suite struct BuildCacheFolderTests {
    /// Caches naming a folder that exists and one that is gone, beside a link, a file of another
    /// name, a name that is not a digest and a cache of another version: only the cache of the
    /// vanished folder goes.
    @Test func onlyTheCacheOfAVanishedFolderGoes() throws {
        let folder = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        let gone = outside.url.appendingPathComponent("gone").path
        func cache(naming output: String, opening: String = BuildCache.opening) -> String { "\(opening)\noutput \(output)\ntaken 1\n" }
        try outside.write(["kept.txt": cache(naming: gone)])
        try folder.write([
            "build-a1.txt": cache(naming: outside.url.path), "build-b2.txt": cache(naming: gone),
            "build-c3.txt": cache(naming: gone, opening: "shiryo-cache 99"), "build-zz.txt": cache(naming: gone),
            "notes.txt": cache(naming: gone), "build-d4.txt": cache(naming: gone),
        ])
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("build-e5.txt"), withDestinationURL: outside.url.appendingPathComponent("kept.txt"))
        BuildCache.prune(keeping: folder.url.appendingPathComponent("build-d4.txt"))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path))
        #expect(left == ["build-a1.txt", "build-c3.txt", "build-zz.txt", "notes.txt", "build-d4.txt", "build-e5.txt"])
        #expect(try outside.read("kept.txt") == cache(naming: gone))
    }

    /// A temporary cache file a killed build left goes once it is an hour old; a fresh one (a
    /// build writing its cache now) and other hidden files stay.
    @Test func anHourOldTemporaryCacheGoes() throws {
        let folder = try TemporaryDirectory()
        let old = ".shiryo-tmp-4242-build-a1.txt", fresh = ".shiryo-tmp-4343-build-b2.txt"
        try folder.write([old: "half", fresh: "half", ".shiryo-tmp-4242-notes.txt": "x", ".hidden-build-a1.txt": "x", "build-c3.txt": "x"])
        let now = RealTime.nanoseconds()
        var times = [timespec(tv_sec: Int(now / 1_000_000_000) - 7_200, tv_nsec: 0), timespec(tv_sec: Int(now / 1_000_000_000) - 7_200, tv_nsec: 0)]
        for name in [old, ".shiryo-tmp-4242-notes.txt", ".hidden-build-a1.txt"] {
            #expect(utimensat(AT_FDCWD, folder.url.appendingPathComponent(name).path, &times, 0) == 0)
        }
        BuildCache.prune(keeping: folder.url.appendingPathComponent("build-c3.txt"), now: now)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path))
        #expect(left == [fresh, ".shiryo-tmp-4242-notes.txt", ".hidden-build-a1.txt", "build-c3.txt"])
    }

    /// Builds of one site into several output folders, most of them then deleted: the next build
    /// leaves the caches of the folders that remain, and an edit build still uses its own.
    @Test func buildsLeaveTheCachesOfFoldersThatRemain() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: ページA\n---\n\n本文です。\n"])
        let outputs = (0..<5).map { site.folder.url.appendingPathComponent("out\($0)") }
        for output in outputs {
            var options = site.options
            options.outputDirectory = output
            try SiteBuilder(options: options).build()
        }
        let caches = site.folder.url.appendingPathComponent(BuildCache.folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: caches.path).count == 5)
        for output in outputs.dropFirst(2) { try FileManager.default.removeItem(at: output) }
        try Data("---\ntitle: ページA\n---\n\n本文を直しました。\n".utf8).write(to: site.content.appendingPathComponent("pages/a.md"))
        var options = site.options
        options.outputDirectory = outputs[0]
        #expect(try SiteBuilder(options: options).build().rendered == 1, "the edit build used its cache")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: caches.path))
        #expect(left == Set(outputs.prefix(2).map { BuildCache.location(content: site.content, output: $0).lastPathComponent }))
    }
}

import Foundation
import Testing

@testable import Site

/// A build deletes the caches no build has written for a month, so builds into passing folders do
/// not fill the disk, and the half-written caches killed builds left; it deletes nothing else.
@Suite struct BuildCacheFolderTests {
    /// Sets a file's modification time `seconds` before `now` (nanoseconds).
    static func age(_ url: URL, _ seconds: Int, before now: Int64) {
        let time = timespec(tv_sec: Int(now / 1_000_000_000) - seconds, tv_nsec: 0)
        var times = [time, time]
        #expect(utimensat(AT_FDCWD, url.path, &times, AT_SYMLINK_NOFOLLOW) == 0)
    }

    /// Month-old files beside a fresh cache: the month-old caches and the hour-old half-written
    /// cache go; the current cache, a fresh cache, a fresh half-written one, a link, a FIFO and files
    /// of other names stay, however old.
    @Test func onlyStaleCachesAndLeftoversGo() throws {
        let folder = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        try outside.write(["kept.txt": "外のファイル"])
        let names = [
            "build-a1.txt", "build-b2.txt", "build-c3.txt", "build-zz.txt", "notes.txt", ".shiryo-tmp-4242-build-d4.txt",
            ".shiryo-tmp-4343-build-e5.txt", ".shiryo-tmp-4242-notes.txt",
        ]
        for name in names { try folder.write([name: "x"]) }
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("build-f6.txt"), withDestinationURL: outside.url.appendingPathComponent("kept.txt"))
        #expect(mkfifo(folder.url.appendingPathComponent("build-a7.txt").path, 0o644) == 0)
        let now = RealTime.nanoseconds()
        let month = 31 * 24 * 3_600
        for name in ["build-a1.txt", "build-b2.txt", "build-zz.txt", "notes.txt", ".shiryo-tmp-4242-notes.txt", "build-f6.txt", "build-a7.txt"] {
            Self.age(folder.url.appendingPathComponent(name), month, before: now)
        }
        Self.age(folder.url.appendingPathComponent(".shiryo-tmp-4242-build-d4.txt"), 7_200, before: now)
        BuildCache.prune(keeping: folder.url.appendingPathComponent("build-a1.txt"), now: now)
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.url.path))
        #expect(left == [
            "build-a1.txt", "build-c3.txt", "build-zz.txt", "notes.txt", ".shiryo-tmp-4343-build-e5.txt", ".shiryo-tmp-4242-notes.txt",
            "build-f6.txt", "build-a7.txt",
        ])
        #expect(try outside.read("kept.txt") == "外のファイル")
    }

    /// Builds of one site into three output folders, one of whose caches is a month old: the next
    /// build deletes that one, and an edit build still uses its own cache.
    @Test func aMonthOldCacheGoesAndTheOthersWork() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: ページA\n---\n\n本文です。\n"])
        let outputs = (0..<3).map { site.folder.url.appendingPathComponent("out\($0)") }
        for output in outputs {
            var options = site.options
            options.outputDirectory = output
            try SiteBuilder(options: options).build()
        }
        let caches = site.folder.url.appendingPathComponent(BuildCache.folder)
        let names = outputs.map { BuildCache.location(content: site.content, output: $0).lastPathComponent }
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: caches.path)) == Set(names))
        Self.age(caches.appendingPathComponent(names[2]), 31 * 24 * 3_600, before: RealTime.nanoseconds())
        try Data("---\ntitle: ページA\n---\n\n本文を直しました。\n".utf8).write(to: site.content.appendingPathComponent("pages/a.md"))
        var options = site.options
        options.outputDirectory = outputs[0]
        #expect(try SiteBuilder(options: options).build().rendered == 1, "the edit build used its cache")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: caches.path)) == Set(names.prefix(2)))
    }
}

import Content
import Foundation
import Testing

@testable import Site

/// A build whose inputs did not change writes nothing and says so; every edit after it is seen, and
/// the result is always the same bytes as a clean build of the same state.
@Suite struct UnchangedBuildTests {
    static var files: [String: String] {
        var files = DatasetPagesTests.files
        // The prefectures the dataset names are enough for an edited cell to reach a prefecture
        // page; all 47 would only make each of the thirty-odd builds below slower.
        files["content/prefectures.csv"] = files["content/prefectures.csv"].map { csv in
            csv.split(separator: "\n").filter { row in ["code,", "01,", "13,", "47,"].contains { row.hasPrefix($0) } }
                .joined(separator: "\n") + "\n"
        }
        files["content/site.yaml"] = "title: 試験サイト\n"
        files["content/pages/a.md"] = "---\ntitle: ページA\n---\n\n本文は一です。[B](b.md)\n"
        files["content/pages/b.md"] = "---\ntitle: ページB\n---\n\n本文は二です。\n"
        return files
    }

    /// Builds the same inputs into a fresh folder and expects the same bytes as `site.output`.
    static func expectSameAsClean(_ site: FixtureSite, _ options: BuildOptions, _ step: String) throws {
        let fresh = try TemporaryDirectory()
        var clean = options
        clean.outputDirectory = fresh.url.appendingPathComponent("public")
        try SiteBuilder(options: clean).build()
        let incremental = FileTree.site(options.outputDirectory)
        let reference = FileTree.site(clean.outputDirectory)
        #expect(Set(incremental.keys) == Set(reference.keys), "\(step): the same files as a clean build")
        for (path, bytes) in reference where incremental[path] != bytes {
            Issue.record("\(step): \(path) differs from a clean build")
        }
    }

    @Test func anUnchangedBuildWritesNothingAndEveryEditIsSeen() throws {
        let site = try FixtureSite(Self.files)
        var options = site.options
        let first = try SiteBuilder(options: options).build()
        #expect(!first.upToDate && first.pages > 5)
        let dates = FileTree.modificationDates(site.output)
        let again = try SiteBuilder(options: options).build()
        #expect(again.upToDate && again.pages == first.pages && again.sync == SyncReport())
        #expect(FileTree.modificationDates(site.output) == dates, "nothing was rewritten, the marker neither")

        let edits: [(String, () throws -> Void)] = [
            // Same length, so only the digest of a file changed right after the build can tell.
            ("a page body", { try site.folder.write(["content/pages/a.md": Self.files["content/pages/a.md", default: ""].replacingOccurrences(of: "一", with: "三")]) }),
            // B is linked from A, so its page lists A among its backlinks.
            ("a longer page body", { try Self.append("\n追記した段落です。\n", to: site.content.appendingPathComponent("pages/b.md")) }),
            // Into the folder the body edit just rewrote, whose new times the record vouches for only
            // by reading it.
            ("a stray file beside an edited page", { try site.folder.write(["public/b/stray.txt": "迷い込んだ"]) }),
            ("a page body with a new link", { try Self.append("\n[A へ](a.md)\n", to: site.content.appendingPathComponent("pages/b.md")) }),
            // Other pages show B's title (A's backlink to it, the listings): all are built again.
            ("a page title", { try Self.replace("title: ページB", with: "title: ページB改", in: site.content.appendingPathComponent("pages/b.md")) }),
            ("a page body with a new heading", { try Self.append("\n## 新しい見出し\n", to: site.content.appendingPathComponent("pages/b.md")) }),
            ("a new page", { try site.folder.write(["content/pages/c.md": "---\ntitle: ページC\n---\n\n新しい本文。\n"]) }),
            ("a deleted page", { try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/c.md")) }),
            ("a partial", { try Self.append("<!-- 改 -->\n", to: site.templates.appendingPathComponent("partials/footer.mustache")) }),
            ("a template", { try Self.append("<!-- 改 -->\n", to: site.templates.appendingPathComponent("page.mustache")) }),
            ("a dataset cell", { try Self.replace("01,北海道,,12", with: "01,北海道,,13", in: site.content.appendingPathComponent("data/test-centres.csv")) }),
            ("site.yaml", { try site.folder.write(["content/site.yaml": "title: 改めた試験サイト\n"]) }),
            ("an option", { options.baseURL = "https://example.org/shiryo/" }),
            ("drafts", { options.drafts = true }),
            ("a deleted output file", { try FileManager.default.removeItem(at: site.output.appendingPathComponent("a/index.html")) }),
            ("an output file edited by hand", { try Self.replace("ページA", with: "ページZ", in: site.output.appendingPathComponent("a/index.html")) }),
            ("a stray file in the output", { try site.folder.write(["public/stray.txt": "迷い込んだ"]) }),
            ("a stray folder in a page's folder", { try site.folder.write(["public/a/extra/x.html": "迷い込んだ"]) }),
            // The output's proof is awaited only before the edit is written: one that fails then
            // still makes the build a full one.
            ("a page body with another page's output edited by hand", {
                try Self.append("\n手で直された出力の横の追記。\n", to: site.content.appendingPathComponent("pages/a.md"))
                try Self.replace("ページB", with: "ページY", in: site.output.appendingPathComponent("b/index.html"))
            }),
            ("a page body with a deleted output file", {
                try Self.append("\n消えた出力の横の追記。\n", to: site.content.appendingPathComponent("pages/a.md"))
                try FileManager.default.removeItem(at: site.output.appendingPathComponent("b/index.html"))
            }),
        ]
        // Body edits that change nothing other pages read re-render only their page.
        let bodyOnly: Set = ["a page body", "a longer page body"]
        for (step, edit) in edits {
            try edit()
            let report = try SiteBuilder(options: options).build()
            #expect(!report.upToDate, "\(step): seen as a change")
            #expect(report.rendered == (bodyOnly.contains(step) ? 1 : nil), "\(step): only the edited page rendered, or all")
            #expect(report.notices.allSatisfy { !$0.contains("キャッシュ") }, "\(step): the cache was usable")
            try Self.expectSameAsClean(site, options, step)
            let unchanged = try SiteBuilder(options: options).build()
            #expect(unchanged.upToDate, "\(step): the build after it changes nothing")
        }
    }

    /// A posting shard edited by hand fails the output's proof: the body edit beside it must fall
    /// back to a full build, not stop the build.
    @Test func aHandEditedShardBesideABodyEditFallsBackToAFullBuild() throws {
        let site = try FixtureSite(Self.files)
        try SiteBuilder(options: site.options).build()
        let search = site.output.appendingPathComponent("search")
        var touched = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: search.path) where name.hasPrefix("index-") {
            let url = search.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let edited = text.replacingOccurrences(of: ";([0-9a-z])", with: ";-$1", options: .regularExpression)
            if edited != text { touched += 1 }
            try edited.write(to: url, atomically: false, encoding: .utf8)
        }
        #expect(touched > 0)
        try Self.append("\n手で直された索引の横の追記。\n", to: site.content.appendingPathComponent("pages/a.md"))
        let report = try SiteBuilder(options: site.options).build()
        #expect(report.rendered == nil, "a full build")
        #expect(report.stages.map(\.name).filter { $0 == "render" }.count == 1, "the attempt is reported as its own stage")
        #expect(report.stages.map(\.name).contains("edit"))
        try Self.expectSameAsClean(site, site.options, "hand-edited shard")
    }

    /// The home page's view (its recent pages among it) is made only when its page is rendered: an
    /// edit of its body renders it alone, with the bytes of a clean build.
    @Test func aBodyEditOfTheHomePageRendersItAloneAsACleanBuildWould() throws {
        var files = Self.files
        files["content/pages/index.md"] = "---\ntitle: ホーム\n---\n\n案内です。\n"
        files["content/pages/a.md"] = "---\ntitle: ページA\ndate: 2024-04-01\n---\n\n本文は一です。[B](b.md)\n"
        let site = try FixtureSite(files)
        try SiteBuilder(options: site.options).build()
        try Self.append("\n追記した案内です。\n", to: site.content.appendingPathComponent("pages/index.md"))
        let report = try SiteBuilder(options: site.options).build()
        #expect(report.rendered == 1, "only the home page rendered")
        try Self.expectSameAsClean(site, site.options, "the home page's body")
        let home = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("追記した案内です。"))
    }

    /// A folder proves its entries by its stat only when its recorded times are settled; one that is
    /// not, or whose stat changed, is read and its names compared with the record's.
    @Test func aFolderNotSettledIsReadAgain() throws {
        let tree = try TemporaryDirectory()
        try tree.write(["f/a.txt": "一", "f/b.txt": "二"])
        var info = stat()
        #expect(lstat(tree.url.appendingPathComponent("f").path, &info) == 0)
        let folder = FileStat(info)
        func proves(names: [String], settledBefore: Int64) throws -> Bool {
            var proof = try #require(TreeProof(root: tree.url.path, settledBefore: settledBefore, skipping: []))
            defer { proof.release() }
            let exists = proof.folder("f".utf8, recorded: folder)
            #expect(exists)
            for name in names { proof.entry(("f/" + name).utf8) }
            return proof.foldersHold()
        }
        #expect(try proves(names: ["a.txt"], settledBefore: .max), "a settled folder with its recorded stat is not read")
        #expect(try !proves(names: ["a.txt"], settledBefore: .min), "one not settled is read: b.txt is not in the record")
        #expect(try proves(names: ["a.txt", "b.txt"], settledBefore: .min))
        try FileManager.default.removeItem(at: tree.url.appendingPathComponent("f/b.txt"))
        #expect(try !proves(names: ["a.txt", "b.txt"], settledBefore: .max), "a changed stat means a read, settled or not")
        var proof = try #require(TreeProof(root: tree.url.path, settledBefore: .max, skipping: []))
        defer { proof.release() }
        let (asFile, asFolder) = (proof.file("f".utf8, recorded: folder), proof.folder("f/a.txt".utf8, recorded: folder))
        #expect(!asFile, "a folder where a file was recorded")
        #expect(!asFolder, "a file where a folder was recorded")
    }

    /// A full build stops the proof it no longer needs: a stopped proof never vouches for the
    /// folder, though the folder is as the record says.
    @Test func aStoppedProofDoesNotVouchForTheOutput() throws {
        let site = try FixtureSite.built(Self.files)
        let marker = try #require(OutputMarker.bytes(in: site.output))
        #expect(UnchangedBuild.outputHolds(marker, directory: site.output), "the folder is as the last build left it")
        #expect(!UnchangedBuild.outputHolds(marker, directory: site.output, until: { true }))
        let output = site.output
        let proof = BackgroundWork { isStopped in
            // Waits until it is stopped, so that the stop is what ends it; a stop that never
            // arrives fails the test after ten seconds rather than hanging it.
            let deadline = Date().addingTimeInterval(10)
            while !isStopped(), Date() < deadline { usleep(1_000) }
            return UnchangedBuild.outputHolds(marker, directory: output, until: isStopped)
        }
        proof.stop()
        #expect(!proof.value)
    }

    /// Names are compared as the bytes the file system holds: a decomposed spelling beside a
    /// composed one is a second name, though Swift's strings call the two equal.
    @Test func namesDifferingOnlyInNormalisationAreTwo() throws {
        let tree = try TemporaryDirectory()
        let (composed, decomposed) = ("caf\u{E9}.txt", "cafe\u{301}.txt")
        try tree.write(["f/" + composed: "一"])
        var info = stat()
        #expect(lstat(tree.url.appendingPathComponent("f").path, &info) == 0)
        let folder = FileStat(info)
        #expect(FileManager.default.createFile(atPath: tree.url.path + "/f/" + decomposed, contents: Data("二".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tree.url.path + "/f").count == 2, "the file system keeps both")
        var proof = try #require(TreeProof(root: tree.url.path, settledBefore: .min, skipping: []))
        defer { proof.release() }
        let exists = proof.folder("f".utf8, recorded: folder)
        #expect(exists)
        proof.entry(("f/" + composed).utf8)
        #expect(!proof.foldersHold(), "the decomposed name is not in the record")
    }

    /// The marker's name is skipped only where the marker is: one in a page's folder is a stray
    /// file like any other, removed by the next build.
    @Test func aMarkerNameBelowTheRootIsAStrayFile() throws {
        let site = try FixtureSite.built(Self.files)
        try site.folder.write(["public/a/" + OutputMarker.name: "迷い込んだ"])
        #expect(try !site.build().upToDate)
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("a/" + OutputMarker.name).path))
        try Self.expectSameAsClean(site, site.options, "a stray marker name")
        #expect(try site.build().upToDate)
    }

    /// Input folders settle only against a time their own file system stamped. A share whose clock
    /// lags this machine's and stamps whole seconds is played by a record taken an hour "later"
    /// than the file system's clock, whose content/pages stat is the one after a page was added.
    @Test func inputFoldersSettleOnlyByTheirFileSystemsClock() throws {
        let site = try FixtureSite.built(Self.files)
        try site.folder.write(["content/pages/c.md": "---\ntitle: ページC\n---\n\n新しい本文。\n"])
        var info = stat()
        #expect(lstat(site.content.appendingPathComponent("pages").path, &info) == 0)
        let now = FileStat(info)
        let marker = site.output.appendingPathComponent(OutputMarker.name)
        var lines = try String(contentsOf: marker, encoding: .utf8).components(separatedBy: "\n")
        let hour: Int64 = 3_600_000_000_000
        var replaced = 0
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("d "), line.hasSuffix(" content/pages") {
                lines[index] = "d \(now.size) \(now.modified) \(now.changed) \(now.inode) content/pages"
                replaced += 1
            } else if line.hasPrefix("taken "), let taken = Int64(line.dropFirst(6)) {
                lines[index] = "taken \(taken + hour)"
                replaced += 1
            }
        }
        #expect(replaced == 2)
        try Data(lines.joined(separator: "\n").utf8).write(to: marker)
        #expect(try !site.build().upToDate, "the new page is seen")
        #expect(try site.page("c/index.html").contains("新しい本文。"))
        #expect(try site.build().upToDate)
    }

    /// An edit build copies the last record's manifest with the stats of what it rewrote: the
    /// result is what listing the output would record.
    @Test func anEditBuildRecordsTheOutputAsItIs() throws {
        let site = try FixtureSite.built(Self.files)
        try Self.append("\n追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        #expect(try site.build().rendered == 1)
        let record = try #require(OutputMarker.bytes(in: site.output).flatMap(BuildRecord.init(marker:)))
        let listing = OutputMarker.siteListing(site.output, statFolders: true)
        #expect(record.manifest.stats == listing.stats && record.manifest.directories == listing.directories)
        #expect(record.manifest.folderStats == listing.folderStats)
        #expect(try site.build().upToDate)
    }

    /// Git is asked for the content's commit only when a repository could be found for it: a
    /// `.git` or a bare repository's `HEAD` in its folder or one above.
    @Test func gitIsAskedOnlyWhereARepositoryCouldBe() throws {
        let tree = try TemporaryDirectory()
        try tree.write(["a/b/content/site.yaml": "title: 試験\n"])
        let content = tree.url.appendingPathComponent("a/b/content")
        let outside = GitPresence.possible(for: tree.url)
        #expect(GitPresence.possible(for: content) == outside, "nothing below the temporary folder makes a repository")
        try FileManager.default.createDirectory(at: tree.url.appendingPathComponent("a/.git"), withIntermediateDirectories: false)
        #expect(GitPresence.possible(for: content))
        try FileManager.default.removeItem(at: tree.url.appendingPathComponent("a/.git"))
        try tree.write(["a/b/HEAD": "ref: refs/heads/main\n"])
        #expect(GitPresence.possible(for: content))
    }

    /// After an edit, the record's fingerprint with the inputs the record proof found changed is the
    /// fingerprint a walk of the inputs takes.
    @Test func theFingerprintOfAnEditIsTheRecordsWithWhatChanged() throws {
        let site = try FixtureSite.built(Self.files)
        try Self.append("\n追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        try site.folder.write(["content/pages/a.md": Self.files["content/pages/a.md", default: ""]])
        let marker = try #require(OutputMarker.bytes(in: site.output))
        let last = try #require(BuildRecord(marker: marker))
        let settings = try #require(BuildFingerprint.settings(options: site.options, kinds: PageKinds.all))
        guard case .changed(let files, let folders, _) = UnchangedBuild.inputs(marker, settings: settings, options: site.options) else {
            Issue.record("the body edit is a change")
            return
        }
        #expect(files.keys.contains("content/pages/b.md"))
        var patched = last.fingerprint
        patched.files.merge(files) { $1 }
        patched.folderStats.merge(folders) { $1 }
        let walked = try #require(BuildFingerprint.take(options: site.options, settings: settings, previous: last.fingerprint))
        #expect(patched.files == walked.files && patched.folders == walked.folders && patched.folderStats == walked.folderStats)
    }

    /// A record of another version is no record: the build does everything, then is up to date.
    @Test func aRecordOfAnotherVersionMeansAFullBuild() throws {
        let site = try FixtureSite.built(Self.files)
        let marker = site.output.appendingPathComponent(OutputMarker.name)
        let text = try String(contentsOf: marker, encoding: .utf8)
        #expect(text.contains(BuildRecord.opening + "\n"))
        try Data(text.replacingOccurrences(of: BuildRecord.opening + "\n", with: "record 1\n").utf8).write(to: marker)
        #expect(try !site.build().upToDate)
        #expect(try site.build().upToDate)
    }

    /// The cache beside content/ is checked before it is trusted: a damaged one means a full build,
    /// said once on stderr, with the same bytes as a clean build; a deleted one only a full build.
    @Test func aDamagedOrMissingCacheMeansAFullBuild() throws {
        let site = try FixtureSite.built(Self.files)
        let folder = site.folder.url.appendingPathComponent(BuildCache.folder)
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(cacheFiles.count == 1)
        let cache = folder.appendingPathComponent(cacheFiles.first ?? "")
        let text = try String(contentsOf: cache, encoding: .utf8)
        #expect(text.contains("\npages "), "the line the damage below changes")
        try Data(text.replacingOccurrences(of: "pages ", with: "pages 1").utf8).write(to: cache)
        try Self.append("\n追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        let damaged = try site.build()
        #expect(damaged.rendered == nil && damaged.notices.filter { $0.contains("ビルドキャッシュ") }.count == 1)
        try Self.expectSameAsClean(site, site.options, "a damaged cache")
        try FileManager.default.removeItem(at: folder)
        try Self.append("\n再び追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        let missing = try site.build()
        #expect(missing.rendered == nil && missing.notices.allSatisfy { !$0.contains("キャッシュ") })
        try Self.expectSameAsClean(site, site.options, "a deleted cache")
        try Self.append("\nさらに追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        #expect(try site.build().rendered == 1, "the build after it wrote the cache again")
        try Self.expectSameAsClean(site, site.options, "after the cache was made again")
    }

    /// A cache folder or file that is a link is neither read nor written through: it could lead
    /// out of the project. The build does everything, and what the link leads to stays as it was.
    @Test func aCacheThatIsALinkIsNeitherReadNorWritten() throws {
        let site = try FixtureSite.built(Self.files)
        let folder = site.folder.url.appendingPathComponent(BuildCache.folder)
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let outside = try TemporaryDirectory()
        let planted = outside.url.appendingPathComponent(name)
        try FileManager.default.moveItem(at: folder.appendingPathComponent(name), to: planted)
        let before = try Data(contentsOf: planted)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(name), withDestinationURL: planted)
        try Self.append("\n追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        #expect(try site.build().rendered == nil, "a linked cache file is not used")
        #expect(try Data(contentsOf: planted) == before, "nor written through")
        try Self.expectSameAsClean(site, site.options, "a linked cache file")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createSymbolicLink(at: folder, withDestinationURL: outside.url)
        try Self.append("\n再び追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        #expect(try site.build().rendered == nil, "a linked cache folder is not used")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.url.path) == [name], "nor written into")
        #expect(try Data(contentsOf: planted) == before)
        try Self.expectSameAsClean(site, site.options, "a linked cache folder")
    }

    /// A body edit's build reports what a clean build would: the edited page's broken links and
    /// images without alt text replace its old ones, the other pages' stay.
    @Test func aBodyEditReportsTheWarningsOfACleanBuild() throws {
        var files = Self.files
        files["content/pages/a.md"] = "---\ntitle: ページA\n---\n\n本文。[B](b.md)\n\n[どこにも](nowhere.html)\n"
        files["content/pages/b.md"] = "---\ntitle: ページB\n---\n\n![](https://example.org/x.png)\n\n[なし](gone.html)\n"
        let site = try FixtureSite.built(files)
        try Self.append("\n[もう一つ](lost.html)\n\n![](https://example.org/y.png)\n", to: site.content.appendingPathComponent("pages/a.md"))
        let edited = try site.build()
        #expect(edited.rendered == 1)
        let fresh = try TemporaryDirectory()
        var clean = site.options
        clean.outputDirectory = fresh.url.appendingPathComponent("public")
        let reference = try SiteBuilder(options: clean).build()
        #expect(edited.warnings == reference.warnings)
        #expect(edited.warnings.map(\.file).sorted() == ["a/index.html", "a/index.html", "b/index.html", "pages/a.md", "pages/b.md"], "\(edited.warnings)")
        try Self.expectSameAsClean(site, site.options, "a body edit with broken links")
        #expect(try site.build().warnings == reference.warnings, "the build after it repeats them")
        // The next edit takes up A unread, as this edit left it: with its image and new length.
        try Self.append("\n追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        let next = try site.build()
        #expect(next.rendered == 1)
        let again = try SiteBuilder(options: clean).build()
        #expect(next.warnings == again.warnings && next.warnings == edited.warnings, "B's edit adds no warning, and A's, taken up unread, stay")
        try Self.expectSameAsClean(site, site.options, "a second body edit")
    }

    /// The cache keeps each editor's page on one line; any text a title or description can hold
    /// comes back as it was, and a cut or altered file is refused.
    @Test func theCacheReadsBackWhatItWrote() throws {
        let content = URL(fileURLWithPath: "/tmp/content")
        let odd = Page(
            sourcePath: "pages/a b.md", location: ["a-b"], title: "題\t名\\0", description: "一行目\n二行目\\n\r", order: -3,
            markdown: .known(directoryPath: content.path, displayPath: "pages/a b.md", length: 12, mayHoldImages: true), bodyLine: 5, date: "2024-01-02")
        let home = Page(
            sourcePath: "pages/index.md", location: [], title: "ホーム", description: nil, order: nil,
            markdown: .known(directoryPath: content.path, displayPath: "pages/index.md", length: 0, mayHoldImages: false), bodyLine: 1)
        let cache = BuildCache(
            output: "/tmp/out", taken: 42, pageCount: 2, pathsDigest: 7, imageWarnings: 1, linkingStart: [0, 1, 1], linkingPages: [1],
            pages: [odd, home], search: .init(postings: 10, shards: 1, files: 3, bytes: 99, textSizes: [4, 5]))
        let read = try #require(BuildCache.parse(cache.bytes, content: content))
        #expect(read.bytes == cache.bytes, "read back whole, every page's line as written")
        #expect(BuildCache.sameFacts(read.pages, [odd, home]) && read.search == cache.search && read.linkingPages == [1])
        #expect(read.output == cache.output && read.taken == 42 && read.pageCount == 2 && read.imageWarnings == 1)
        #expect(BuildCache.parse(Array(cache.bytes.dropLast(20)), content: content) == nil, "cut short")
        #expect(BuildCache.parse(Array(cache.text.replacingOccurrences(of: "taken 42", with: "taken 43").utf8), content: content) == nil, "altered")
        // Whole, with its digest, but claiming more pages than any file could hold: refused, not
        // a reservation the process cannot make.
        var huge = cache
        huge.pageCount = 1_000_000_000_000_000
        #expect(huge.text.contains("pages 1000000000000000 7\n"))
        #expect(BuildCache.parse(huge.bytes, content: content) == nil, "a count beyond the file")
    }

    /// Escaping works on bytes: a backslash or a tab is one Character with a combining mark after
    /// it, and a cache that lost or kept them would give an edit build other pages than a clean one.
    @Test func escapesBeforeACombiningMarkReadBack() throws {
        for text in ["C:\\\u{301}ドライブ", "a\t\u{301}b", "\\\u{20DD}\n\u{3099}\r\u{301}", "\\n", "終わりの\\"] {
            let escaped = BuildCache.escape(text)
            #expect(!escaped.utf8.contains(UInt8(ascii: "\t")) && !escaped.utf8.contains(0x0A) && !escaped.utf8.contains(0x0D))
            #expect(Array(BuildCache.unescape(escaped.utf8).utf8) == Array(text.utf8), "\(text.debugDescription)")
        }
        var files = Self.files
        files["content/pages/a.md"] = "---\ntitle: C:\\\u{301}ドライブ\n---\n\n本文は一です。[B](b.md)\n"
        let site = try FixtureSite.built(files)
        try Self.append("\n追記。\n", to: site.content.appendingPathComponent("pages/b.md"))
        #expect(try site.build().rendered == 1, "an edit build, which shows A's title among B's backlinks")
        try Self.expectSameAsClean(site, site.options, "a title with a backslash before a combining mark")
    }

    @Test func savingAFileWithTheSameBytesIsNoChange() throws {
        let site = try FixtureSite.built(Self.files)
        try site.folder.write(["content/pages/a.md": Self.files["content/pages/a.md", default: ""]])
        #expect(try site.build().upToDate)
    }

    @Test func theBuildThatChangesNothingRepeatsTheLastWarnings() throws {
        var files = Self.files
        files["content/pages/b.md"] = "---\ntitle: ページB\n---\n\n![](https://example.org/x.png)\n"
        let site = try FixtureSite(files)
        let first = try site.build()
        #expect(first.warnings.contains { $0.file == "pages/b.md" && $0.problem == "image has no alt text" })
        let again = try site.build()
        #expect(again.upToDate && again.warnings == first.warnings)
    }

    /// A link's target can change without the link changing, so a link among the inputs means the
    /// build always does its work.
    @Test func aSymbolicLinkAmongTheInputsMeansAFullBuild() throws {
        let site = try FixtureSite(Self.files)
        try site.folder.write(["notes/c.md": "---\ntitle: ページC\n---\n\n本文。\n"])
        try FileManager.default.createSymbolicLink(
            at: site.content.appendingPathComponent("pages/c.md"), withDestinationURL: site.folder.url.appendingPathComponent("notes/c.md"))
        try site.build()
        #expect(try site.page("c/index.html").contains("本文。"))
        let again = try site.build()
        #expect(!again.upToDate && again.sync.written == 0)
    }

    @Test func aDamagedRecordMeansAFullBuild() throws {
        let site = try FixtureSite.built(Self.files)
        let marker = site.output.appendingPathComponent(OutputMarker.name)
        let text = try String(contentsOf: marker, encoding: .utf8)
        // Cut short, as by a build killed while writing it.
        try Data(text.prefix(text.count / 2).utf8).write(to: marker)
        let report = try site.build()
        #expect(!report.upToDate && report.sync.written == 0)
        #expect(try site.build().upToDate)
    }

    static func append(_ text: String, to file: URL) throws {
        try (String(contentsOf: file, encoding: .utf8) + text).write(to: file, atomically: false, encoding: .utf8)
    }

    static func replace(_ old: String, with new: String, in file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: false, encoding: .utf8)
    }
}

import Foundation
import Site
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@testable import Serve

/// `shiryo serve` end to end: a fixture site served on a free port, fetched over HTTP, edited on
/// disk while it is served.
@Suite(.serialized)
struct DevServerTests {
    /// A fixture project in a temporary folder with the project's real templates.
    final class Project: @unchecked Sendable {
        let root: URL
        init(pages: [String: String]) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-serve-\(UUID().uuidString)")
            let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
            for (path, text) in pages { try write(path, text) }
        }
        func write(_ path: String, _ text: String) throws {
            let file = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        var options: BuildOptions {
            BuildOptions(
                contentDirectory: root.appendingPathComponent("content"),
                templatesDirectory: root.appendingPathComponent("templates"),
                outputDirectory: root.appendingPathComponent("public"))
        }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    struct Fetched {
        var status: Int
        var type: String
        var text: String
    }

    func fetch(_ path: String, from base: URL) async throws -> Fetched {
        let url = try #require(URL(string: path, relativeTo: base))
        let (data, response) = try await URLSession.shared.data(from: url)
        let http = try #require(response as? HTTPURLResponse)
        return Fetched(
            status: http.statusCode, type: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            text: String(decoding: data, as: UTF8.self))
    }

    /// The state after the build that follows `version`, waiting as an open page would.
    func nextState(after version: Int, from base: URL) async throws -> (version: Int, error: String?) {
        for _ in 0..<5 {
            let answer = try await fetch("__shiryo/wait?version=\(version)", from: base)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(answer.text.utf8)) as? [String: Any])
            let now = try #require(json["version"] as? Int)
            if now != version { return (now, json["error"] as? String) }
        }
        Issue.record("no rebuild was reported after version \(version)")
        return (version, nil)
    }

    @Test func servesTheBuiltSiteWithReloadScriptOnlyInResponses() async throws {
        let project = try Project(pages: [
            "content/pages/guide.md": "---\ntitle: 手引き\n---\n最初の本文。\n",
            "content/pages/notes.txt": "",
        ])
        let server = try DevServer(options: project.options, port: 0) { _ in }
        let base = try await server.start()
        defer { Task { await server.stop() } }

        let page = try await fetch("guide/", from: base)
        #expect(page.status == 200)
        #expect(page.type == "text/html; charset=utf-8")
        #expect(page.text.contains("最初の本文。"))
        #expect(page.text.contains("<script src=\"/__shiryo/live-reload.js\""))
        let onDisk = try String(contentsOf: project.root.appendingPathComponent("public/guide/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__shiryo"))

        let script = try await fetch("__shiryo/live-reload.js", from: base)
        #expect(script.type.hasPrefix("text/javascript"))
        #expect(script.text.contains("location.reload()"))

        let missing = try await fetch("no/such/page/", from: base)
        #expect(missing.status == 404)
        #expect(missing.text.contains("<html"))
        let escape = try await fetch("..%2F..%2Fetc/passwd", from: base)
        #expect(escape.status == 404)
    }

    @Test func rebuildsOnEditAndKeepsTheLastGoodSiteWhenABuildFails() async throws {
        let project = try Project(pages: ["content/pages/guide.md": "---\ntitle: 手引き\n---\n最初の本文。\n"])
        let server = try DevServer(options: project.options, port: 0) { _ in }
        let base = try await server.start()
        defer { Task { await server.stop() } }
        let first = try await nextState(after: -1, from: base)
        #expect(first.error == nil)

        try project.write("content/pages/guide.md", "---\ntitle: 手引き\n---\n書き換えた本文。\n")
        let edited = try await nextState(after: first.version, from: base)
        #expect(edited.error == nil)
        #expect(try await fetch("guide/", from: base).text.contains("書き換えた本文。"))

        try project.write("templates/page.mustache", "{{#content}}閉じていない節")
        let broken = try await nextState(after: edited.version, from: base)
        let message = try #require(broken.error)
        #expect(message.contains("page.mustache"))
        let lastGood = try await fetch("guide/", from: base)
        #expect(lastGood.status == 200)
        #expect(lastGood.text.contains("書き換えた本文。"))
    }

    /// What the server printed, collected across threads.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func add(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    @Test func aSaveWithTheSameBytesNeitherRebuildsNorReloads() async throws {
        let text = "---\ntitle: 手引き\n---\n最初の本文。\n"
        let project = try Project(pages: ["content/pages/guide.md": text])
        let log = Log()
        let server = try DevServer(options: project.options, port: 0) { log.add($0) }
        let base = try await server.start()
        defer { Task { await server.stop() } }
        let first = try await nextState(after: -1, from: base)

        try project.write("content/pages/guide.md", text)
        for _ in 0..<100 where !log.all.contains(where: { $0.hasPrefix("変更なし") }) {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(log.all.contains { $0.hasPrefix("変更なし") }, "the save was seen and found to change nothing")
        let now = try await fetch("__shiryo/wait?version=-1", from: base).text
        let json = try #require(try JSONSerialization.jsonObject(with: Data(now.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == first.version, "open pages do not reload")

        try project.write("content/pages/guide.md", text.replacingOccurrences(of: "最初", with: "次"))
        let edited = try await nextState(after: first.version, from: base)
        #expect(edited.version == first.version + 1)
        #expect(try await fetch("guide/", from: base).text.contains("次の本文。"))
    }

    @Test func aBuildThatChangesNothingClearsAnErrorButOtherwiseKeepsTheVersion() async {
        let state = ReloadState()
        await state.finished(error: nil)
        await state.finished(error: nil, changed: false)
        #expect(await state.version == 1)
        await state.finished(error: "壊れた")
        // Undoing the breaking edit brings back the last good inputs: nothing to build, but the
        // overlay must go.
        await state.finished(error: nil, changed: false)
        #expect(await state.version == 3)
        #expect(await state.error == nil)
    }

    @Test func textFilesCarryTheirCharset() {
        #expect(ContentTypes.type(forFileNamed: "001.txt") == "text/plain; charset=utf-8")
        #expect(ContentTypes.type(forFileNamed: "data.CSV") == "text/csv; charset=utf-8")
        #expect(ContentTypes.type(forFileNamed: "favicon.svg") == "image/svg+xml; charset=utf-8")
        #expect(ContentTypes.type(forFileNamed: "blob") == "application/octet-stream")
    }

    @Test func injectsBeforeTheClosingBody() {
        let page = Data("<html><body><p>本文</p></body></html>".utf8)
        let served = String(decoding: LiveReload.inject(into: page, version: 3), as: UTF8.self)
        #expect(served.hasSuffix("<script src=\"/__shiryo/live-reload.js\" data-version=\"3\"></script></body></html>"))
    }
}

/// The served folder is the only thing served: no `..`, no symlink that leads out of it.
struct StaticFilesTests {
    @Test func refusesPathsThatLeaveTheOutputFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-static-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data("<p>a</p>".utf8).write(to: root.appendingPathComponent("a/index.html"))
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("outside.txt"), withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
        let files = StaticFiles(root: root)
        #expect(files.file(forPath: "/a/")?.contentType == "text/html; charset=utf-8")
        #expect(files.file(forPath: "/a/../../etc/hostname") == nil)
        #expect(files.file(forPath: "/outside.txt") == nil)
        #expect(files.file(forPath: "/missing.html") == nil)
    }
}

import FlyingFox
import FlyingSocks
import Content
import Foundation
import Site

/// `shiryo serve`: builds the site, serves the output folder on 127.0.0.1, rebuilds when content/
/// or templates/ change, and makes open pages reload themselves.
///
/// The output folder holds exactly what `shiryo build` writes: the live-reload script is added to
/// HTML responses on the way out, never to files. A failed rebuild leaves the last good site in
/// place (the build guarantees that) and is shown in the terminal and over the open pages.
public final class DevServer: Sendable {
    private let options: BuildOptions
    private let port: UInt16
    private let log: @Sendable (String) -> Void
    private let state = ReloadState()
    private let files: StaticFiles
    private let server: HTTPServer

    /// Creates a server; `port` 0 picks a free one (see `start()`).
    public init(options: BuildOptions, port: UInt16, log: @escaping @Sendable (String) -> Void) throws {
        self.options = options
        self.port = port
        self.log = log
        self.files = StaticFiles(root: options.outputDirectory)
        self.server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: port), timeout: 60, logger: .disabled)
    }

    /// Builds once, starts watching and listening, and returns the address pages are served at.
    /// The first build must succeed: there is no last good site to fall back on yet.
    public func start() async throws -> URL {
        try build()
        await state.finished(error: nil)
        ChangeWatcher(folders: [options.contentDirectory, options.templatesDirectory]) { [self] in
            var failure: String?
            var changed = true
            do {
                changed = try build()
            } catch {
                self.log("error: \(error)")
                failure = String(describing: error)
            }
            let state = self.state
            Task { [failure, changed] in await state.finished(error: failure, changed: changed) }
        }.start()
        await server.appendRoute("GET,HEAD *") { [self] request in await self.respond(to: request) }
        Task { [server] in try await server.run() }
        try await server.waitUntilListening()
        guard case .ip4(_, let boundPort) = await server.listeningAddress,
            let address = URL(string: "http://127.0.0.1:\(boundPort)/")
        else {
            throw ContentError(
                file: "127.0.0.1:\(port)", problem: "the server did not start listening",
                fix: "choose a free port with --port")
        }
        return address
    }

    /// Stops listening.
    public func stop() async {
        await server.stop()
    }

    /// Builds (or finds nothing changed, the same check `shiryo build` makes) and says whether
    /// the site changed.
    @discardableResult
    private func build() throws -> Bool {
        let report = try SiteBuilder(options: options).build()
        if report.upToDate {
            log("変更なし: \(report.pages) pages up to date")
            return false
        }
        log("built \(report.pages) pages, \(report.sync.written) written, \(report.sync.deleted) deleted")
        return true
    }

    private func respond(to request: HTTPRequest) async -> HTTPResponse {
        switch request.path {
        case LiveReload.scriptPath:
            return Self.response(.ok, "text/javascript; charset=utf-8", Data(LiveReload.script.utf8))
        case LiveReload.waitPath:
            let seen = request.query["version"].flatMap(Int.init) ?? -1
            let current = await state.version
            let answer = seen == current ? await state.wait(after: seen, timeout: .seconds(20)) : (current, await state.error)
            return Self.response(.ok, "application/json; charset=utf-8", LiveReload.state(version: answer.0, error: answer.1))
        default:
            let found = files.file(forPath: request.path)
            guard let file = found ?? files.notFoundPage() else {
                return Self.response(.notFound, "text/plain; charset=utf-8", Data("見つかりません / not found\n".utf8))
            }
            var body = file.contents
            if file.contentType.hasPrefix("text/html") {
                body = LiveReload.inject(into: body, version: await state.version)
            }
            return Self.response(found == nil ? .notFound : .ok, file.contentType, body)
        }
    }

    private static func response(_ status: HTTPStatusCode, _ type: String, _ body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }
}


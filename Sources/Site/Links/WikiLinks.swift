import Foundation
import Charts
import Content
import Escaping
import Japanese

/// `[[タイトル]]`, `[[別名]]`, `[[id]]` and `[[…|見せる文字]]` in any Markdown: a link to any page of
/// the site by its title, a program's alias, a prefecture's short name, or its id (a dataset id, a
/// program slug, a prefecture slug, `<doc-id>/<section>`, a page's path such as `guide/setup`).
///
/// Editors cannot know the output path of a generated page; a wiki link names the page the way the
/// editor knows it. Names compare on normalised text. A name that leads nowhere or to two pages
/// fails the build with the file and line, since a guessed target would be a silent wrong link.
struct WikiTargets: Sendable {
    /// Output paths by normalised name.
    private let paths: [String: Targets]
    /// A readable name for each output path, for messages about ambiguous names.
    private let labels: [String: String]

    init(pages: [SitePage], content: SiteContent) {
        var paths: [String: Targets] = [:]
        var labels: [String: String] = [:]
        func add(_ name: String, _ path: String) {
            let key = Self.key(name)
            guard !key.isEmpty else { return }
            switch paths[key] {
            case nil: paths[key] = .one(path)
            case .one(let other): if other != path { paths[key] = .many([other, path]) }
            case .many(var found): found.insert(path); paths[key] = .many(found)
            }
        }
        for page in pages where page.isListed {
            labels[page.outputPath] = page.title
            add(page.title, page.outputPath)
            if !page.location.isEmpty {
                add(page.location.joined(separator: "/"), page.outputPath)
                add(page.location.dropFirst().joined(separator: "/"), page.outputPath)
            }
            if let source = page.sourcePath, source.hasPrefix("pages/"), source.hasSuffix(".md") {
                add(String(source.dropFirst("pages/".count).dropLast(".md".count)), page.outputPath)
            }
        }
        for program in content.programs {
            for alias in program.aliases { add(alias, ProgramRoutes.page(program)) }
        }
        // A section's title without its number (概要 as well as １　概要).
        for document in content.documents {
            for section in document.sections {
                add(section.title, SitePage.outputPath(for: DocumentRoutes.section(section, in: document.info)))
            }
        }
        for tile in content.prefectureList.tiles {
            add(tile.shortName, PrefectureRoutes.page(tile))
        }
        self.paths = paths
        self.labels = labels
    }

    static func key(_ name: String) -> String {
        JapaneseText.matchKey(name)
    }

    /// The pages a name leads to: almost always one, held without a set of its own (a site of
    /// 100,000 pages has several names for each).
    private enum Targets: Sendable {
        case one(String)
        case many(Set<String>)
    }

    enum Resolution {
        case page(String)
        case none
        case ambiguous([String])
    }

    func resolve(_ name: String) -> Resolution {
        let found: Set<String> =
            switch paths[Self.key(name)] {
            case nil: []
            case .one(let path): [path]
            case .many(let paths): paths
            }
        switch found.count {
        case 0: return .none
        case 1: return .page(found.first ?? "")
        default: return .ambiguous(found.sorted().map { "\(labels[$0] ?? $0)（\($0)）" })
        }
    }

    /// The Markdown with every wiki link written as a Markdown link relative to the page.
    /// - Throws: `ContentError` at the line of the first wiki link that leads nowhere or to two pages.
    func expand(_ markdown: String, page: SitePage, firstLine: Int) throws -> String {
        guard ByteSearch.contains("[[", in: markdown) else { return markdown }
        let file = page.sourcePath ?? page.outputPath
        var output = ""
        var inFence = false
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if offset > 0 { output += "\n" }
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if inFence || !line.contains("[[") {
                output += line
                continue
            }
            output += try expandLine(line, page: page, file: file, line: firstLine + offset)
        }
        return output
    }

    private func expandLine(_ line: Substring, page: SitePage, file: String, line number: Int) throws -> String {
        var output = ""
        // Backticks written to `output` so far, counted as it grows rather than recounted.
        var outputTicks = 0
        func ticks(_ text: some StringProtocol) -> Int { text.reduce(0) { $1 == "`" ? $0 + 1 : $0 } }
        var rest = line[...]
        while let open = rest.range(of: "[[") {
            let before = rest[..<open.lowerBound]
            let beforeTicks = ticks(before)
            // `[[` inside a code span stays as written.
            if beforeTicks % 2 == 1 || outputTicks % 2 == 1 {
                outputTicks += beforeTicks
                output += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            guard let close = rest[open.upperBound...].range(of: "]]") else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            let parts = inner.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let name = parts.first ?? ""
            let label = parts.count > 1 ? parts[1] : name
            switch resolve(name) {
            case .page(let path):
                let href = RelativePath.link(from: page.outputPath, to: path)
                let link = "[" + Self.escape(label) + "](<" + href + ">)"
                outputTicks += beforeTicks + ticks(link)
                output += before + link
            case .none:
                throw ContentError(
                    file: file, line: number, problem: "wiki link [[\(inner)]] names no page",
                    fix: "write a page's title, a program's alias or an id (dataset id, program slug, doc-id/section), or correct the spelling")
            case .ambiguous(let candidates):
                throw ContentError(
                    file: file, line: number,
                    problem: "wiki link [[\(inner)]] names \(candidates.count) pages: " + candidates.joined(separator: "、"),
                    fix: "use the page's id instead, e.g. [[documents/doc-id/section]] or its path")
            }
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    private static func escape(_ label: String) -> String {
        label.replacingOccurrences(of: "[", with: "\\[").replacingOccurrences(of: "]", with: "\\]")
    }
}

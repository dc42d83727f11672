import Charts
import Content
import Escaping
import Foundation
import LinkCheck

/// 「このページを参照しているページ」: for every page, the pages whose main content links to it.
///
/// Built from the rendered HTML, so every link counts whatever made it — a hand-written Markdown
/// link, a wiki link, a name linked in a section, a chart tile, a table cell, a listing. Only links
/// inside `<main>` count: the header, breadcrumbs and footer link the same few pages from
/// everywhere and say nothing about what a page refers to. Unlisted pages (the search page, 404)
/// are tools, not content: their links are not references.
enum Backlinks {
    /// Where the layout asks for the list; removed from pages nothing links to.
    static let marker = "<!--shiryo:backlinks-->"

    /// The pages linking to each page, from what each page links to.
    static func incoming(_ outgoing: [(source: String, targets: Set<String>)]) -> [String: Set<String>] {
        var incoming: [String: Set<String>] = [:]
        for (source, targets) in outgoing {
            for target in targets where target != source { incoming[target, default: []].insert(source) }
        }
        return incoming
    }

    /// A page with its list of `sources` at the marker (or the marker removed, when none).
    static func write(into file: OutputFile, sources: Set<String>, titles: [String: String]) -> OutputFile {
        guard file.path.hasSuffix(".html"), let at = ByteSearch.range(of: marker, in: file.contents) else { return file }
        let block = sources.isEmpty ? "" : list(for: file.path, sources: sources, titles: titles)
        var contents = file.contents
        contents.replaceSubrange(at, with: Data(block.utf8))
        return OutputFile(path: file.path, contents: contents)
    }

    /// The output paths of the pages a page's main content links to, from the link check's scan of
    /// the page (the `href`s of the tags inside `<main>`).
    static func targets(of file: OutputFile, in titles: [String: String]) -> Set<String> {
        let html = file.contents
        guard let start = ByteSearch.range(of: "<main", in: html),
            let end = ByteSearch.range(of: "</main>", in: html, within: start.upperBound..<html.endIndex)
        else { return [] }
        // Only `<main>` is scanned: it starts with a tag, so its tags read as they do in the whole
        // page, and the header and footer, a third of a short page, are passed over.
        var found: Set<String> = []
        // A page links the same few pages over and over (a table's rows, a chart's tiles): each
        // distinct link is resolved once.
        var seen: Set<String> = []
        for reference in HTMLReferences.hrefs(html[start.lowerBound..<end.lowerBound]) {
            guard seen.insert(reference.target).inserted else { continue }
            if let target = resolve(reference.target, from: file.path), titles[target] != nil { found.insert(target) }
        }
        return found
    }

    /// The output path a relative link leads to, without its fragment; nil for external links.
    static func resolve(_ href: String, from path: String) -> String? {
        let link: String
        if let ascii = asciiPath(href) {
            guard !ascii.isEmpty, !ascii.utf8.contains(UInt8(ascii: ":")), ascii.utf8.first != UInt8(ascii: "/") else { return nil }
            link = ascii
        } else {
            link = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard !link.isEmpty, !link.contains(":"), !link.hasPrefix("/") else { return nil }
        }
        guard let resolved = RelativeReference.resolve(link, from: path) else { return nil }
        // Without a `%` there is nothing to decode, and Foundation's decoding is slow.
        return resolved.utf8.contains(UInt8(ascii: "%")) ? resolved.removingPercentEncoding : resolved
    }

    /// The part of `href` before its fragment when that part is ASCII (every link between pages),
    /// found on bytes: splitting `Character`s ran for each of the thousands of links of every page.
    /// Nil otherwise, and when the `#` joins a following mark into one `Character` (where splitting
    /// `Character`s would not split).
    private static func asciiPath(_ href: String) -> String? {
        let bytes = href.utf8
        let hash = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.endIndex
        guard bytes[..<hash].allSatisfy({ $0 < 0x80 }) else { return nil }
        if hash < bytes.endIndex, href[hash...].first != "#" { return nil }
        return String(href[..<hash])
    }

    private static func list(for path: String, sources: Set<String>, titles: [String: String]) -> String {
        let linker = RelativePath.Linker(from: path)
        var html = "<aside class=\"backlinks\" aria-labelledby=\"backlinks-title\">\n"
        html += "<h2 id=\"backlinks-title\">このページを参照しているページ</h2>\n<ul>\n"
        for source in sources.sorted() {
            html += "<li><a href=\"\(Markup.escape(linker.link(to: source)))\">\(Markup.escape(titles[source] ?? source))</a></li>\n"
        }
        return html + "</ul>\n</aside>"
    }
}

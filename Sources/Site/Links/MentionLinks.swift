import Charts
import CommonMark
import Content

/// Links the first mention of each program and prefecture in a generated section to its page.
///
/// Works on the rendered HTML's text nodes, so Markdown syntax never splits a name, and skips text
/// where a link would be wrong or unwelcome: inside existing links, headings, code, table headers
/// and SVG.
struct MentionLinks: Sendable {
    let matcher: NameMatcher<String>

    /// Program names (title and aliases) and prefecture full names, each to its page's output path.
    init(programs: [(names: [String], path: String)], prefectures: [(name: String, path: String)]) {
        matcher = NameMatcher(
            programs.flatMap { program in program.names.map { ($0, program.path) } } + prefectures.map { ($0.name, $0.path) })
    }

    /// Elements whose text is never linked.
    static let skipped: Set<String> = ["a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "thead", "svg", "script", "style"]

    /// The HTML with the first mention of each target linked, relative to `outputPath`.
    func link(_ html: String, outputPath: String) -> String {
        var linked: Set<String> = [outputPath]
        var output = ""
        output.reserveCapacity(html.utf8.count + 1024)
        var depth: [String: Int] = [:]
        // How many skipped elements are open (depth above zero), kept as tags pass.
        var open = 0
        var readings = NameMatcher<String>.Readings()
        // Tags are found on bytes: `<` and `>` are ASCII, never part of a longer UTF-8 sequence.
        let bytes = html.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                let tag = html[index...close]
                output += tag
                if let (name, isClosing) = Self.element(tag), Self.skipped.contains(name), !tag.hasSuffix("/>") {
                    let before = depth[name, default: 0]
                    let after = before + (isClosing ? -1 : 1)
                    depth[name] = after
                    if before <= 0, after > 0 { open += 1 } else if before > 0, after <= 0 { open -= 1 }
                }
                index = bytes.index(after: close)
                continue
            }
            let end = bytes[bytes.index(after: index)...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.endIndex
            let text = html[index..<end]
            output += open > 0 ? String(text) : linkText(Array(text), outputPath: outputPath, linked: &linked, readings: &readings)
            index = end
        }
        return output
    }

    private func linkText(
        _ characters: [Character], outputPath: String, linked: inout Set<String>, readings: inout NameMatcher<String>.Readings
    ) -> String {
        // Most text names nothing: it is passed on whole.
        let matches = matcher.matches(in: characters, readings: &readings).filter { !linked.contains($0.target) }
        guard !matches.isEmpty else { return String(characters) }
        var result = ""
        var last = 0
        for match in matches where !linked.contains(match.target) {
            linked.insert(match.target)
            result += String(characters[last..<match.range.lowerBound])
            let href = RelativePath.link(from: outputPath, to: match.target)
            result += "<a class=\"mention\" href=\"\(href)\">" + String(characters[match.range]) + "</a>"
            last = match.range.upperBound
        }
        return result + String(characters[last...])
    }

    /// The lower-cased element name of a tag and whether it closes; nil for comments and doctypes.
    private static func element(_ tag: Substring) -> (String, Bool)? {
        asciiElement(tag) ?? characterElement(tag)
    }

    /// `element(_:)` read on bytes, for a tag whose name is ASCII (every tag the site writes): the
    /// names of the thousands of tags of a section were read `Character` by `Character`. Nil when
    /// a byte outside ASCII could join the name, where only characters tell.
    private static func asciiElement(_ tag: Substring) -> (String, Bool)?? {
        let bytes = tag.utf8
        var index = bytes.index(after: bytes.startIndex)
        let isClosing = index < bytes.endIndex && bytes[index] == UInt8(ascii: "/")
        if isClosing { index = bytes.index(after: index) }
        let start = index
        while index < bytes.endIndex, let byte = Optional(bytes[index]),
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        {
            index = bytes.index(after: index)
        }
        if index < bytes.endIndex, bytes[index] >= 0x80 { return nil }
        return .some(index == start ? nil : (String(tag[start..<index]).lowercased(), isClosing))
    }

    private static func characterElement(_ tag: Substring) -> (String, Bool)? {
        var body = tag.dropFirst()
        let isClosing = body.first == "/"
        if isClosing { body = body.dropFirst() }
        let name = body.prefix { $0.isLetter || $0.isNumber }
        return name.isEmpty ? nil : (name.lowercased(), isClosing)
    }
}

extension MentionLinks {
    /// The site's programs and prefectures.
    init(content: SiteContent) {
        self.init(
            programs: content.programs.map { ($0.names, ProgramRoutes.page($0)) },
            prefectures: content.prefectureList.tiles.map { ($0.name, PrefectureRoutes.page($0)) })
    }

    /// A rendered section with its mentions linked; its headings are unchanged.
    func link(_ rendered: RenderedMarkdown, outputPath: String) -> RenderedMarkdown {
        RenderedMarkdown(html: link(rendered.html, outputPath: outputPath), headings: rendered.headings)
    }
}

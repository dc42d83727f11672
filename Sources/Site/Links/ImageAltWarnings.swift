import Foundation
import Content

/// An image without alt text is read aloud as nothing, so it is worth a warning; it is not an
/// error because a decorative image may rightly have none.
enum ImageAltWarnings {
    /// One warning per Markdown image `![](…)` with empty alt text in the editors' pages.
    /// - Throws: `ContentError` when a body left in its file can no longer be read as it was.
    static func warnings(_ pages: [Page]) throws -> [ContentError] {
        try pages.flatMap { page in
            // Most pages have no image at all; a byte test, made when the page was loaded, spares
            // them reading and the line-by-line search.
            guard page.markdown.mayHoldImages else { return [ContentError]() }
            return try page.markdown.text().split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
                guard let start = line.range(of: "!["), let close = line[start.upperBound...].range(of: "]("),
                    line[start.upperBound..<close.lowerBound].allSatisfy(\.isWhitespace)
                else { return nil }
                return ContentError(
                    file: page.sourcePath, line: page.bodyLine + offset, problem: "image has no alt text",
                    fix: "describe the image between the brackets, e.g. ![棒グラフ：都道府県別の設置数](fig.png)")
            }
        }
    }
}

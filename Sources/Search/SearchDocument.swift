/// One page as the index holds it: its text as a single stream of scalars, title first.
///
/// The stream is the title, a line break, then every heading and body run separated by line
/// breaks. Positions in the index count scalars of this stream; `search.js` maps a position back
/// to title, heading or body with `titleLength` and `headingRanges`, and cuts snippets from `text`.
public struct SearchDocument: Sendable {
    /// Output path of the page (`data/x/index.html`).
    public let path: String
    /// The page title as shown in results.
    public let title: String
    /// The kind shown beside the result.
    public let kind: PageKind
    /// The stream as display text (NFKC, whitespace collapsed, case kept).
    public let text: String
    /// The stream's index keys, one per scalar of `text`.
    public let keys: [UInt32]
    /// Scalars of the title at the start of the stream.
    public let titleLength: Int
    /// Start and end (exclusive) of each heading in the stream, flattened.
    public let headingRanges: [Int]

    /// The separator between runs; no bigram spans it.
    static let separator: UInt32 = 0x0A

    /// Builds the stream of a page from its visible text.
    public init(path: String, visible: VisibleText) {
        self.path = path
        self.kind = PageKind(outputPath: path)
        var scalars = String.UnicodeScalarView()
        var count = 0
        var ranges: [Int] = []
        let title = SearchNormalizer.display(visible.title)
        scalars.append(contentsOf: title.unicodeScalars)
        count = title.unicodeScalars.count
        titleLength = count
        for run in visible.runs {
            let display = SearchNormalizer.display(run.text)
            guard !display.isEmpty else { continue }
            scalars.append("\n")
            count += 1
            let length = display.unicodeScalars.count
            if run.role == .heading { ranges += [count, count + length] }
            scalars.append(contentsOf: display.unicodeScalars)
            count += length
        }
        self.title = title
        self.text = String(scalars)
        self.keys = scalars.map { SearchNormalizer.fold($0.value) }
        self.headingRanges = ranges
    }
}

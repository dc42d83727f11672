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
        var bytes: [UInt8] = []
        var keys: [UInt32] = []
        var ranges: [Int] = []
        func append(_ display: String) {
            bytes.append(contentsOf: display.utf8)
            for scalar in display.unicodeScalars { keys.append(SearchNormalizer.fold(scalar.value)) }
        }
        let title = SearchNormalizer.display(visible.title)
        append(title)
        titleLength = keys.count
        for run in visible.runs {
            let display = SearchNormalizer.display(run.text)
            guard !display.isEmpty else { continue }
            bytes.append(0x0A)
            keys.append(Self.separator)
            let start = keys.count
            append(display)
            if run.role == .heading { ranges += [start, keys.count] }
        }
        self.title = title
        self.text = String(decoding: bytes, as: UTF8.self)
        self.keys = keys
        self.headingRanges = ranges
    }
}

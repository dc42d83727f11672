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
        var output = SearchNormalizer.Output()
        // NFKC seldom lengthens a page's text, so its bytes seldom grow. (The keys are kept with
        // the document for the whole batch: they are not given room a page may not need.)
        output.bytes.reserveCapacity(visible.runs.reduce(visible.titleUTF8.count) { $0 + $1.utf8.count + 1 })
        var ranges: [Int] = []
        output.append(utf8: visible.titleUTF8)
        let title = String(decoding: output.bytes, as: UTF8.self)
        titleLength = output.keys.count
        for run in visible.runs {
            output.bytes.append(0x0A)
            output.keys.append(Self.separator)
            let start = output.keys.count
            guard output.append(utf8: run.utf8) else {
                output.bytes.removeLast()
                output.keys.removeLast()
                continue
            }
            if run.role == .heading { ranges += [start, output.keys.count] }
        }
        self.title = title
        self.text = String(decoding: output.bytes, as: UTF8.self)
        self.keys = output.keys
        self.headingRanges = ranges
    }
}

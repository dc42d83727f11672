/// The outline both flattened-PDF readers build: headings found in source order, each with a
/// level, nested into sections. A heading's section runs to the next heading at its level or
/// above; its own body is the lines before its first sub-heading.
enum Outline {
    /// A heading found in the source.
    struct Head {
        /// 0-based line of the heading.
        var line: Int
        var number: String
        var title: String
        var level: Int
    }

    /// The sections of `heads`, the last one ending at the 0-based line `end`. `body` renders a
    /// heading's own lines (nil when it has none) given the last line of its section; it is called
    /// in source order.
    static func nest(_ heads: ArraySlice<Head>, upTo end: Int, body: (Head, ClosedRange<Int>?, Int) -> String) -> [Section] {
        var result: [Section] = []
        var k = heads.startIndex
        while k < heads.endIndex {
            let head = heads[k]
            var next = k + 1
            while next < heads.endIndex, heads[next].level > head.level { next += 1 }
            let last = (next < heads.endIndex ? heads[next].line : end + 1) - 1
            let inner = heads[(k + 1)..<next]
            let ownEnd = (inner.first?.line ?? last + 1) - 1
            let text = body(head, head.line < ownEnd ? (head.line + 1)...ownEnd : nil, last)
            result.append(Section(
                number: head.number, title: head.title, level: head.level, body: text,
                lines: (head.line + 1)...(last + 1), children: nest(inner, upTo: last, body: body)))
            k = next
        }
        return result
    }
}

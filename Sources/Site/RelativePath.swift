/// Computes the relative link from one output file to another.
///
/// Every link the site writes goes through here, so that pages work from file:// and under any
/// sub-path: links never start with `/` and always name a file (`../b/index.html`, never `../b/`).
public enum RelativePath {
    /// The link from the page at `from` to the file at `to`; both are paths inside the output
    /// directory such as `prefectures/tokyo/index.html`. A `#fragment` on `to` is kept.
    public static func link(from: String, to: String) -> String {
        Linker(from: from).link(to: to)
    }

    /// Links from one page to many targets; the page's folders are split once.
    public struct Linker: Sendable {
        private let directories: [Substring]

        /// Prepares links from the output file at `from`.
        public init(from: String) {
            directories = Array(from.split(separator: "/").filter { $0 != "." }.dropLast())
        }

        /// The relative link to the output file at `to` (which may end in `#fragment`); a bare
        /// `#fragment` is a place on the page itself and stays as it is.
        public func link(to: String) -> String {
            if to.utf8.first == UInt8(ascii: "#") { return to }
            // An ASCII target (every link the site makes) is searched on bytes: finding `#` and `/`
            // Character by Character walked grapheme boundaries for each of the thousands of links
            // of a page. In ASCII every byte is a Character of its own (but CR LF, which holds
            // neither), so the bytes give the same places.
            if to.utf8.allSatisfy({ $0 < 0x80 }) {
                return link(to: to) { text, delimiter in text.utf8.firstIndex(of: delimiter) }
            }
            return link(to: to) { text, delimiter in text.firstIndex(of: Character(Unicode.Scalar(delimiter))) }
        }

        private func link(to: String, firstIndex: (Substring, UInt8) -> String.Index?) -> String {
            let hash = firstIndex(to[...], UInt8(ascii: "#"))
            let target = hash.map { to[..<$0] } ?? to[...]
            let fragment = hash.map { to[$0...] } ?? ""
            var rest = target
            var shared = 0
            // Walk the target's folders while they match the page's own.
            while shared < directories.count, let slash = firstIndex(rest, UInt8(ascii: "/")),
                rest[..<slash] == directories[shared]
            {
                rest = rest[rest.index(after: slash)...]
                shared += 1
            }
            var link = String(repeating: "../", count: directories.count - shared)
            link += rest
            link += fragment
            return link
        }
    }
}

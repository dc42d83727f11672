import Foundation

/// What a link's target names, as the link check reads it: a javascript: URL, an address outside
/// the site (`https:`, `mailto:` …), a root-relative path, or a path relative to the page with its
/// fragment.
///
/// The check reads every link of every page, so targets of printable ASCII (nearly all: Japanese
/// names arrive percent-encoded) are read on bytes; any other target is read by characters, with the
/// same result.
enum LinkTarget: Equatable {
    case javascript
    case external
    case rooted
    /// The path part (before `?` and `#`, still percent-encoded; empty for a link into the page
    /// itself) and the fragment after `#`, if any.
    case relative(path: String, fragment: String?)

    init(_ target: String) {
        self = Self.ascii(target) ?? Self.characters(target)
    }

    /// The reading on bytes; nil when the target holds a byte outside printable ASCII, where bytes
    /// and characters could disagree.
    static func ascii(_ target: String) -> LinkTarget? {
        let bytes = target.utf8
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        if bytes.count >= 11, zip(bytes, "javascript:".utf8).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) { return .javascript }
        // A scheme: a colon within the first 12 characters before any `/`, `#` or `?`.
        let stop = bytes.prefix(12).firstIndex {
            $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?")
        }
        if let stop, bytes[stop] == UInt8(ascii: ":") {
            return .external
        }
        if bytes.first == UInt8(ascii: "/") { return .rooted }
        var end = bytes.endIndex
        var fragment: String?
        if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(target[bytes.index(after: hash)...])
            end = hash
        }
        if let question = bytes[..<end].firstIndex(of: UInt8(ascii: "?")) { end = question }
        return .relative(path: String(target[..<end]), fragment: fragment)
    }

    static func characters(_ target: String) -> LinkTarget {
        let lowered = String(target.prefix(12)).lowercased()
        if lowered.hasPrefix("javascript:") { return .javascript }
        if let colon = lowered.firstIndex(of: ":"), !lowered[..<colon].contains(where: { $0 == "/" || $0 == "#" || $0 == "?" }) {
            return .external
        }
        if target.hasPrefix("/") { return .rooted }
        var rest = Substring(target)
        var fragment: String?
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") { rest = rest[..<question] }
        return .relative(path: String(rest), fragment: fragment)
    }
}

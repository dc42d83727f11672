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
        var target = target
        return target.withUTF8 { bytes -> LinkTarget? in
            // One pass: every byte printable, where the first `#` and the first `?` stand.
            var hash: Int?
            var question: Int?
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte >= 0x20 && byte < 0x7F else { return nil }
                if byte == UInt8(ascii: "#") {
                    if hash == nil { hash = index }
                } else if byte == UInt8(ascii: "?"), question == nil {
                    question = index
                }
            }
            if bytes.count >= 11, zip(bytes, "javascript:".utf8).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) { return .javascript }
            // A scheme: a colon within the first 12 characters before any `/`, `#` or `?`.
            for index in 0..<min(12, bytes.count) {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":") { return .external }
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "?") { break }
            }
            if bytes.first == UInt8(ascii: "/") { return .rooted }
            let end = min(hash ?? bytes.count, question ?? bytes.count)
            return .relative(
                path: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self),
                fragment: hash.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[($0 + 1)...]), as: UTF8.self) })
        }
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

/// Check results shared by the pages of one batch: a link's verdict depends on the page only
/// through the folder it is resolved against, so `../../pref12/index.html` is judged once for all
/// the pages two levels down, not once per page (the navigation repeats the same links on every
/// page of a large site).
///
/// A target is keyed by that folder (the page's folder less one level per leading `../`) and the
/// rest of the target after its leading `./` and `../`, and by whether any was there: a target that
/// starts with them is never a scheme, a root or a link into the page itself, one without them may
/// be. Targets the key would not tell apart (a rest that starts with `/`, `#`, `?` or beyond ASCII,
/// or is empty; a page path with empty, `.` or `..` parts; more `../` than folders) are judged every
/// time.
struct SharedTargets<Verdict> {
    private struct Key: Hashable {
        var folder: Substring
        var rest: Substring
        var relativePrefix: Bool
    }

    private var verdicts: [Key: Verdict] = [:]

    /// The verdict for `target` on `page`, from an earlier page sharing its key, or `judge`'s.
    mutating func verdict(_ target: String, from page: String, _ judge: () -> Verdict) -> Verdict {
        guard let key = Self.key(target, from: page) else { return judge() }
        if let known = verdicts[key] { return known }
        let verdict = judge()
        verdicts[key] = verdict
        return verdict
    }

    /// The key, or nil when the target must be judged on its own.
    private static func key(_ target: String, from page: String) -> Key? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let bytes = target.utf8
        var start = bytes.startIndex
        var ups = 0
        while start != bytes.endIndex, bytes[start] == dot {
            let next = bytes.index(after: start)
            if next != bytes.endIndex, bytes[next] == slash {
                start = bytes.index(after: next)
            } else if next != bytes.endIndex, bytes[next] == dot, case let after = bytes.index(after: next), after != bytes.endIndex,
                bytes[after] == slash
            {
                ups += 1
                start = bytes.index(after: after)
            } else {
                break
            }
        }
        // A rest starting beyond ASCII could join the `/` before it into one character, which the
        // reading by characters would see as other than a `/`.
        guard start != bytes.endIndex, bytes[start] < 0x80, bytes[start] != slash, bytes[start] != UInt8(ascii: "#"),
            bytes[start] != UInt8(ascii: "?"), let folder = folder(of: page, up: ups)
        else { return nil }
        return Key(folder: folder, rest: target[start...], relativePrefix: start != bytes.startIndex)
    }

    /// The page's folder less `up` levels; nil for a path whose parts are not all plain names.
    private static func folder(of page: String, up: Int) -> Substring? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let bytes = page.utf8
        var previous: UInt8 = slash
        var end = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            // An empty part (`//`, a leading `/`) or one starting with `.` would resolve differently.
            if previous == slash, byte == slash || byte == dot { return nil }
            if byte == slash { end = index }
            previous = byte
            index = bytes.index(after: index)
        }
        guard previous != slash else { return nil }
        for _ in 0..<up {
            guard end != bytes.startIndex else { return nil }
            end = bytes[..<end].lastIndex(of: slash) ?? bytes.startIndex
        }
        return page[..<end]
    }
}

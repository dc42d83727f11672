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
    /// A page's folders, read once for all its links: the id of its folder and of each folder above
    /// it, up to the site's root; nil for a path whose parts are not all plain names.
    struct Page {
        fileprivate let folders: [Int]?
    }

    /// The key of a target: the id of its folder, whether it started with `./` or `../`, and the
    /// rest of it, compared and hashed as bytes.
    private struct Key: Hashable {
        var folder: Int
        var relativePrefix: Bool
        var target: String
        var rest: Int

        static func == (a: Key, b: Key) -> Bool {
            a.folder == b.folder && a.relativePrefix == b.relativePrefix
                && a.target.utf8.count - a.rest == b.target.utf8.count - b.rest
                && sameRest(a, b)
        }

        private static func sameRest(_ a: Key, _ b: Key) -> Bool {
            let compared: Bool?? = a.target.utf8.withContiguousStorageIfAvailable { x in
                b.target.utf8.withContiguousStorageIfAvailable { y in x[a.rest...].elementsEqual(y[b.rest...]) }
            }
            if case let .some(.some(same)) = compared { return same }
            return a.target.utf8.dropFirst(a.rest).elementsEqual(b.target.utf8.dropFirst(b.rest))
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(folder)
            hasher.combine(relativePrefix)
            let done: Void? = target.utf8.withContiguousStorageIfAvailable { bytes in
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[rest...])))
            }
            if done == nil { for byte in target.utf8.dropFirst(rest) { hasher.combine(byte) } }
        }
    }

    private var verdicts: [Key: Verdict] = [:]
    private var folderIDs: [Substring: Int] = [:]

    /// The page at `path`, its folders numbered.
    mutating func page(_ path: String) -> Page {
        guard var end = Self.folderEnd(of: path) else { return Page(folders: nil) }
        var folders: [Int] = []
        while true {
            let folder = path[..<end]
            if let id = folderIDs[folder] {
                folders.append(id)
            } else {
                folders.append(folderIDs.count)
                folderIDs[folder] = folderIDs.count
            }
            guard end != path.utf8.startIndex else { break }
            end = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) ?? path.utf8.startIndex
        }
        return Page(folders: folders)
    }

    /// The verdict for `target` on `page`, from an earlier page sharing its key, or `judge`'s.
    mutating func verdict(_ target: String, on page: Page, _ judge: () -> Verdict) -> Verdict {
        guard let folders = page.folders, let key = Self.key(target, folders: folders) else { return judge() }
        if let known = verdicts[key] { return known }
        let verdict = judge()
        verdicts[key] = verdict
        return verdict
    }

    /// The key, or nil when the target must be judged on its own.
    private static func key(_ target: String, folders: [Int]) -> Key? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let read = target.utf8.withContiguousStorageIfAvailable { bytes -> Key? in
            var start = 0
            var ups = 0
            while start < bytes.count, bytes[start] == dot {
                if start + 1 < bytes.count, bytes[start + 1] == slash {
                    start += 2
                } else if start + 2 < bytes.count, bytes[start + 1] == dot, bytes[start + 2] == slash {
                    ups += 1
                    start += 3
                } else {
                    break
                }
            }
            // A rest starting beyond ASCII could join the `/` before it into one character, which the
            // reading by characters would see as other than a `/`.
            guard start < bytes.count, ups < folders.count, bytes[start] < 0x80, bytes[start] != slash, bytes[start] != UInt8(ascii: "#"),
                bytes[start] != UInt8(ascii: "?")
            else { return nil }
            return Key(folder: folders[ups], relativePrefix: start != 0, target: target, rest: start)
        }
        return read ?? nil
    }

    /// Where the page's folder ends in its path; nil for a path whose parts are not all plain names.
    private static func folderEnd(of page: String) -> String.Index? {
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
        return previous == slash ? nil : end
    }
}

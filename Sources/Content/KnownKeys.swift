/// Refuses keys a file format does not have, so a misspelt key (`descripton:`, `drafts:`) is an
/// error naming its line and the key that was probably meant, never silently ignored.
public enum KnownKeys {
    public static func check(_ yaml: FrontMatter, known: [String], file: String, what: String = "key") throws {
        for key in yaml.keys where !known.contains(key) {
            let suggestion = nearest(key, in: known).map { "did you mean `\($0)`? " } ?? ""
            throw ContentError(
                file: file, line: yaml.keyLine(of: key), problem: "unknown \(what) `\(key)`",
                fix: "\(suggestion)use one of: \(known.joined(separator: ", "))")
        }
    }

    /// The known key within two edits of `key`, if one is that close.
    static func nearest(_ key: String, in known: [String]) -> String? {
        known.map { ($0, distance(Array(key), Array($0))) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

extension Substring {
    /// The parts between occurrences of an ASCII byte, empty parts kept (as `split` with
    /// `omittingEmptySubsequences: false`), found byte by byte: splitting a build record of 100,000
    /// lines by Character was most of the time of a build with nothing to do.
    func split(byte: UInt8, maxSplits: Int = .max) -> [Substring] {
        var parts: [Substring] = []
        var rest = utf8[...]
        while parts.count < maxSplits, let found = rest.firstIndex(of: byte) {
            parts.append(Substring(rest[..<found]))
            rest = rest[rest.index(after: found)...]
        }
        parts.append(Substring(rest))
        return parts
    }
}

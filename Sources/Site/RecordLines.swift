#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lines of the build record in a marker's bytes, read in place: a build with nothing to do
/// looks at every one of its 30,000 lines once, and splitting them into strings first took as long
/// as the stats they ask for.
enum RecordLines {
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// Calls `line` with the tag (the bytes before the first space) and the rest of every line of
    /// the record, `end` left out; false when there is no whole record (its opening, then `end` as
    /// its last line) or `line` returned false.
    static func forEach(in marker: [UInt8], _ line: (Bytes, Bytes) -> Bool) -> Bool {
        marker.withUnsafeBufferPointer { buffer in
            let opening = Array((BuildRecord.opening + "\n").utf8)
            let ending = Array("\nend\n".utf8)
            guard buffer.count >= opening.count + ending.count, buffer[(buffer.count - ending.count)...].elementsEqual(ending) else { return false }
            // The opening is a whole line among the marker's own few lines.
            var start = 0
            while !buffer[start...].starts(with: opening) {
                guard let next = nextLine(buffer, after: start) else { return false }
                start = next
            }
            return forEach(in: buffer, from: start + opening.count, to: buffer.count - ending.count + 1, line)
        }
    }

    /// Calls `line` with the tag and the rest of every line of `buffer[from..<end]` (a line break
    /// ends each), empty lines left out; false when `line` returned false.
    static func forEach(in buffer: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, _ line: (Bytes, Bytes) -> Bool) -> Bool {
        var index = from
        while index < end {
            let stop = lineEnd(buffer, from: index, limit: end)
            let whole = buffer[index..<stop]
            index = stop + 1
            if whole.isEmpty { continue }
            let space = whole.firstIndex(of: UInt8(ascii: " ")) ?? whole.endIndex
            let rest = space == whole.endIndex ? whole[whole.endIndex...] : whole[(space + 1)...]
            guard line(whole[..<space], rest) else { return false }
        }
        return true
    }

    /// Where the line from `from` ends (its line break, or `limit`).
    private static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int {
        guard let base = buffer.baseAddress, from < limit,
            let found = memchr(base + from, Int32(UInt8(ascii: "\n")), limit - from)
        else { return limit }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func nextLine(_ buffer: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
        let stop = lineEnd(buffer, from: start, limit: buffer.count)
        return stop < buffer.count ? stop + 1 : nil
    }

    /// Whether `bytes` are the ASCII `text`.
    static func `is`(_ bytes: Bytes, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount
            && text.withUTF8Buffer { bytes.elementsEqual($0) }
    }

    /// A decimal integer without sign.
    static func unsigned(_ bytes: Bytes) -> UInt64? {
        guard !bytes.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowed) = times.addingReportingOverflow(UInt64(byte - 48))
            guard !overflow, !overflowed else { return nil }
            value = sum
        }
        return value
    }

    /// A decimal integer, `-` allowed first.
    static func integer(_ bytes: Bytes) -> Int64? {
        let negative = bytes.first == UInt8(ascii: "-")
        guard let magnitude = unsigned(negative ? bytes.dropFirst() : bytes), magnitude <= UInt64(Int64.max) else { return nil }
        return negative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// A hexadecimal digest.
    static func digest(_ bytes: Bytes) -> UInt64? {
        guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case 48...57: digit = byte - 48
            case 97...102: digit = byte - 87
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// A line's stat (`size modified changed inode`) and, with `path`, the path after it.
    static func stat(_ bytes: Bytes, path: Bool = true) -> (FileStat, Bytes)? {
        var values: (Int64, Int64, Int64) = (0, 0, 0)
        var rest = bytes
        for field in 0..<3 {
            guard let space = rest.firstIndex(of: UInt8(ascii: " ")), let value = integer(rest[..<space]) else { return nil }
            switch field {
            case 0: values.0 = value
            case 1: values.1 = value
            default: values.2 = value
            }
            rest = rest[(space + 1)...]
        }
        let space = path ? rest.firstIndex(of: UInt8(ascii: " ")) : rest.endIndex
        guard let space, let inode = unsigned(rest[..<space]), values.0 >= 0 else { return nil }
        let stat = FileStat(size: Int(values.0), modified: values.1, changed: values.2, inode: inode)
        return (stat, path ? rest[(space + 1)...] : rest[rest.endIndex...])
    }

    /// The path of a stat line, after its four numbers, without reading them.
    static func path(afterStat bytes: Bytes) -> Bytes {
        var rest = bytes
        for _ in 0..<4 {
            guard let space = rest.firstIndex(of: UInt8(ascii: " ")) else { return rest[rest.endIndex...] }
            rest = rest[(space + 1)...]
        }
        return rest
    }

    /// The text of `bytes`.
    static func text(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

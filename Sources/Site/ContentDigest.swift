#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A 64-bit digest of a file's bytes, so that a file saved again with the same bytes (a new
/// modification time, the same contents) does not count as a change.
///
/// It guards against accidental edits, not against an adversary: the inputs are the user's own
/// files. Eight bytes are mixed per step, so hashing all of the portal's content takes a few
/// milliseconds.
enum ContentDigest {
    /// The digest of the file at `path`, or nil when it cannot be read.
    static func file(_ path: String) -> UInt64? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var state = Mixer()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { state.add(UnsafeRawBufferPointer(rebasing: $0.prefix(count))) }
        }
        return state.value
    }

    /// A running digest; the total length goes in last, so zero bytes at the end still count.
    struct Mixer {
        private var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
        private var length: UInt64 = 0
        /// Bytes of an eight-byte word not yet mixed in, from the end of the last chunk.
        private var pending: UInt64 = 0
        private var pendingCount = 0

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            length &+= UInt64(bytes.count)
            var index = 0
            while pendingCount != 0, index < bytes.count {
                addByte(bytes[index])
                index += 1
            }
            while index + 8 <= bytes.count {
                mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                index += 8
            }
            while index < bytes.count {
                addByte(bytes[index])
                index += 1
            }
        }

        private mutating func addByte(_ byte: UInt8) {
            pending |= UInt64(byte) << (8 * UInt64(pendingCount))
            pendingCount += 1
            if pendingCount == 8 {
                mix(pending)
                pending = 0
                pendingCount = 0
            }
        }

        private mutating func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
            hash = hash &* 0xBF58_476D_1CE4_E5B9
        }

        var value: UInt64 {
            var copy = self
            if pendingCount != 0 { copy.mix(pending | 0x80 << (8 * UInt64(pendingCount))) }
            copy.mix(length)
            copy.hash ^= copy.hash >> 31
            return copy.hash
        }
    }
}

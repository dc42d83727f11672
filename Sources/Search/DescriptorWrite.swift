#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif

/// Writing whole buffers to a file descriptor, for the build's spill file and its output files:
/// `write(2)` may write less than asked or be interrupted, and both writers need the same loop.
/// It lives in Search, the lowest module both writers share.
public enum DescriptorWrite {
    /// Writes all of `buffer` to `descriptor`, retrying after a signal; false on an error, with
    /// `errno` left as the failing call set it.
    /// With an `offset`, writes there (`pwrite(2)`) and leaves the descriptor's own position alone.
    public static func all(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, at offset: Int? = nil) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var written = 0
        while written < buffer.count {
            let result = offset.map { pwrite(descriptor, base + written, buffer.count - written, off_t($0 + written)) }
                ?? systemWrite(descriptor, base + written, buffer.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += result
        }
        return true
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A temporary file for what a build sets aside instead of holding it in memory (rendered pages
/// waiting for their backlinks, search postings), unlinked as soon as it is made, so nothing is
/// left behind whatever happens to the build.
public final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    /// Bytes appended so far.
    public private(set) var length = 0

    public init(prefix: String) throws {
        var template = Array((NSTemporaryDirectory() + "/" + prefix + "-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw SpillError(operation: "be created", code: errno) }
        template.withUnsafeBufferPointer { buffer in _ = buffer.baseAddress.map { unlink($0) } }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends bytes; returns the offset they start at.
    public func append<Bytes: ContiguousBytes>(_ bytes: Bytes) throws -> Int {
        let start = length
        try bytes.withUnsafeBytes { buffer in
            guard DescriptorWrite.all(buffer, to: descriptor) else { throw SpillError(operation: "be written", code: errno) }
            length += buffer.count
        }
        return start
    }

    /// The bytes appended at `offset`.
    public func read(offset: Int, length: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        try bytes.withUnsafeMutableBytes { try read(offset: offset, into: $0) }
        return bytes
    }

    /// Fills `buffer` with the bytes appended at `offset`, so a caller can read them straight into
    /// the memory they end in.
    public func read(offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws {
        var done = 0
        while done < buffer.count {
            let result = buffer.baseAddress.map { pread(descriptor, $0 + done, buffer.count - done, off_t(offset + done)) } ?? -1
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { throw SpillError(operation: "be read", code: errno) }
            done += result
        }
    }
}

/// A build's temporary file could not be used (a full temporary folder).
public struct SpillError: Error, CustomStringConvertible {
    public let operation: String
    public let code: Int32

    public var description: String {
        "a temporary file of the build (in \(NSTemporaryDirectory())) cannot \(operation): \(String(cString: strerror(code)))"
    }
}

/// Bytes written at a cursor into memory sized beforehand for the worst case: the postings of a
/// batch and the posting shards. A large site's postings are millions of base-36 digits, and an
/// array checks its capacity and its uniqueness on every append.
///
/// The memory is reserved with `make(capacity:)`, uninitialised (pages never written are never
/// touched); every writer states the most it may write with `reserve(_:)` before writing it, and
/// a bound that proves too small stops the build instead of writing past the end.
struct PostingBytes {
    private let start: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// Bytes written so far.
    private(set) var count = 0

    private init(start: UnsafeMutablePointer<UInt8>, capacity: Int) {
        self.start = start
        self.capacity = capacity
    }

    /// The bytes `write` puts in at most `capacity` bytes of fresh memory.
    static func make(capacity: Int, _ write: (inout PostingBytes) throws -> Void) rethrows -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: max(capacity, 1)) { buffer, initialized in
            guard let start = buffer.baseAddress else { return }
            var bytes = PostingBytes(start: start, capacity: buffer.count)
            try write(&bytes)
            initialized = bytes.count
        }
    }

    /// Stops the build unless `length` more bytes fit: the one check the writes after it rely on.
    @inline(__always)
    func reserve(_ length: Int) {
        precondition(count + length <= capacity, "posting bytes exceed the bound computed for them")
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        start[count] = value
        count += 1
    }

    /// Bytes already written elsewhere.
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress else { return }
        UnsafeMutableRawPointer(start + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A number as four bytes, little-endian (a spill record's header).
    @inline(__always)
    mutating func word(_ value: UInt32) {
        setWord(value, at: count)
        count += 4
    }

    /// Overwrites the four bytes at `offset` (a record's length, known once the record is written).
    @inline(__always)
    func setWord(_ value: UInt32, at offset: Int) {
        UnsafeMutableRawPointer(start + offset).storeBytes(of: value.littleEndian, as: UInt32.self)
    }

    /// A non-negative number in base 36, as `ScriptWriter.base36` writes it.
    @inline(__always)
    mutating func base36(_ value: Int) {
        count += Base36.write(value, to: start + count)
    }
}

/// Base-36 digits (`search.js` reads them with `parseInt(x, 36)`), the one implementation the
/// shards' writers share.
enum Base36 {
    /// The most bytes one scalar of a key takes inside a string literal (`\u2028`).
    static let maxScalarBytes = 6
    /// The most digits of a number below 2^63.
    static let maxDigits = 13

    /// The digits of `value`.
    @inline(__always)
    static func digits(_ value: Int) -> Int {
        var count = 1
        var rest = value / 36
        while rest > 0 {
            count += 1
            rest /= 36
        }
        return count
    }

    /// Writes the digits of a non-negative `value` at `target`; returns how many.
    @inline(__always)
    static func write(_ value: Int, to target: UnsafeMutablePointer<UInt8>) -> Int {
        precondition(value >= 0, "index numbers are never negative")
        if value < 36 {
            target[0] = digit(value)
            return 1
        }
        if value < 1296 {
            target[0] = digit(value / 36)
            target[1] = digit(value % 36)
            return 2
        }
        let count = digits(value)
        var rest = value
        for index in stride(from: count - 1, through: 0, by: -1) {
            target[index] = digit(rest % 36)
            rest /= 36
        }
        return count
    }

    /// The digit of 0 to 35, worked out rather than read from a table: a static table is reached
    /// through a lazy-initialisation check on every digit, and the shards hold millions.
    @inline(__always)
    static func digit(_ value: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: value < 10 ? 0x30 + value : 0x57 + value)
    }
}

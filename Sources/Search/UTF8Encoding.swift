/// Appends the UTF-8 bytes of a scalar value without creating a `String` (hot in indexing).
@inline(__always)
func appendUTF8(_ value: UInt32, to bytes: inout [UInt8]) {
    forEachUTF8Byte(of: value) { bytes.append($0) }
}

/// Hands `body` the UTF-8 bytes of a scalar value, one by one: the one encoder, for byte arrays
/// and for the posting writers alike.
@inline(__always)
func forEachUTF8Byte(of value: UInt32, _ body: (UInt8) -> Void) {
    switch value {
    case 0..<0x80:
        body(UInt8(value))
    case 0x80..<0x800:
        body(UInt8(0xC0 | (value >> 6)))
        body(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
        body(UInt8(0xE0 | (value >> 12)))
        body(UInt8(0x80 | ((value >> 6) & 0x3F)))
        body(UInt8(0x80 | (value & 0x3F)))
    default:
        body(UInt8(0xF0 | (value >> 18)))
        body(UInt8(0x80 | ((value >> 12) & 0x3F)))
        body(UInt8(0x80 | ((value >> 6) & 0x3F)))
        body(UInt8(0x80 | (value & 0x3F)))
    }
}

/// An open-addressing map from a bigram key to a dense id, faster than `Dictionary` for the
/// millions of lookups of a large site (keys are never removed). Each slot holds its key and id
/// side by side, so a lookup touches one cache line rather than one in each of two arrays.
struct KeyTable {
    private struct Slot {
        var key: UInt64
        var id: Int32
    }

    private static let empty = UInt64.max
    private var slots: [Slot]
    private var mask: Int
    /// Keys in the order their ids were given.
    private(set) var keys: [UInt64] = []

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: Self.empty, id: -1), count: size)
        mask = size - 1
    }

    /// The id of `key`, given the next free id when it is new.
    @inline(__always)
    mutating func id(for key: UInt64) -> Int32 {
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
        while true {
            let slot = slots[index]
            if slot.key == key { return slot.id }
            if slot.key == Self.empty {
                let id = Int32(keys.count)
                slots[index] = Slot(key: key, id: id)
                keys.append(key)
                if keys.count * 2 > slots.count { grow() }
                return id
            }
            index = (index + 1) & mask
        }
    }

    /// Empties the table, keeping its size, for the next batch's keys.
    mutating func reset() {
        guard !keys.isEmpty else { return }
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot(key: Self.empty, id: -1)) }
        keys.removeAll(keepingCapacity: true)
    }

    private mutating func grow() {
        let old = keys
        self = KeyTable(capacity: slots.count)
        for key in old { _ = id(for: key) }
    }
}

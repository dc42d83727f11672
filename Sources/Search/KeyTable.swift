/// An open-addressing map from a bigram key to a dense id and a count of its occurrences, faster
/// than `Dictionary` for the millions of lookups of a large site (keys are never removed). Each
/// slot holds its key, id and count side by side, so counting an occurrence touches the one cache
/// line the lookup already brought in, rather than one more in a separate array of counts.
struct KeyTable {
    private struct Slot {
        var key: UInt64
        var id: Int32
        var count: Int32
    }

    private static let empty = UInt64.max
    private static let vacant = Slot(key: empty, id: -1, count: 0)
    private var slots: [Slot]
    private var mask: Int
    /// Keys in the order their ids were given.
    private(set) var keys: [UInt64] = []

    init(capacity: Int = 1 << 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Self.vacant, count: size)
        mask = size - 1
    }

    /// The id of `key`, given the next free id when it is new, with one more occurrence counted.
    @inline(__always)
    mutating func count(_ key: UInt64) -> Int32 {
        var index = home(key)
        while true {
            let slot = slots[index]
            if slot.key == key {
                slots[index].count = slot.count + 1
                return slot.id
            }
            if slot.key == Self.empty {
                let id = Int32(keys.count)
                slots[index] = Slot(key: key, id: id, count: 1)
                keys.append(key)
                if keys.count * 2 > slots.count { grow() }
                return id
            }
            index = (index + 1) & mask
        }
    }

    /// The occurrences counted of every key, by id.
    func counts() -> [Int] {
        var counts = [Int](repeating: 0, count: keys.count)
        for slot in slots where slot.key != Self.empty { counts[Int(slot.id)] = Int(slot.count) }
        return counts
    }

    /// Empties the table, keeping its size, for the next batch's keys.
    mutating func reset() {
        guard !keys.isEmpty else { return }
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: Self.vacant) }
        keys.removeAll(keepingCapacity: true)
    }

    /// The slot a key's probe starts from: its bits mixed by a multiply, so that keys close in
    /// value (one scalar apart) spread over the table.
    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// Twice the slots, every key moved with its id and count.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.vacant, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.key != Self.empty {
            var index = home(slot.key)
            while slots[index].key != Self.empty { index = (index + 1) & mask }
            slots[index] = slot
        }
    }
}

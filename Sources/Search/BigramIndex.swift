/// The positional index of every document's stream: for each pair of adjacent scalars (bigram)
/// the documents and positions where it starts, and for each single scalar the documents, how
/// often it occurs, where (title, heading, body) and its first position.
///
/// Built in two counting passes over flat arrays, so a 10,000-page site indexes in well under a
/// second: the first pass gives every bigram an id and counts it, the second places each
/// occurrence at its bigram's slot. Postings come out ordered by document, then position.
struct BigramIndex {
    /// Bigram keys (`first << 21 | second`) by id.
    let bigramKeys: [UInt64]
    /// `bigramStart[id] ..< bigramStart[id + 1]` indexes `bigrams`.
    let bigramStart: [Int]
    /// Every bigram's occurrences, by id, then document, then position.
    let bigrams: [Occurrence]
    /// Single scalars that occur, ascending, each with the range of its entries.
    let unigramScalars: [UInt32]
    let unigramStart: [Int]
    let unigrams: [UnigramEntry]

    /// Where a bigram starts: document and position side by side, so placing an occurrence
    /// writes one place in memory, not two.
    struct Occurrence {
        var doc: Int32
        var position: Int32
    }

    /// One document's use of one scalar.
    struct UnigramEntry {
        var doc: Int32
        var count: Int32
        /// Bit 0 title, bit 1 heading, bit 2 body.
        var roles: UInt8
        var first: Int32
    }

    /// True for scalars no query term contains: separators, spaces and controls.
    @inline(__always)
    static func isBreak(_ value: UInt32) -> Bool { value <= 0x20 }

    /// Working memory one index leaves to the next, so that a build indexing batch after batch
    /// does not clear megabytes of tables for each: the slot of every scalar (-1 between uses)
    /// and the bigram table.
    struct Scratch {
        /// Slots of the Basic Multilingual Plane's scalars, where nearly all text is: a table of
        /// 256 KB (one of every scalar would keep 4 MB resident per core).
        private var planeSlot = [Int32](repeating: -1, count: 0x10000)
        /// Slots of the rare scalars beyond it.
        private var astralSlot: [UInt32: Int32] = [:]
        var table = KeyTable()

        @inline(__always)
        func slot(_ scalar: UInt32) -> Int32 {
            scalar < 0x10000 ? planeSlot[Int(scalar)] : astralSlot[scalar] ?? -1
        }

        @inline(__always)
        mutating func setSlot(_ slot: Int32, of scalar: UInt32) {
            if scalar < 0x10000 { planeSlot[Int(scalar)] = slot } else { astralSlot[scalar] = slot }
        }

        /// Forgets the slots of `scalars`, the ones an index gave.
        mutating func clear(_ scalars: [UInt32]) {
            for scalar in scalars where scalar < 0x10000 { planeSlot[Int(scalar)] = -1 }
            astralSlot.removeAll(keepingCapacity: true)
        }
    }

    init(documents: [SearchDocument]) {
        var scratch = Scratch()
        self.init(documents: documents, scratch: &scratch)
    }

    init(documents: [SearchDocument], scratch: inout Scratch) {
        scratch.table.reset()
        var unigramLastDoc: [Int32] = []
        var unigramEntryIndex: [Int] = []
        var scalars: [UInt32] = []
        var entries: [UnigramEntry] = []
        // The bigram id at every position of the batch's streams (-1 where no bigram starts), so
        // the second pass places occurrences without hashing each key again: half the size of
        // the postings, and the build indexes a batch of a thousand pages at a time.
        var bigramIDs = [Int32](repeating: -1, count: documents.reduce(0) { $0 + $1.keys.count })
        var streamStart = 0
        for (doc, document) in documents.enumerated() {
            let keys = document.keys
            var roles = Roles(document)
            let doc = Int32(doc)
            defer { streamStart += keys.count }
            for position in 0..<keys.count {
                let a = keys[position]
                guard !Self.isBreak(a) else { continue }
                let role = roles.at(position)
                var slot = scratch.slot(a)
                if slot < 0 {
                    slot = Int32(scalars.count)
                    scratch.setSlot(slot, of: a)
                    scalars.append(a)
                    unigramLastDoc.append(-1)
                    unigramEntryIndex.append(-1)
                }
                let s = Int(slot)
                if unigramLastDoc[s] != doc {
                    unigramLastDoc[s] = doc
                    unigramEntryIndex[s] = entries.count
                    entries.append(UnigramEntry(doc: doc, count: 1, roles: role, first: Int32(position)))
                } else {
                    let e = unigramEntryIndex[s]
                    entries[e].count += 1
                    entries[e].roles |= role
                }
                guard position + 1 < keys.count else { continue }
                let b = keys[position + 1]
                guard !Self.isBreak(b) else { continue }
                bigramIDs[streamStart + position] = scratch.table.count(UInt64(a) << 21 | UInt64(b))
            }
        }
        // Second pass: place every occurrence at its bigram's slot.
        let counts = scratch.table.counts()
        var start = [Int](repeating: 0, count: counts.count + 1)
        for id in 0..<counts.count { start[id + 1] = start[id] + counts[id] }
        var next = start
        // Every slot is written below: the counts are exact.
        bigrams = [Occurrence](unsafeUninitializedCapacity: start[counts.count]) { placed, initialized in
            var streamStart = 0
            for (doc, document) in documents.enumerated() {
                let count = document.keys.count
                defer { streamStart += count }
                for position in 0..<count {
                    let id = Int(bigramIDs[streamStart + position])
                    guard id >= 0 else { continue }
                    let slot = next[id]
                    placed[slot] = Occurrence(doc: Int32(doc), position: Int32(position))
                    next[id] = slot + 1
                }
            }
            initialized = placed.count
        }
        bigramKeys = scratch.table.keys
        bigramStart = start
        // Unigram entries grouped by scalar, ascending, documents in order within each.
        let order = scalars.indices.sorted { scalars[$0] < scalars[$1] }
        var rank = [Int](repeating: 0, count: scalars.count)
        for (r, s) in order.enumerated() { rank[s] = r }
        unigramScalars = order.map { scalars[$0] }
        (unigramStart, unigrams) = Self.group(
            entries: entries, documents: documents, scratch: scratch, rank: rank, count: scalars.count)
        scratch.clear(scalars)
    }

    /// Unigram entries grouped by scalar rank (documents in order within each), placed by a
    /// counting sort into one array: a list per scalar would hold the entries a third time.
    private static func group(
        entries: [UnigramEntry], documents: [SearchDocument], scratch: Scratch, rank: [Int], count: Int
    ) -> (start: [Int], entries: [UnigramEntry]) {
        // Entries were appended per document; each one's first position names its scalar.
        func rankOf(_ entry: UnigramEntry) -> Int {
            rank[Int(scratch.slot(documents[Int(entry.doc)].keys[Int(entry.first)]))]
        }
        var start = [Int](repeating: 0, count: count + 1)
        for entry in entries { start[rankOf(entry) + 1] += 1 }
        for r in 0..<count { start[r + 1] += start[r] }
        var next = start
        var placed = [UnigramEntry](repeating: UnigramEntry(doc: 0, count: 0, roles: 0, first: 0), count: entries.count)
        for entry in entries {
            let r = rankOf(entry)
            placed[next[r]] = entry
            next[r] += 1
        }
        return (start, placed)
    }

    /// The role bit of each position of a document's stream, read in ascending order: title,
    /// heading or body, without an array per document.
    struct Roles {
        private let titleLength: Int
        private let headingRanges: [Int]
        /// The first heading range that does not end at or before the last position asked for.
        private var pair = 0

        init(_ document: SearchDocument) {
            titleLength = document.titleLength
            headingRanges = document.headingRanges
        }

        /// Bit 0 title, bit 1 heading, bit 2 body; positions must be asked in ascending order.
        @inline(__always)
        mutating func at(_ position: Int) -> UInt8 {
            if position < titleLength { return 1 }
            while pair + 1 < headingRanges.count && headingRanges[pair + 1] <= position { pair += 2 }
            return pair + 1 < headingRanges.count && headingRanges[pair] <= position ? 2 : 4
        }
    }
}

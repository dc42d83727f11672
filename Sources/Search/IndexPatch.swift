import Escaping
import Foundation

/// The search index of a built site brought up to date for pages whose text changed, by rewriting
/// only the index files those pages are in: a body edit then costs a few files read and written
/// instead of indexing every page again. The result is byte for byte what `SearchIndexStream`
/// writes for the same pages; when it could not be (the shard count or the text blocks' partition
/// would change, or a file is not as the last build wrote it) the answer is nil and the caller
/// indexes the whole site.
public enum SearchIndexPatch {
    /// One page whose text changed, with its number in the index (its place among the indexed
    /// pages, in site order).
    public struct Edit {
        public let number: Int
        public let old: SearchDocument
        public let new: SearchDocument

        public init(number: Int, old: SearchDocument, new: SearchDocument) {
            self.number = number
            self.old = old
            self.new = new
        }
    }

    /// The rewritten files, and the figures the next patch starts from.
    public struct Result {
        public var files: [SearchIndex.File]
        public var textSizes: [Int]
        public var postings: Int
    }

    /// - Parameters:
    ///   - textSizes: the UTF-8 size of every page's text, in index order (`SearchIndexStream.textSizes`).
    ///   - postings: the index's posting count (`SearchIndexStream.postingCount`).
    ///   - shards: its shard count.
    ///   - read: the bytes of an index file (`search/docs.js`) as the last build wrote it.
    public static func apply(_ edits: [Edit], textSizes: [Int], postings: Int, shards: Int, read: (String) -> Data?) -> Result? {
        var sizes = textSizes
        var total = postings
        var contributions: [(number: Int, old: [UInt64: [UInt8]], new: [UInt64: [UInt8]])] = []
        for edit in edits {
            guard sizes.indices.contains(edit.number) else { return nil }
            sizes[edit.number] = edit.new.text.utf8.count
            let old = segments(edit.old), new = segments(edit.new)
            total += new.count - old.count
            contributions.append((edit.number, old.fields, new.fields))
        }
        guard SearchIndex.shardCount(postings: total) == shards else { return nil }
        let blockOf = partition(sizes)
        guard blockOf == partition(textSizes) else { return nil }
        var files: [SearchIndex.File] = []
        guard let docs = patchDocs(edits, blockOf: blockOf, read: read) else { return nil }
        files.append(docs)
        for block in Set(edits.map { blockOf[$0.number] }).sorted() {
            guard let text = patchTextBlock(block, edits.filter { blockOf[$0.number] == block }, blockOf: blockOf, read: read) else {
                return nil
            }
            files.append(text)
        }
        var changedByShard: [Int: [(number: Int, key: UInt64, fields: [UInt8]?)]] = [:]
        for contribution in contributions {
            for key in Set(contribution.old.keys).union(contribution.new.keys) where contribution.old[key] != contribution.new[key] {
                changedByShard[PostingSpill.shard(of: key, count: shards), default: []].append((contribution.number, key, contribution.new[key]))
            }
        }
        for (number, changes) in changedByShard.sorted(by: { $0.key < $1.key }) {
            let path = SearchIndex.folder + SearchIndex.name("index", number)
            guard let bytes = read(path), var entries = ShardEntries(Array(bytes), shard: number) else { return nil }
            for change in changes {
                guard entries.replace(key: change.key, document: change.number, fields: change.fields) else { return nil }
            }
            files.append(SearchIndex.File(path: path, contents: Data(entries.script(shard: number))))
        }
        return Result(files: files, textSizes: sizes, postings: total)
    }

    /// A page's postings as the shards hold them after its document number: its fields by key
    /// (single characters by scalar, bigrams flagged), and how many postings it adds to the count
    /// the shard count is chosen from.
    static func segments(_ document: SearchDocument) -> (fields: [UInt64: [UInt8]], count: Int) {
        let index = BigramIndex(documents: [document])
        var fields: [UInt64: [UInt8]] = [:]
        for slot in index.unigramScalars.indices {
            var writer = ScriptWriter(capacity: 16)
            for entry in index.unigrams[index.unigramStart[slot]..<index.unigramStart[slot + 1]] { writer.unigramFields(entry) }
            fields[UInt64(index.unigramScalars[slot])] = writer.bytes
        }
        for (id, key) in index.bigramKeys.enumerated() {
            var writer = ScriptWriter(capacity: 16)
            var previous = 0
            for slot in index.bigramStart[id]..<index.bigramStart[id + 1] {
                let position = Int(index.bigrams[slot].position)
                writer.byte(UInt8(ascii: ","))
                writer.base36(position - previous)
                previous = position
            }
            fields[PostingSpill.bigramFlag | key] = writer.bytes
        }
        return (fields, index.bigrams.count + index.unigrams.count)
    }

    /// The text block of every page, as `SearchIndexStream` cuts them from the texts' sizes.
    static func partition(_ sizes: [Int]) -> [Int] {
        var blockOf: [Int] = []
        blockOf.reserveCapacity(sizes.count)
        var block = 0, size = 0, current = 0
        for value in sizes {
            if current > 0 && size + value > TextBlocks.targetBytes {
                block += 1
                size = 0
                current = 0
            }
            blockOf.append(block)
            size += value
            current += 1
        }
        return blockOf
    }

    /// `docs.js` with the edited pages' lines replaced; each page has a line of its own (strings
    /// escape their line breaks), after the opening line.
    private static func patchDocs(_ edits: [Edit], blockOf: [Int], read: (String) -> Data?) -> SearchIndex.File? {
        let path = SearchIndex.folder + "docs.js"
        guard let bytes = read(path) else { return nil }
        var lines = Lines(bytes)
        for edit in edits {
            func line(_ document: SearchDocument) -> [UInt8] {
                var writer = ScriptWriter(capacity: 256)
                DocTable.line(DocTable.Entry(document), number: 0, block: blockOf[edit.number], into: &writer)
                if edit.number < blockOf.count - 1 { writer.byte(UInt8(ascii: ",")) }
                return writer.bytes
            }
            guard lines.replace(edit.number + 1, expecting: line(edit.old), with: line(edit.new)) else { return nil }
        }
        return SearchIndex.File(path: path, contents: Data(lines.joined))
    }

    /// A `text-NNN.js` block with the edited pages' texts replaced, one per line after the opening.
    private static func patchTextBlock(_ block: Int, _ edits: [Edit], blockOf: [Int], read: (String) -> Data?) -> SearchIndex.File? {
        let path = SearchIndex.folder + SearchIndex.name("text", block)
        guard let first = blockOf.firstIndex(of: block), let bytes = read(path) else { return nil }
        let last = blockOf.lastIndex(of: block) ?? first
        var lines = Lines(bytes)
        for edit in edits {
            func line(_ document: SearchDocument) -> [UInt8] {
                var writer = ScriptWriter(capacity: document.text.utf8.count + 16)
                writer.string(document.text)
                if edit.number < last { writer.byte(UInt8(ascii: ",")) }
                return writer.bytes
            }
            guard lines.replace(edit.number - first + 1, expecting: line(edit.old), with: line(edit.new)) else { return nil }
        }
        return SearchIndex.File(path: path, contents: Data(lines.joined))
    }
}

/// A script's lines, one of which may be replaced.
///
/// The script stays one buffer, with where each line starts: `docs.js` has a line per page, and
/// splitting it into lines to join them again after one edit was the larger part of patching it.
private struct Lines {
    private(set) var joined: [UInt8]
    /// Offset of each line's first byte in `joined`.
    private var starts: [Int] = [0]

    init(_ bytes: Data) {
        joined = Array(bytes)
        joined.withUnsafeBytes { buffer in
            var from = 0
            while let newline = ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: buffer, from: from) {
                starts.append(newline + 1)
                from = newline + 1
            }
        }
    }

    /// Replaces line `number` when it holds `expected`.
    mutating func replace(_ number: Int, expecting expected: [UInt8], with new: [UInt8]) -> Bool {
        guard starts.indices.contains(number) else { return false }
        let end = number + 1 < starts.count ? starts[number + 1] - 1 : joined.count
        let line = starts[number]..<end
        guard joined[line].elementsEqual(expected) else { return false }
        joined.replaceSubrange(line, with: new)
        for later in starts.indices.dropFirst(number + 1) { starts[later] += new.count - line.count }
        return true
    }
}

/// The entries of one `index-NNN.js`, keys in the shard's order (single characters by scalar, then
/// bigrams by key), each with its postings as written.
private struct ShardEntries {
    var keys: [UInt64] = []
    var postings: [[UInt8]] = []

    /// Reads `ShiryoSearch.shard(n,{"key":"postings",…});`; nil when the file is not one.
    init?(_ bytes: [UInt8], shard: Int) {
        var opening = ScriptWriter(capacity: 32)
        opening.raw("ShiryoSearch.shard(")
        opening.decimal(shard)
        opening.raw(",{")
        let closing = Array("});\n".utf8)
        guard bytes.starts(with: opening.bytes), bytes.count >= opening.bytes.count + closing.count,
            bytes.suffix(closing.count).elementsEqual(closing)
        else { return nil }
        var at = opening.bytes.count
        let end = bytes.count - closing.count
        while at < end {
            if !keys.isEmpty {
                guard bytes[at] == UInt8(ascii: ",") else { return nil }
                at += 1
            }
            guard at < end, bytes[at] == UInt8(ascii: "\"") else { return nil }
            at += 1
            var scalars: [UInt32] = []
            while at < end, bytes[at] != UInt8(ascii: "\"") {
                guard let (scalar, next) = Self.scalar(bytes, at) else { return nil }
                scalars.append(scalar)
                at = next
            }
            guard at + 2 < end, bytes[at + 1] == UInt8(ascii: ":"), bytes[at + 2] == UInt8(ascii: "\"") else { return nil }
            at += 3
            let start = at
            while at < end, bytes[at] != UInt8(ascii: "\"") { at += 1 }
            guard at < end else { return nil }
            switch scalars.count {
            case 1: keys.append(UInt64(scalars[0]))
            case 2: keys.append(PostingSpill.bigramFlag | UInt64(scalars[0]) << 21 | UInt64(scalars[1]))
            default: return nil
            }
            postings.append(Array(bytes[start..<at]))
            at += 1
        }
        guard zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
    }

    /// One scalar of a key as `scalarInString` (PostingSink) wrote it, and where the next starts.
    private static func scalar(_ bytes: [UInt8], _ at: Int) -> (UInt32, Int)? {
        let byte = bytes[at]
        if byte == UInt8(ascii: "\\") {
            guard at + 1 < bytes.count else { return nil }
            switch bytes[at + 1] {
            case UInt8(ascii: "\""): return (0x22, at + 2)
            case UInt8(ascii: "\\"): return (0x5C, at + 2)
            case UInt8(ascii: "n"): return (0x0A, at + 2)
            case UInt8(ascii: "u"):
                guard at + 6 <= bytes.count, let value = UInt32(String(decoding: bytes[(at + 2)..<(at + 6)], as: UTF8.self), radix: 16) else {
                    return nil
                }
                return (value, at + 6)
            default: return nil
            }
        }
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard at + length <= bytes.count else { return nil }
        var value = length == 1 ? UInt32(byte) : UInt32(byte) & (0xFF >> (length + 1))
        for next in bytes[(at + 1)..<(at + length)] { value = value << 6 | UInt32(next & 0x3F) }
        return (value, at + length)
    }

    /// Puts `fields` (nil: none) as document `document`'s postings under `key`, keeping documents in
    /// order and their numbers as deltas; false when the postings cannot be read. The shard is read
    /// from the output folder, which someone may have edited: document numbers that do not rise
    /// (a negative or, after the first, zero delta) or overflow are unreadable postings, and the
    /// build that asked becomes a full one.
    mutating func replace(key: UInt64, document: Int, fields: [UInt8]?) -> Bool {
        var segments: [(doc: Int, fields: ArraySlice<UInt8>)] = []
        let slot = keys.firstIndex { $0 >= key } ?? keys.count
        let present = slot < keys.count && keys[slot] == key
        if present {
            var doc = 0
            for (index, segment) in postings[slot].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).enumerated() {
                let cut = segment.firstIndex(of: UInt8(ascii: ",")) ?? segment.endIndex
                guard let delta = Int(String(decoding: segment[..<cut], as: UTF8.self), radix: 36), delta >= (index == 0 ? 0 : 1) else { return false }
                let (sum, overflow) = doc.addingReportingOverflow(delta)
                guard !overflow, sum <= Int(Int32.max) else { return false }
                doc = sum
                if doc != document { segments.append((doc, segment[cut...])) }
            }
        }
        if let fields {
            let place = segments.firstIndex { $0.doc > document } ?? segments.count
            segments.insert((document, fields[...]), at: place)
        }
        if segments.isEmpty {
            if present {
                keys.remove(at: slot)
                postings.remove(at: slot)
            }
            return true
        }
        var writer = ScriptWriter(capacity: 256)
        var previous = 0
        for (index, segment) in segments.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ";")) }
            writer.base36(segment.doc - previous)
            writer.append(segment.fields)
            previous = segment.doc
        }
        if present {
            postings[slot] = writer.bytes
        } else {
            keys.insert(key, at: slot)
            postings.insert(writer.bytes, at: slot)
        }
        return true
    }

    func script(shard: Int) -> [UInt8] {
        var writer = ScriptWriter(capacity: postings.reduce(64) { $0 + $1.count + 16 })
        writer.raw("ShiryoSearch.shard(")
        writer.decimal(shard)
        writer.raw(",{")
        for (index, key) in keys.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.byte(UInt8(ascii: "\""))
            writer.key(key)
            writer.raw("\":\"")
            writer.append(postings[index])
            writer.byte(UInt8(ascii: "\""))
        }
        writer.raw("});\n")
        return writer.bytes
    }
}

/// Writes `docs.js`: `ShiryoSearch.docs({"shards":N,"docs":[[path,title,kind,titleLength,block,[headings]],…]});`
enum DocTable {
    /// What `docs.js` says of one page: all of its document but the text and the keys.
    struct Entry: Sendable {
        let path: String
        let title: String
        let kind: PageKind
        let titleLength: Int
        let headingRanges: [Int]

        init(_ document: SearchDocument) {
            path = document.path
            title = document.title
            kind = document.kind
            titleLength = document.titleLength
            headingRanges = document.headingRanges
        }
    }

    static func script(_ documents: [SearchDocument], shards: Int, blockOf: [Int]) -> [UInt8] {
        script(documents.map(Entry.init), shards: shards, blockOf: blockOf)
    }

    static func script(_ documents: [Entry], shards: Int, blockOf: [Int]) -> [UInt8] {
        var writer = ScriptWriter(capacity: documents.count * 96)
        opening(shards: shards, into: &writer)
        for (number, document) in documents.enumerated() {
            line(document, number: number, block: blockOf[number], into: &writer)
        }
        writer.raw(closing)
        return writer.bytes
    }

    /// What comes before the documents' lines.
    static func opening(shards: Int, into writer: inout ScriptWriter) {
        writer.raw("ShiryoSearch.docs({\"shards\":")
        writer.decimal(shards)
        writer.raw(",\"docs\":[\n")
    }

    /// What comes after them.
    static let closing: StaticString = "\n]});\n"

    /// The line of document `number` (with the separator before it, after the first).
    static func line(_ document: Entry, number: Int, block: Int, into writer: inout ScriptWriter) {
        if number > 0 { writer.raw(",\n") }
        writer.byte(UInt8(ascii: "["))
        writer.string(document.path)
        writer.byte(UInt8(ascii: ","))
        writer.string(document.title)
        writer.byte(UInt8(ascii: ","))
        writer.string(document.kind.rawValue)
        writer.byte(UInt8(ascii: ","))
        writer.decimal(document.titleLength)
        writer.byte(UInt8(ascii: ","))
        writer.decimal(block)
        writer.raw(",[")
        for (index, value) in document.headingRanges.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.decimal(value)
        }
        writer.raw("]]")
    }
}

/// Page texts for snippets, a block of consecutive pages per `text-NNN.js` file.
enum TextBlocks {
    /// Roughly this many bytes of text per block, so a result list loads only a few small files.
    static let targetBytes = 96 * 1024

    /// Consecutive document numbers per block, and the block of every document.
    static func partition(_ documents: [SearchDocument]) -> (blocks: [[Int]], blockOf: [Int]) {
        var blocks: [[Int]] = []
        var current: [Int] = []
        var size = 0
        var blockOf: [Int] = []
        for (number, document) in documents.enumerated() {
            if !current.isEmpty && size + document.text.utf8.count > targetBytes {
                blocks.append(current)
                current = []
                size = 0
            }
            blockOf.append(blocks.count)
            current.append(number)
            size += document.text.utf8.count
        }
        if !current.isEmpty { blocks.append(current) }
        return (blocks, blockOf)
    }

    /// `ShiryoSearch.text(n,firstDocument,["text",…]);`
    static func script(_ number: Int, _ block: [Int], _ documents: [SearchDocument]) -> [UInt8] {
        script(number, firstDocument: block.first ?? 0, texts: block.map { documents[$0].text })
    }

    /// The same from the block's texts alone.
    static func script(_ number: Int, firstDocument: Int, texts: [String]) -> [UInt8] {
        var writer = ScriptWriter()
        writer.raw("ShiryoSearch.text(")
        writer.decimal(number)
        writer.byte(UInt8(ascii: ","))
        writer.decimal(firstDocument)
        writer.raw(",[\n")
        for (index, text) in texts.enumerated() {
            if index > 0 { writer.raw(",\n") }
            writer.string(text)
        }
        writer.raw("\n]);\n")
        return writer.bytes
    }
}

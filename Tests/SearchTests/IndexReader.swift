import Foundation

@testable import Search

/// Answers queries from the published index files the way `search.js` does (shard hash, bigram
/// postings, adjacency by position), so tests check the files a browser reads, not internals.
struct IndexReader {
    let docs: [[Any]]
    let shardCount: Int
    private var shards: [Int: [String: String]] = [:]

    init(files: [SearchIndex.File]) throws {
        var byPath: [String: Data] = [:]
        for file in files { byPath[file.path] = file.contents }
        let table = try Self.object(byPath["search/docs.js"], call: "ShiryoSearch.docs(") as? [String: Any]
        docs = table?["docs"] as? [[Any]] ?? []
        shardCount = table?["shards"] as? Int ?? 0
        for number in 0..<shardCount {
            let path = "search/" + SearchIndex.name("index", number)
            let text = String(decoding: byPath[path] ?? Data(), as: UTF8.self)
            let prefix = "ShiryoSearch.shard(\(number),"
            guard text.hasPrefix(prefix), text.hasSuffix(");\n") else { throw ReaderError.malformed(path) }
            let json = text.dropFirst(prefix.count).dropLast(3)
            shards[number] = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String] ?? [:]
        }
    }

    enum ReaderError: Error { case malformed(String) }

    private static func object(_ data: Data?, call: String) throws -> Any {
        let text = String(decoding: data ?? Data(), as: UTF8.self)
        guard text.hasPrefix(call), text.hasSuffix(");\n") else { throw ReaderError.malformed(call) }
        return try JSONSerialization.jsonObject(with: Data(text.dropFirst(call.count).dropLast(3).utf8))
    }

    /// Paths of the pages containing every space-separated term of `query`.
    func paths(for query: String) -> Set<String> {
        let terms = SearchNormalizer.display(query).split(separator: " ").map { String($0).unicodeScalars.map { SearchNormalizer.fold($0.value) } }
        var result: Set<Int>? = nil
        for term in terms {
            let docs = Set(match(term))
            result = result.map { $0.intersection(docs) } ?? docs
        }
        return Set((result ?? []).compactMap { docs[$0].first as? String })
    }

    private func match(_ term: [UInt32]) -> [Int] {
        if term.count == 1 {
            guard let raw = shards[ShardHash.shard(term[0], 0, count: shardCount)]?[key(term[0])] else { return [] }
            var doc = 0
            return raw.split(separator: ";").map { entry in
                doc += Int(entry.split(separator: ",")[0], radix: 36) ?? 0
                return doc
            }
        }
        var postings: [[Int: Set<Int>]] = []
        for index in 0..<(term.count - 1) {
            guard let raw = shards[ShardHash.shard(term[index], term[index + 1], count: shardCount)]?[key(term[index], term[index + 1])]
            else { return [] }
            var map: [Int: Set<Int>] = [:]
            var doc = 0
            for entry in raw.split(separator: ";") {
                let numbers = entry.split(separator: ",").map { Int($0, radix: 36) ?? 0 }
                doc += numbers[0]
                var position = 0
                map[doc] = Set(numbers.dropFirst().map { position += $0; return position })
            }
            postings.append(map)
        }
        return postings[0].keys.sorted().filter { doc in
            postings[0][doc, default: []].contains { start in
                postings.indices.allSatisfy { postings[$0][doc]?.contains(start + $0) ?? false }
            }
        }
    }

    private func key(_ scalars: UInt32...) -> String {
        String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
    }
}

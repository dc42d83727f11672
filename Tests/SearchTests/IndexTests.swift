import Foundation
import Testing

@testable import Search

@Suite struct IndexTests {
    /// Pages with repeated words, near-misses (kana, voiced marks, width) and Latin case.
    static let pages: [(path: String, html: Data)] = [
        ("index.html", "<main><h1>資料ポータル</h1><p>認知症サポーターの養成と、ホームレスの自立支援。</p></main>"),
        ("prefectures/tokyo/index.html", "<main><h1>東京都</h1><h2>認知症</h2><table><tr><td>東京都</td><td>１２３</td></tr></table></main>"),
        ("data/centres/index.html", "<main><h1>センター一覧</h1><p>ＮＰＯ法人 ﾎｰﾑﾚｽ支援 ヒル ビル</p><p>東京</p><p>都立病院</p></main>"),
        ("documents/a/01/index.html", "<main><h1>生活福祉資金</h1><p>生活福祉資金の貸付。ほーむれす。サポータ。</p></main>"),
        ("about/index.html", "<main><h1>このサイトについて</h1><p>npo と 𠮷野家 の 𠮷</p></main>"),
    ].map { ($0.0, Data($0.1.utf8)) }

    @Test func findsPhrasesExactlyAndTermsAsAnd() throws {
        let index = SearchIndex(pages: Self.pages)
        let reader = try IndexReader(files: index.files)
        #expect(reader.paths(for: "ホームレス") == ["index.html", "data/centres/index.html"])
        #expect(reader.paths(for: "ほーむれす") == ["documents/a/01/index.html"])
        #expect(reader.paths(for: "東京都") == ["prefectures/tokyo/index.html"])
        #expect(reader.paths(for: "東京 都立") == ["data/centres/index.html"])
        #expect(reader.paths(for: "ビル") == ["data/centres/index.html"])
        #expect(reader.paths(for: "ピル").isEmpty)
        #expect(reader.paths(for: "サポーター") == ["index.html"])
        #expect(reader.paths(for: "NPO") == ["data/centres/index.html", "about/index.html"])
        #expect(reader.paths(for: "123") == ["prefectures/tokyo/index.html"])
        #expect(reader.paths(for: "𠮷") == ["about/index.html"])
        #expect(reader.paths(for: "都") == ["prefectures/tokyo/index.html", "data/centres/index.html"])
        #expect(reader.paths(for: "京都").isEmpty == false)
        #expect(reader.paths(for: "都１").isEmpty, "table cells are separate runs")
    }

    /// Every distinct substring of 2–8 characters of the page texts finds exactly the pages whose
    /// text contains it (computed by scanning), for a seeded random sample.
    @Test func recallIsCompleteForRandomSubstrings() throws {
        var pages = Self.pages
        var generator = SeededGenerator(seed: 14)
        let vocabulary = Array("東京都大阪府認知症サポーターホームレス生活福祉資金センター病院の支援事業ａｂｃＡＢＣ１２３ 、。")
        for number in 0..<60 {
            let body = (0..<400).map { _ in String(vocabulary[Int.random(in: 0..<vocabulary.count, using: &generator)]) }.joined()
            pages.append(("data/d\(number)/index.html", Data("<main><h1>表\(number)</h1><p>\(body)</p><td>\(body.prefix(30))</td></main>".utf8)))
        }
        let index = SearchIndex(pages: pages)
        let reader = try IndexReader(files: index.files)
        let documents = pages.map { SearchDocument(path: $0.path, visible: VisibleText(html: [UInt8]($0.html))) }
        let streams = documents.map { $0.text.split(separator: "\n").map { String(String.UnicodeScalarView($0.unicodeScalars.map { Unicode.Scalar(SearchNormalizer.fold($0.value))! })) } }
        var tried = Set<String>()
        while tried.count < 200 {
            let doc = Int.random(in: 0..<documents.count, using: &generator)
            let runs = streams[doc].filter { $0.unicodeScalars.count >= 2 }
            guard let run = runs.randomElement(using: &generator) else { continue }
            let scalars = Array(run.unicodeScalars)
            let length = Int.random(in: 2...min(8, scalars.count), using: &generator)
            let start = Int.random(in: 0...(scalars.count - length), using: &generator)
            let needle = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
            guard !needle.contains(" "), tried.insert(needle).inserted else { continue }
            let truth = Set(documents.indices.filter { d in streams[d].contains { $0.contains(needle) } }.map { documents[$0].path })
            #expect(reader.paths(for: needle) == truth, "query \(needle)")
        }
    }

    @Test func filesAreIdenticalAcrossBuilds() {
        let first = SearchIndex(pages: Self.pages).files
        let second = SearchIndex(pages: Self.pages.reversed().reversed()).files
        #expect(first.map(\.path) == second.map(\.path))
        #expect(first.map(\.contents) == second.map(\.contents))
        #expect(first.map(\.path).contains("search/docs.js"))
        #expect(first.map(\.path).contains("search/text-000.js"))
    }

    @Test func docTableRecordsKindsAndHeadings() throws {
        let index = SearchIndex(pages: Self.pages)
        let reader = try IndexReader(files: index.files)
        let tokyo = try #require(reader.docs.first { $0.first as? String == "prefectures/tokyo/index.html" })
        #expect(tokyo[1] as? String == "東京都")
        #expect(tokyo[2] as? String == "都道府県")
        #expect(tokyo[3] as? Int == 3)
        #expect(tokyo[5] as? [Int] == [4, 7])
    }
}

/// A small deterministic generator (SplitMix64) so the sample is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

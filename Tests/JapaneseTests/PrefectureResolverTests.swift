import Testing
@testable import Japanese

@Suite struct PrefectureResolverTests {
    @Test func fortySevenInJISOrder() {
        let all = PrefectureResolver.all
        #expect(all.count == 47)
        #expect(all.map(\.code) == Array(1...47))
        #expect(Set(all.map(\.name)).count == 47)
        #expect(Set(all.map(\.slug)).count == 47)
        #expect(all.first?.name == "北海道")
        #expect(all.last?.name == "沖縄県")
        #expect(all[12].name == "東京都")
        #expect(all[25].name == "京都府")
        #expect(all[26].name == "大阪府")
    }

    @Test func namesAreConsistent() {
        for prefecture in Prefecture.all {
            if prefecture.code == 1 {
                #expect(prefecture.shortName == "北海道")
                #expect(prefecture.suffix == "道")
            } else {
                #expect(prefecture.name == prefecture.shortName + prefecture.suffix)
                #expect(["都", "府", "県"].contains(prefecture.suffix))
            }
            #expect(prefecture.slug.allSatisfy { $0.isASCII && $0.isLowercase })
            #expect(Prefecture.withCode(prefecture.code) == prefecture)
            #expect(Prefecture.withSlug(prefecture.slug) == prefecture)
            #expect(PrefectureResolver.resolve(prefecture.name) == .prefecture(prefecture))
            #expect(PrefectureResolver.resolve(prefecture.shortName) == .prefecture(prefecture))
        }
        #expect(Prefecture.withCode(0) == nil)
        #expect(Prefecture.withCode(48) == nil)
    }

    @Test(arguments: [
        (1, "01", "hokkaido", Prefecture.Region.hokkaido), (13, "13", "tokyo", .kanto),
        (15, "15", "niigata", .chubu), (19, "19", "yamanashi", .chubu), (24, "24", "mie", .kinki),
        (26, "26", "kyoto", .kinki), (28, "28", "hyogo", .kinki), (39, "39", "kochi", .shikoku),
        (44, "44", "oita", .kyushuOkinawa), (47, "47", "okinawa", .kyushuOkinawa),
    ])
    func canonicalTable(code: Int, jis: String, slug: String, region: Prefecture.Region) throws {
        let prefecture = try #require(Prefecture.withCode(code))
        #expect(prefecture.jisCode == jis)
        #expect(prefecture.slug == slug)
        #expect(prefecture.region == region)
    }

    @Test func regionCounts() {
        let counts = Dictionary(grouping: Prefecture.all, by: \.region).mapValues(\.count)
        #expect(counts == [
            .hokkaido: 1, .tohoku: 6, .kanto: 7, .chubu: 9, .kinki: 7, .chugoku: 5, .shikoku: 4,
            .kyushuOkinawa: 8,
        ])
    }

    /// Label forms from the three seeds.
    @Test(arguments: [
        ("東京", 13), ("東京都", 13), ("京都", 26), ("京都府", 26), ("大阪", 27), ("北海道", 1),
        ("北 海 道", 1),            // 001:3175
        ("青 森 県", 2),
        ("神 奈 川 県", 14),         // 001:7806
        ("和 歌 山 県", 30),
        ("鹿 児 島 県", 46),
        (" 北海道  ", 1),           // 003:756 markdown padding
        (" 神奈川県 ", 14),           // 003:769
        ("東　京　都", 13),
        ("埼玉県", 11),             // 000:290
        ("⾼知県", 39),             // a Kangxi radical in the label
        ("⻑野", 20),               // a radical-supplement character
        ("⻑崎県", 42),
        ("宮﨑県", 45),             // variant 﨑
        ("沖縄", 47),
        ("\u{00A0}山梨\u{00A0}", 19),
    ])
    func prefectureLabels(label: String, code: Int) {
        #expect(PrefectureResolver.resolve(label) == .prefecture(Prefecture.all[code - 1]))
        #expect(PrefectureResolver.prefecture(named: label)?.code == code)
    }

    @Test(arguments: [
        ("札幌市", "札幌市", 1), ("札幌", "札幌市", 1), ("札 幌 市", "札幌市", 1), // 001:7874
        ("仙 台 市", "仙台市", 4), ("さいたま市", "さいたま市", 11), ("さいたま", "さいたま市", 11),
        ("千葉市", "千葉市", 12), ("横浜市", "横浜市", 14), ("川崎市", "川崎市", 14),
        ("相 模 原 市", "相模原市", 14), ("相模原", "相模原市", 14), ("新潟市", "新潟市", 15),
        ("静 岡 市", "静岡市", 22), ("浜松市", "浜松市", 22), ("名古屋市", "名古屋市", 23),
        ("京都市", "京都市", 26), ("大阪市", "大阪市", 27), ("堺 市", "堺市", 27), ("堺", "堺市", 27),
        ("神戸市", "神戸市", 28), ("神戸", "神戸市", 28), ("岡山市", "岡山市", 33),
        ("広島市", "広島市", 34), ("北 九 州 市", "北九州市", 40), ("北九州", "北九州市", 40),
        ("福岡市", "福岡市", 40), ("熊本市", "熊本市", 43), ("横浜", "横浜市", 14), ("浜松", "浜松市", 22),
    ])
    func designatedCities(label: String, city: String, prefectureCode: Int) {
        let match = PrefectureResolver.resolve(label)
        #expect(match == .designatedCity(name: city, prefecture: Prefecture.all[prefectureCode - 1]))
        #expect(match?.prefecture?.code == prefectureCode)
        #expect(PrefectureResolver.prefecture(named: label) == nil)
    }

    /// A city name without 市 that is also a prefecture's short name means the prefecture.
    @Test(arguments: [
        ("千葉", 12), ("新潟", 15), ("静岡", 22), ("京都", 26), ("大阪", 27), ("岡山", 33),
        ("広島", 34), ("福岡", 40), ("熊本", 43),
    ])
    func prefectureWinsOverCityWithoutShi(label: String, code: Int) {
        #expect(PrefectureResolver.resolve(label) == .prefecture(Prefecture.all[code - 1]))
    }

    @Test func twentyDesignatedCities() {
        let cities = PrefectureResolver.designatedCities
        #expect(cities.count == 20)
        #expect(cities.first?.name == "札幌市")
        #expect(cities.last?.name == "熊本市")
        #expect(cities.map(\.localGovernmentCode) == cities.map(\.localGovernmentCode).sorted())
        #expect(Set(cities.map(\.prefectureCode)).count == 15)
        let prefectureSlugs = Set(Prefecture.all.map(\.slug))
        #expect(cities.allSatisfy { !prefectureSlugs.contains($0.slug) })
    }

    @Test(arguments: [
        ("全国", AggregateKind.national), ("合計", .total), ("計", .total), ("総計", .total),
        ("小計", .subtotal), ("総合計", .grandTotal),
        ("合 計", .total),           // 003:803, ASCII space
        ("合　計", .total),          // 001:7702, U+3000
        ("件数合計", .total),        // 003:1821
        ("全国計", .national),
        ("都道府県計", .prefecturesSubtotal), ("指定都市計", .designatedCitiesSubtotal),
    ])
    func aggregates(label: String, kind: AggregateKind) {
        #expect(PrefectureResolver.resolve(label) == .aggregate(kind))
        #expect(PrefectureResolver.resolve(label)?.prefecture == nil)
    }

    /// Strings from the seeds that contain a prefecture name but are not one. Substring matching
    /// would get every one of them wrong.
    @Test(arguments: [
        "北広島市",           // 000:80, in 北海道
        "北広島町",           // 003:2593, in 広島県
        "福島町",             // 001:5672, in 北海道
        "宮古山口病院",        // 001:3323
        "豊島長崎クリニック",    // 001:3925
        "有田市宮崎町",        // 001:4689
        "函館市石川町",        // 001:3179
        "宮城野区",           // 001:5372
        "兵庫県社保協神戸市協議会", // 000:204
        "岩手県紫波郡矢巾町",    // 001:3321
        "○○（都道府県名）希望大使", // 001:246
        "北海道・東北ブロック",   // 003:1040
        "東京都済生会",
        "京",
        "都",
        "県",
        "北海",
        "",
        "   ",
        "都道府県",            // a column header, not a totals row
        "指定都市",
        "福島県立矢吹病院",
        "夕張市",
        "Tokyo",
        "tokyo",
    ])
    func nonPrefectures(label: String) {
        #expect(PrefectureResolver.resolve(label) == nil)
    }

    @Test func tokyoIsNotKyoto() {
        #expect(PrefectureResolver.resolve("東京都")?.prefecture?.slug == "tokyo")
        #expect(PrefectureResolver.resolve("京都")?.prefecture?.slug == "kyoto")
        #expect(PrefectureResolver.resolve("東京")?.prefecture?.slug == "tokyo")
        #expect(PrefectureResolver.resolve("京都府")?.prefecture?.slug == "kyoto")
    }

    /// Seed 000 block 1 (lines 6–52) lists the 47 short names out of JIS order; every one
    /// resolves and together they cover all prefectures once.
    @Test func seed000ShortNamesCoverAll() {
        let labels = [
            "北海道", "青森", "岩手", "秋田", "宮城", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉",
            "東京", "神奈川", "山梨", "長野", "新潟", "富山", "石川", "福井", "岐阜", "静岡", "愛知", "三重",
            "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口", "徳島",
            "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄",
        ]
        let codes = labels.compactMap { PrefectureResolver.prefecture(named: $0)?.code }
        #expect(codes.count == 47)
        #expect(codes.sorted() == Array(1...47))
        #expect(codes != Array(1...47))   // source order differs from JIS order
    }
}

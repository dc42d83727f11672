/// What a row label in a per-prefecture table names.
public enum PrefectureMatch: Sendable, Hashable {
    /// A prefecture: `東京都`, `東京`, `北 海 道`.
    case prefecture(Prefecture)
    /// A designated city, as a sub-row of its prefecture: `札幌市`, `札幌`, `相 模 原 市`.
    case designatedCity(name: String, prefecture: Prefecture)
    /// A totals row, which must never be treated as a prefecture.
    case aggregate(AggregateKind)

    /// The prefecture named, directly or through its designated city.
    public var prefecture: Prefecture? {
        switch self {
        case .prefecture(let prefecture), .designatedCity(_, let prefecture): prefecture
        case .aggregate: nil
        }
    }

    /// The designated city's name, or nil for a prefecture or a totals row.
    public var city: String? {
        if case .designatedCity(let name, _) = self { name } else { nil }
    }
}

/// The kinds of totals row the documents use.
public enum AggregateKind: String, Sendable, Hashable, CaseIterable {
    /// 全国, 全国計: the national figure.
    case national
    /// 合計, 計, 総計, 件数合計: the total of the rows above (or below, when it heads the table).
    case total
    /// 総合計: the sum of several totals (seed 000 line 54: 47 + 374 + 27 + 18).
    case grandTotal
    /// 小計: a block's subtotal.
    case subtotal
    /// 都道府県計: the subtotal of the prefecture rows in a table that also lists cities.
    case prefecturesSubtotal
    /// 指定都市計: the subtotal of the designated-city rows.
    case designatedCitiesSubtotal
}

/// Resolves table labels to prefectures, designated cities and totals rows.
///
/// Matching is exact, after normalising the label: width folded, stand-in glyphs replaced,
/// spaced-out letters closed up and all whitespace removed. A label matches a prefecture's full
/// name or its name without 都/道/府/県, a designated city's name with or without 市, or a totals
/// label. Nothing is ever matched by substring: `東京都` contains `京都`, `北広島市` contains
/// `広島`, `宮城野区` contains `宮城`, and all of them must stay what they are.
public enum PrefectureResolver {
    /// The 47 prefectures in JIS order.
    public static let all: [Prefecture] = Prefecture.all

    /// The 20 designated cities.
    public static let designatedCities: [DesignatedCity] = DesignatedCity.all

    /// What `label` names, or nil when it is none of the above.
    ///
    /// A prefecture's short name wins over a designated city without 市: `京都` is 京都府 and
    /// `千葉` is 千葉県, while `京都市` and `千葉市` are the cities. `札幌`, `堺` and `さいたま`
    /// name only a city, so they resolve to it.
    public static func resolve(_ label: String) -> PrefectureMatch? {
        let key = matchKey(label)
        guard !key.isEmpty else { return nil }
        return table[key]
    }

    /// The prefecture a label names directly (not through a city), or nil.
    public static func prefecture(named label: String) -> Prefecture? {
        if case .prefecture(let prefecture) = resolve(label) { return prefecture }
        return nil
    }

    /// The normalised form labels are compared in.
    static func matchKey(_ label: String) -> String {
        var key = JapaneseText.matchKey(label)
        // Variant glyphs seen in Japanese place names that are not in the canonical spelling.
        for (variant, canonical) in [("﨑", "崎"), ("靑", "青")] {
            key = key.replacing(variant, with: canonical)
        }
        return key
    }

    private static let aggregateLabels: [String: AggregateKind] = [
        "全国": .national, "全国計": .national, "全国合計": .national,
        "合計": .total, "計": .total, "総計": .total, "件数合計": .total,
        "総合計": .grandTotal,
        "小計": .subtotal,
        "都道府県計": .prefecturesSubtotal, "指定都市計": .designatedCitiesSubtotal,
    ]

    /// Every accepted spelling → its match. Built once; later entries never overwrite earlier
    /// ones, which is how prefecture names take precedence over city names without 市.
    private static let table: [String: PrefectureMatch] = {
        var table: [String: PrefectureMatch] = [:]
        func add(_ key: String, _ match: PrefectureMatch) {
            if table[key] == nil { table[key] = match }
        }
        for prefecture in Prefecture.all {
            add(prefecture.name, .prefecture(prefecture))
            add(prefecture.shortName, .prefecture(prefecture))
        }
        for city in DesignatedCity.all {
            add(city.name, .designatedCity(name: city.name, prefecture: city.prefecture))
        }
        for city in DesignatedCity.all {
            add(city.shortName, .designatedCity(name: city.name, prefecture: city.prefecture))
        }
        for (label, kind) in aggregateLabels {
            add(label, .aggregate(kind))
        }
        return table
    }()
}

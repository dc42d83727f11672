/// One of Japan's 47 prefectures (都道府県).
public struct Prefecture: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// JIS X 0401 code, 1 (北海道) to 47 (沖縄県). Prefecture pages sort by it, never by name.
    public let code: Int
    /// Full name with its suffix: `東京都`, `京都府`, `北海道`.
    public let name: String
    /// Name without the 都/府/県 suffix: `東京`, `京都`. For 北海道 it is the full name, as the
    /// documents write it.
    public let shortName: String
    /// Hepburn romanisation without macrons, used in URLs: `tokyo`, `hyogo`, `kochi`.
    public let slug: String
    /// The region in the usual eight-region scheme.
    public let region: Region

    /// The two-digit JIS code as written in tables: `01`, `47`.
    public var jisCode: String { zeroPadded(code, 2) }

    /// The suffix the full name carries: 都, 道, 府 or 県.
    public var suffix: String { String(name.suffix(1)) }

    /// The JIS code.
    public var id: Int { code }

    public var description: String { name }

    /// The prefecture with a JIS code, or nil outside 1–47.
    public static func withCode(_ code: Int) -> Prefecture? {
        guard (1...all.count).contains(code) else { return nil }
        return all[code - 1]
    }

    /// The prefecture with a slug (`tokyo`), or nil.
    public static func withSlug(_ slug: String) -> Prefecture? {
        all.first { $0.slug == slug.lowercased() }
    }

    /// The eight regions (地方). 三重 is in Kinki; 新潟, 山梨 and 長野 are in Chubu. Documents
    /// may group differently (seed 003 puts 山梨 in its 関東ブロック); keep such groupings with
    /// the document.
    public enum Region: String, Sendable, CaseIterable {
        case hokkaido, tohoku, kanto, chubu, kinki, chugoku, shikoku, kyushuOkinawa

        /// The Japanese name: 北海道, 東北, 関東, 中部, 近畿, 中国, 四国, 九州・沖縄.
        public var name: String {
            switch self {
            case .hokkaido: "北海道"
            case .tohoku: "東北"
            case .kanto: "関東"
            case .chubu: "中部"
            case .kinki: "近畿"
            case .chugoku: "中国"
            case .shikoku: "四国"
            case .kyushuOkinawa: "九州・沖縄"
            }
        }
    }
}

/// One of the 20 designated cities (政令指定都市). Tables list them as rows of their own whose
/// figures are not included in their prefecture's row.
public struct DesignatedCity: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The name with 市: `札幌市`, `さいたま市`.
    public let name: String
    /// The 5-digit local government code without check digit (`01100`), which orders the cities
    /// the way official tables do.
    public let localGovernmentCode: String
    /// `sapporo-shi`: the romanised name with `-shi`, so it never collides with a prefecture slug
    /// (`chiba` is the prefecture, `chiba-shi` the city).
    public let slug: String
    /// JIS code of the prefecture the city lies in.
    public let prefectureCode: Int

    /// The prefecture the city lies in.
    public var prefecture: Prefecture {
        // Codes in the table below are all in 1…47.
        Prefecture.all[prefectureCode - 1]
    }

    /// The name without 市: `札幌`, `さいたま`.
    public var shortName: String { String(name.dropLast()) }

    public var id: String { localGovernmentCode }

    public var description: String { name }

    /// The 20 designated cities in local-government-code order (札幌市 … 熊本市).
    public static let all: [DesignatedCity] = [
        DesignatedCity(name: "札幌市", localGovernmentCode: "01100", slug: "sapporo-shi", prefectureCode: 1),
        DesignatedCity(name: "仙台市", localGovernmentCode: "04100", slug: "sendai-shi", prefectureCode: 4),
        DesignatedCity(name: "さいたま市", localGovernmentCode: "11100", slug: "saitama-shi", prefectureCode: 11),
        DesignatedCity(name: "千葉市", localGovernmentCode: "12100", slug: "chiba-shi", prefectureCode: 12),
        DesignatedCity(name: "横浜市", localGovernmentCode: "14100", slug: "yokohama-shi", prefectureCode: 14),
        DesignatedCity(name: "川崎市", localGovernmentCode: "14130", slug: "kawasaki-shi", prefectureCode: 14),
        DesignatedCity(name: "相模原市", localGovernmentCode: "14150", slug: "sagamihara-shi", prefectureCode: 14),
        DesignatedCity(name: "新潟市", localGovernmentCode: "15100", slug: "niigata-shi", prefectureCode: 15),
        DesignatedCity(name: "静岡市", localGovernmentCode: "22100", slug: "shizuoka-shi", prefectureCode: 22),
        DesignatedCity(name: "浜松市", localGovernmentCode: "22130", slug: "hamamatsu-shi", prefectureCode: 22),
        DesignatedCity(name: "名古屋市", localGovernmentCode: "23100", slug: "nagoya-shi", prefectureCode: 23),
        DesignatedCity(name: "京都市", localGovernmentCode: "26100", slug: "kyoto-shi", prefectureCode: 26),
        DesignatedCity(name: "大阪市", localGovernmentCode: "27100", slug: "osaka-shi", prefectureCode: 27),
        DesignatedCity(name: "堺市", localGovernmentCode: "27140", slug: "sakai-shi", prefectureCode: 27),
        DesignatedCity(name: "神戸市", localGovernmentCode: "28100", slug: "kobe-shi", prefectureCode: 28),
        DesignatedCity(name: "岡山市", localGovernmentCode: "33100", slug: "okayama-shi", prefectureCode: 33),
        DesignatedCity(name: "広島市", localGovernmentCode: "34100", slug: "hiroshima-shi", prefectureCode: 34),
        DesignatedCity(name: "北九州市", localGovernmentCode: "40100", slug: "kitakyushu-shi", prefectureCode: 40),
        DesignatedCity(name: "福岡市", localGovernmentCode: "40130", slug: "fukuoka-shi", prefectureCode: 40),
        DesignatedCity(name: "熊本市", localGovernmentCode: "43100", slug: "kumamoto-shi", prefectureCode: 43),
    ]
}

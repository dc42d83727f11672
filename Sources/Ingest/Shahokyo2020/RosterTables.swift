import Content
import Foundation
import Japanese

/// The roster's three parts, read: the summary (block 1), the list with its stated counts
/// (block 2) and the organisations named in the list and in the 詳細別紙 appendix.
public struct RosterTables: Sendable {
    /// A block-1 row.
    public struct SummaryRow: Sendable {
        public let prefecture: Prefecture
        /// 都道府県 column: the prefecture-level council, 1 on every row.
        public let prefectureCouncil: NumberCell
        /// 地域社保協, 準備会, 友好団体.
        public let counts: KindCounts
    }

    /// A prefecture's part of block 2.
    public struct ListedPrefecture: Sendable {
        public let prefecture: Prefecture
        public let firstLine: Int
        /// The counts its rows state (数, 準備, 友好), added up over its rows.
        public var stated: KindCounts
        /// True when a row refers to a 詳細別紙 instead of naming the organisations.
        public var referencesSheet = false
        /// True when the 詳細別紙 is in the file (the appendix has a column for it).
        public var sheetFound = false
    }

    /// A named organisation.
    public struct Organisation: Sendable {
        public let prefecture: Prefecture
        public let kind: OrganisationKind
        /// The name as printed, with a `新 ` prefix taken off.
        public let name: String
        /// The 備考欄 text.
        public let note: String
        /// Markers: `新`, `(準)`, `「」`, `別記` (a bracketed aside, not counted), `別紙n` (its number
        /// in the appendix).
        public let flags: [String]
        public let line: Int

        /// Whether it counts towards the prefecture's total: asides do not.
        public var isCounted: Bool { !flags.contains("別記") }
    }

    public let summary: [SummaryRow]
    public let summaryNational: (prefectureCouncil: NumberCell, counts: KindCounts, line: Int)
    public let grandTotal: (value: NumberCell, line: Int)?
    public let listed: [ListedPrefecture]
    public let listNational: (counts: KindCounts, line: Int)
    public let headline: (text: String, line: Int)?
    public let organisations: [Organisation]
    /// First and last line of block 1 (title to 総合計) and of block 2 with the appendix.
    public let summaryLines: SourceLines
    public let listLines: SourceLines

    /// Reads the roster.
    public static func read(_ source: SourceText) throws -> RosterTables {
        var reader = RosterReading(source: source)
        return try reader.read()
    }
}

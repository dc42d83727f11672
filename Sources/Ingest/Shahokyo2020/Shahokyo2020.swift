import Content
import Foundation
import Japanese

/// The datasets of the 地域社保協 roster (2020年9月), document `shahokyo-2020`: the per-prefecture
/// summary and the list of organisations.
///
/// Not a declaration: the roster joins a summary table, a list and appendices into counts per prefecture.
public struct Shahokyo2020: BespokeDocument {
    public init() {}

    public static let document = "shahokyo-2020"

    /// Reads both datasets into their declared shells (`declared`, from
    /// content/sources/shahokyo-2020.tables.yaml); the first problem stops the import with its
    /// file and line.
    public static func datasets(from source: SourceText, declared: [Dataset]) throws -> [Dataset] {
        let roster = try RosterTables.read(source)
        var datasets = declared
        let file = "content/sources/" + TableDeclarationFile.name(document: document)
        try datasets.fill(SummaryDataset.id, declaredIn: file) { SummaryDataset.make(roster, shell: $0) }
        try datasets.fill(OrganisationDataset.id, declaredIn: file) { OrganisationDataset.make(roster, shell: $0) }
        return datasets
    }
}

/// The kinds of organisation the roster counts, each in its own column.
public enum OrganisationKind: String, Sendable, CaseIterable {
    /// 地域社保協 (column 数 / 地域社保協).
    case council = "社保協"
    /// 準備会 (column 準備).
    case preparatory = "準備会"
    /// 友好団体 (column 友好).
    case friendly = "友好"
}

/// Counts of the three kinds, as printed (blank, dash or number) or as counted.
public struct KindCounts: Sendable, Equatable {
    public var council: NumberCell
    public var preparatory: NumberCell
    public var friendly: NumberCell

    public var cells: [NumberCell] { [council, preparatory, friendly] }

    /// `19/3/0`, blanks as 0: the roster writes an empty cell for none.
    public var triple: String { cells.map { DatasetNumber.format($0.value ?? 0) }.joined(separator: "/") }

    /// True when the three counts agree, blanks counting as 0.
    public func sameCounts(as other: KindCounts) -> Bool { zip(cells, other.cells).allSatisfy { ($0.value ?? 0) == ($1.value ?? 0) } }
}

import Foundation
import Content

/// Everything needed to turn one per-prefecture table of a document into a dataset: how to find
/// it, how to read it, and what to say and check about it.
public struct PlaceTableDefinition: Sendable {
    /// Dataset id.
    public var id: String
    /// Japanese title.
    public var title: String
    /// One or two sentences.
    public var description: String
    /// Source document id.
    public var document: String
    /// Text of the caption line the table follows; the table is the first one after it.
    public var caption: String
    /// Index of the label cell.
    public var labelColumn: Int
    /// Value columns in dataset order.
    public var columns: [PlaceColumn]
    /// Whether designated-city rows are part of the table.
    public var allowsCities: Bool
    /// The date the figures describe.
    public var asOf: DatasetDate?
    /// Notes for the page.
    public var notes: [String]
    /// Charts to draw; empty for the defaults.
    public var charts: [ChartSpec]
    /// The checks to run once the table is read.
    public var checks: @Sendable (PlaceChecks) -> [DatasetCheck]

    /// Finds, reads and checks the table.
    public func read(_ source: ConvertedText) throws -> Dataset {
        let captionLine = try source.requireLine(containing: caption)
        guard let table = PipeTable.first(in: source, from: captionLine + 1) else {
            throw source.error(at: captionLine, "no table follows the caption 「\(caption)」")
        }
        let rows = try PlaceTable.read(
            table, in: source, labelColumn: labelColumn,
            valueColumns: columns.map { ($0.sourceIndex, $0.kind) }, allowsCities: allowsCities)
        return Dataset(
            id: id, title: title, description: description, shape: .prefectures,
            source: DatasetSource(document: document, lines: SourceLines(first: captionLine, last: table.lastLine)),
            asOf: asOf, columns: PlaceDataset.columns(columns, withCities: allowsCities),
            rows: PlaceDataset.rows(rows, withCities: allowsCities), totals: PlaceDataset.totals(rows, columns),
            notes: notes, checks: checks(PlaceChecks(table: rows, columns: columns)), charts: charts)
    }
}

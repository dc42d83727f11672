import Foundation
import Content

/// The editorial text of a table that a Swift reader reads (`read_by: <reader>`): its title,
/// description and notes stand in the declaration like any other table's, so the Japanese an
/// editor may want to change is in the YAML, and the reader keeps only what it derives from the
/// source. A declared note `{from_source}` stands for the notes the reader derives (a column
/// total it read), in their place among the declared ones.
enum ReaderTexts {
    /// The placeholder a declared note uses for the reader's own notes.
    static let fromSource = "{from_source}"

    /// Gives each dataset named by a `read_by:` declaration its declared texts; a declaration
    /// whose dataset no reader produced is an error at its YAML line.
    static func apply(_ tables: [TableDeclaration], to datasets: inout [Dataset]) throws {
        for table in tables {
            guard let reader = table.readBy else { continue }
            guard let index = datasets.index(ofDataset: table.id) else {
                throw table.origin.error(
                    at: table.origin.line, "no reader produced the dataset `\(table.id)` declared with read_by: \(reader)",
                    fix: "give the id the reader writes, or declare the table without read_by")
            }
            datasets[index].title = table.title
            datasets[index].description = table.description
            guard !table.notes.isEmpty else { continue }
            let derived = datasets[index].notes
            datasets[index].notes = table.notes.flatMap { $0 == fromSource ? derived : [$0] }
        }
    }
}

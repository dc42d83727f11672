import Content
import Foundation

/// The declared text of a bespoke table whose reader makes the dataset whole instead of filling
/// the declared shell (``TableDeclaration/shell()``): once the document's readers have run, the
/// shell's title, description, date and notes are laid on the reader's dataset and the shell is
/// dropped, so the Japanese an editor may change is in the YAML for every bespoke table alike.
/// A declared note `{from_source}` stands for the notes the reader derives (a column total it read),
/// in their place among the declared ones.
enum ReaderTexts {
    /// The placeholder a declared note uses for the reader's own notes.
    static let fromSource = "{from_source}"

    /// Describes each bespoke table's dataset by its shell; a shell that no reader filled or
    /// answered is an error at its YAML line.
    static func apply(_ tables: [TableDeclaration], to datasets: inout [Dataset]) throws {
        for table in tables where table.bespoke != nil {
            let found = datasets.indices.filter { datasets[$0].id == table.id }
            guard let made = found.first(where: { !datasets[$0].isShell }) else {
                throw table.origin.error(
                    at: table.origin.line, "no reader produced the bespoke table `\(table.id)`",
                    fix: "give the id the reader writes, or declare the table with columns instead of bespoke:")
            }
            // The reader names its columns' keys (``DatasetColumn/declared(_:)``); the declaration describes them.
            let (keys, written) = (table.columns.map(\.column.key), datasets[made].columns)
            guard keys.isEmpty ? !written.contains(where: { $0.title.isEmpty }) : written.map(\.key) == keys else {
                throw table.origin.error(
                    at: table.origin.line, "table `\(table.id)` declares the columns \(keys) but its reader writes \(written.map(\.key))",
                    fix: "declare the reader's columns under columns:, in its order")
            }
            if !keys.isEmpty { datasets[made].columns = table.columns.map(\.column) }
            if !table.charts.isEmpty { datasets[made].charts = table.charts }
            guard let shell = found.first(where: { datasets[$0].isShell }) else { continue }
            datasets[made] = datasets[made].described(by: datasets[shell])
            datasets.remove(at: shell)
        }
    }
}

extension Dataset {
    /// A declared shell no reader has filled: it cites no source line.
    var isShell: Bool { source.lines.first == 0 }
}

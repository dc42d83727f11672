import Foundation
import Content
import Japanese

/// How a declared table is found in its document, and the pieces of the dataset made from it.
extension TableDeclaration {
    /// The line of the caption the table follows (or precedes); with `table_with_row`, the first
    /// line of the pipe table that has such a row.
    func captionLine(in source: SourceText) throws -> Int {
        if let tableWithRow {
            let key = JapaneseText.matchKey(tableWithRow)
            guard let table = source.pipeTables.first(where: { table in
                table.body.contains { JapaneseText.matchKey(LocatedTable.withoutTags($0[0])).hasPrefix(key) }
            }) else {
                throw origin.error(
                    at: origin.line, "no table of \(source.path) has a row starting 「\(tableWithRow)」 (table `\(id)`)",
                    fix: "copy the row label as the source writes it, or follow a caption with caption:")
            }
            return table.firstLine
        }
        guard let captionLine = source.captionLine(containing: caption) else {
            throw origin.error(
                at: origin.captionLine, "caption 「\(caption)」 of table `\(id)` is not in \(source.path)",
                fix: "copy the caption as the source writes it (spacing and width may differ), or remove the table")
        }
        return captionLine
    }

    /// The table next to `captionLine`, in the declared layout.
    func locate(in source: SourceText, captionLine: Int) throws -> LocatedTable {
        let width = columns.map(\.sourceIndex).max() ?? 0
        var located: LocatedTable?
        if let figures {
            located = try figures.table(
                in: source, caption: captionLine, captionAfter: captionAfter, yearLabels: rows == .years, declaredAt: origin)
        } else {
        switch layout {
        case .pipe, .tsv:
            located = LocatedTable.first(in: source, from: tableWithRow == nil ? captionLine + 1 : captionLine, layout: layout)
        case .textGroups:
            located = LocatedTable.textBlock(in: source, caption: captionLine, captionAfter: captionAfter, skipping: skipLines) {
                LocatedTable.textGroups($0, width: width, label: labelColumn, marks: columns.contains { $0.kind == .mark })
            }
        case .textAcross:
            located = valueRow.flatMap { LocatedTable.across(in: source, names: captionLine, valueRow: $0) }
        case .textRows:
            // With the header printed again mid-table, the block runs until every expected row is read.
            let expected = headerRepeated ? (rows == .prefecturesAndCities ? 68 : 48) : 0
            located = LocatedTable.textBlock(
                in: source, caption: captionLine, captionAfter: captionAfter, minimumRows: expected, skipping: skipLines, layout: .textRows
            ) { line in
                LocatedTable.textRow(line, label: labelColumn, values: width - labelColumn, unlabelled: unlabelledRow).map { [$0] }
            }
        }
        }
        if totalsBelowCaption, let block = located {
            guard let table = block.withTotals(below: captionLine, in: source, width: width, label: labelColumn) else {
                throw source.error(at: captionLine, "no 合計/計 row within 60 lines below the caption 「\(caption)」 (declared at \(origin))")
            }
            located = table
        }
        guard let table = located else {
            let place = captionAfter ? "stands above" : "follows"
            throw source.error(at: captionLine, "no \(layout.rawValue) table \(place) the caption 「\(caption)」 (declared at \(origin))")
        }
        return table
    }

    /// An unrecoverable table: its caption, the lines down to ``endsBefore`` (or the blank lines
    /// after the caption), and the reason.
    func lost(_ reason: String, captionLine: Int, in source: SourceText) -> Dataset {
        let last = endsBefore.map { max(captionLine, (source.firstLine(containing: $0, from: captionLine + 1) ?? captionLine + 1) - 1) }
            ?? source.nextNonBlankLine(after: captionLine) - 1
        var dataset = Dataset(
            id: id, title: title, description: description, shape: shape,
            source: DatasetSource(document: document, lines: SourceLines(first: captionLine, last: last)), unrecoverable: reason)
        dataset.notes = notes
        return dataset
    }

    func asOfDate(in source: SourceText, top: Int, lastLine: Int) throws -> (DatasetDate?, Int?) {
        switch asOf {
        case nil: return (nil, nil)
        case .stated(let date)?: return (date, nil)
        case .lineContaining(let text, let linesAbove)?:
            let line = source.firstLine(containing: text, from: max(1, top - linesAbove), before: lastLine + 1)
            guard let date = source.date(on: line) else {
                throw origin.error(
                    at: origin.line, "no date on a line containing 「\(text)」 near the caption of table `\(id)`",
                    fix: "name text of the line that carries the date, or state the date as as_of: {iso: …, wareki: …}")
            }
            return (date, line)
        }
    }

    func dataset(
        shape: DatasetShape, lines: SourceLines, columns datasetColumns: [DatasetColumn], rows: [[String]],
        totals: [StatedTotal], checker: PlaceChecks, asOf: DatasetDate?, beside: FiguresBeside, named: NamedTotal.Read = [:]
    ) -> Dataset {
        var dataset = Dataset(
            id: id, title: title, description: description, shape: shape,
            source: DatasetSource(document: document, lines: lines), asOf: asOf, columns: datasetColumns, rows: rows,
            totals: totals, notes: notes, checks: [], charts: charts)
        dataset.checks = checks.flatMap { $0.run(checker, rows: self.rows, dataset: dataset, beside: beside, named: named) }
        return dataset
    }
}

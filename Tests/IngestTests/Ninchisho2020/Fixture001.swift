import Content
import Foundation
@testable import Ingest

/// Excerpts of the dementia-policy document under Fixtures/data001/.
enum Fixture001 {
    static let directory = Package.fixtures.appendingPathComponent("data001")

    /// The excerpt's lines, with `shift` filler lines put in front.
    static func input(_ name: String, shift: Int = 0) throws -> SourceText {
        let text = try SourceText(contentsOf: directory.appendingPathComponent(name))
        let filler = (0..<shift).map { $0.isMultiple(of: 2) ? "挿入された行 \($0)" : "" }
        return SourceText(document: "ninchisho-2020", path: "Fixtures/data001/\(name)", lines: filler + text.lines)
    }

    /// The same excerpt with one line replaced (1-based, before any shift).
    static func input(_ name: String, replacing line: Int, with text: String) throws -> SourceText {
        let original = try input(name)
        var lines = original.lines
        lines[line - 1] = text
        return SourceText(document: original.document, path: original.path, lines: lines)
    }

    /// The 1-based line of the first line containing `text`.
    static func line(_ name: String, containing text: String) throws -> Int {
        let lines = try input(name).lines
        guard let index = lines.firstIndex(where: { $0.contains(text) }) else { throw FixtureMissing(text: text) }
        return index + 1
    }

    struct FixtureMissing: Error { let text: String }

    /// The shipped declaration of table `id` in content/sources/ninchisho-2020.tables.yaml.
    static func declaration(_ id: String) throws -> TableDeclaration {
        let file = "content/sources/ninchisho-2020.tables.yaml"
        let yaml = try String(contentsOf: Package.root.appendingPathComponent(file), encoding: .utf8)
        let tables = try TableDeclarationFile.declarations(yaml: yaml, file: file, document: Ninchisho.document)
        guard let table = tables.first(where: { $0.id == id }) else { throw FixtureMissing(text: id) }
        return table
    }
}

extension Dataset {
    /// Everything but the source line numbers, which move when lines are inserted above.
    var ignoringLines: Dataset {
        var copy = self
        copy.source = DatasetSource(document: source.document, lines: SourceLines(first: 1, last: 1))
        copy.totals = totals.map { StatedTotal(column: $0.column, label: $0.label, value: $0.value) }
        copy.notes = notes.map { $0.replacing(#/[0-9]+(・[0-9]+)*行/#, with: "N行") }
        return copy
    }

    func column(_ key: String) -> [String] {
        guard let index = columnIndex(key) else { return [] }
        return rows.map { $0[index] }
    }

    func check(_ id: String) -> DatasetCheck? {
        checks.first { $0.id == id }
    }
}

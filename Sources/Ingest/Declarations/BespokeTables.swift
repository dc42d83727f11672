import Content
import Foundation

/// A table that needs a Swift reader (`bespoke: "<why the vocabulary cannot express it>"`) is
/// still declared, for what an editor writes rather than what code computes: its title,
/// description, date, notes and the explanations of its checks. The generic reader turns
/// the declaration into a shell, a dataset with that text and no rows, which the document's Swift
/// reader fills with ``Dataset/described(by:_:)``, so no Japanese prose is typed into Swift.
///
/// A text may name values the reader finds, `{listed}`; a note naming a value the reader does not
/// give is left out (a remark on a line the source may not have). `explanations:` maps a check id
/// to what is shown when that check does not pass; the reader may also ask for one by key
/// (``Dataset/text(_:_:)``) to compose a computed explanation.
extension TableDeclaration {
    /// The shell of a bespoke table; its explanations ride as checks with no result, and so does
    /// its `blank_is_zero:` citation (``Dataset/blankIsZero``), for the reader's checks to follow.
    func shell() -> Dataset {
        let texts = explanations + (blankIsZero.map { [(key: Self.blankIsZeroKey, text: $0)] } ?? [])
        return Dataset(
            id: id, title: title, description: description, shape: shape,
            source: DatasetSource(document: document, lines: SourceLines(first: 0, last: 0)),
            asOf: { if case .stated(let date)? = asOf { date } else { nil } }(), notes: notes,
            checks: texts.map { DatasetChecks.notCheckable(id: $0.key, kind: .other, title: "", reason: $0.text) })
    }

    static let blankIsZeroKey = "blank_is_zero"

    /// The `explanations:` of an entry, check id → text, in the order written.
    static func declaredExplanations(_ entry: FrontMatter, file: String) throws -> [(key: String, text: String)] {
        guard let map = try entry.mapping("explanations") else { return [] }
        return try map.keys.map { key in
            (key, try map.required(key, fix: "write the explanation of check `\(key)` as a string"))
        }
    }
}

extension Array where Element == Dataset {
    /// Replaces the shell of bespoke table `id` among the declared datasets with what `read`
    /// makes of it; an error naming the YAML `file` when the table is not declared.
    mutating func fill(_ id: String, declaredIn file: String, _ read: (Dataset) throws -> Dataset) throws {
        guard let index = firstIndex(where: { $0.id == id }) else {
            throw ContentError(
                file: file, problem: "no declaration of the table `\(id)`, which a Swift reader reads",
                fix: "declare it with `id: \(id)`, `bespoke:` saying why, its title, description and notes")
        }
        self[index] = try read(self[index])
    }
}

extension DatasetColumn {
    /// The columns of a bespoke table by key, in the order its reader writes the cells: their
    /// titles, types and units are the declaration's `columns:`, laid on them by ``ReaderTexts``.
    static func declared(_ keys: [String]) -> [DatasetColumn] { keys.map { DatasetColumn(key: $0, title: "", type: .text) } }
}

extension Dataset {

    /// `read` (rows, columns, lines and checks from a Swift reader) with the text of its declared
    /// `shell`: title, description, date, the notes whose values are given (`{from_source}` standing
    /// for the reader's own; no declared notes keep them), and each
    /// declared explanation on the check of that id when it does not pass and has none of its own.
    func described(by shell: Dataset, _ values: [String: String] = [:]) -> Dataset {
        var dataset = self
        dataset.title = shell.title
        dataset.description = shell.description
        dataset.asOf = shell.asOf ?? asOf
        if !shell.notes.isEmpty {
            dataset.notes = shell.notes.flatMap { note in
                note == ReaderTexts.fromSource ? notes : Self.fill(note, values).map { [$0] } ?? []
            }
        }
        for index in dataset.checks.indices where dataset.checks[index].result != .pass && dataset.checks[index].explanation == nil {
            if let text = shell.text(dataset.checks[index].id, values) { dataset.checks[index].explanation = text }
        }
        return dataset
    }

    /// Whether the declaration of this shell says its source uses blank for zero (`blank_is_zero:`,
    /// citing the line that shows it): the one case in which ``CheckRules`` counts a blank as 0.
    var blankIsZero: Bool { text(TableDeclaration.blankIsZeroKey) != nil }

    /// The declared explanation `key` with `values` filled in; nil when it is not declared or
    /// names a value not given.
    func text(_ key: String, _ values: [String: String] = [:]) -> String? {
        checks.first { $0.id == key }?.explanation.flatMap { Self.fill($0, values) }
    }

    /// `template` with each `{name}` replaced by its value; nil when a name has none.
    static func fill(_ template: String, _ values: [String: String]) -> String? {
        var text = template
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text.range(of: #"\{[a-z_]+\}"#, options: .regularExpression) == nil ? text : nil
    }
}

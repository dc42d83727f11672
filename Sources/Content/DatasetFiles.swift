/// The two files of a dataset, written deterministically (same dataset, same bytes).
public enum DatasetFiles {
    /// `<id>.csv`: the header of column keys, then the rows.
    public static func csv(_ dataset: Dataset) -> String {
        CSVText.write([dataset.columns.map(\.key)] + dataset.rows)
    }

    /// `<id>.yaml`: everything but the rows, in the documented key order.
    public static func yaml(_ dataset: Dataset) -> String {
        let q = YAMLText.quote
        var out = "id: \(q(dataset.id))\n"
        out += "title: \(q(dataset.title))\n"
        out += "description: \(q(dataset.description))\n"
        out += "shape: \(q(dataset.shape.rawValue))\n"
        out += "source:\n  document: \(q(dataset.source.document))\n  lines: \(q(dataset.source.lines.plain))\n"
        if let asOf = dataset.asOf {
            out += "as_of:\n  iso: \(q(asOf.iso))\n  wareki: \(q(asOf.wareki))\n"
        }
        out += dataset.columns.isEmpty ? "columns: []\n" : "columns:\n"
        for column in dataset.columns {
            out += "  - key: \(q(column.key))\n    title: \(q(column.title))\n    type: \(q(column.type.rawValue))\n"
            if let unit = column.unit { out += "    unit: \(q(unit))\n" }
            if column.additive != column.type.isAdditiveByDefault {
                out += "    additive: \(column.additive)\n"
            }
        }
        if !dataset.totals.isEmpty {
            out += "totals:\n"
            for total in dataset.totals {
                out += "  - column: \(q(total.column))\n    label: \(q(total.label))\n    value: \(q(total.value))\n"
                if let where_ = total.lines { out += "    lines: \(q(where_.plain))\n" }
            }
        }
        if !dataset.notes.isEmpty {
            out += "notes:\n" + dataset.notes.map { "  - \(q($0))\n" }.joined()
        }
        if !dataset.checks.isEmpty {
            out += "checks:\n"
            for check in dataset.checks {
                out += "  - id: \(q(check.id))\n    kind: \(q(check.kind.rawValue))\n    title: \(q(check.title))\n"
                out += "    result: \(q(check.result.rawValue))\n"
                if let expected = check.expected { out += "    expected: \(q(expected))\n" }
                if let actual = check.actual { out += "    actual: \(q(actual))\n" }
                if !check.rows.isEmpty { out += "    rows: \(YAMLText.list(check.rows))\n" }
                if !check.columns.isEmpty { out += "    columns: \(YAMLText.list(check.columns))\n" }
                if let explanation = check.explanation { out += "    explanation: \(q(explanation))\n" }
            }
        }
        if !dataset.charts.isEmpty {
            out += "charts:\n"
            for chart in dataset.charts {
                out += "  - kind: \(q(chart.kind.rawValue))\n    columns: \(YAMLText.list(chart.columns))\n"
            }
        }
        if let reason = dataset.unrecoverable { out += "unrecoverable: \(q(reason))\n" }
        return out
    }
}

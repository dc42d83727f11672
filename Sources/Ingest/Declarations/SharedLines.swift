import Foundation
import Content

/// A lost table whose surviving part another dataset recovers (`lines_of: <dataset>`): it cites
/// that dataset's source lines and date, since both are the one printed table. Applied once every
/// dataset is read; when the other dataset is missing the lost table keeps its caption's lines.
struct SharedLines: CrossDatasetCheck {
    let table: String
    let other: String

    func apply(to datasets: inout [Dataset]) {
        guard let index = datasets.index(ofDataset: table), let otherIndex = datasets.index(ofDataset: other) else { return }
        datasets[index].source = datasets[otherIndex].source
        datasets[index].asOf = datasets[otherIndex].asOf
    }
}

import Charts
import Content

/// A link target computed while assembling: a title and an output path.
public struct PageLink: Sendable, Equatable {
    let title: String
    let outputPath: String
}

/// One dataset's panel on a prefecture page.
public struct PrefecturePanel: Sendable, Equatable {
    /// Anchor id, stable across builds: the dataset id.
    let id: String
    let dataset: Dataset
    let documentTitle: String
    let datasetOutputPath: String
    let sourceOutputPath: String?
    let provenance: String
    /// For per-prefecture datasets; nil when the dataset has no row for the prefecture.
    let figures: PrefectureFigures?
    /// For lists: the rows naming the prefecture, in source order.
    let listRows: [Int]
    /// Explanations from checks that concern the prefecture (e.g. names missing in the source).
    let remarks: [String]
}

/// A prefecture page: its panels and its neighbours.
public struct PrefecturePageDetails: Sendable, Equatable {
    let tile: PrefectureTile
    let standing: String
    let panels: [PrefecturePanel]
    let previous: PageLink?
    let next: PageLink?
    let neighbours: [PageLink]
}

/// The prefecture index: key indicators as tile maps and a summary table.
public struct PrefectureIndexDetails: Sendable, Equatable {
    struct Indicator: Sendable, Equatable {
        let dataset: Dataset
        let column: Int
        let datasetOutputPath: String
    }

    let indicators: [Indicator]
    let prefectures: PrefectureList
    let pagePaths: [Int: String]
}

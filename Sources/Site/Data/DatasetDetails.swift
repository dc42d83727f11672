import Content

/// A dataset as listed on the data index.
public struct DatasetSummary: Sendable, Equatable {
    let title: String
    let outputPath: String
    let meta: String
    let checks: String
    let unrecoverable: String?
}

/// The data index, grouped by source document.
public struct DatasetIndex: Sendable, Equatable {
    struct Group: Sendable, Equatable {
        let documentTitle: String
        let documentOutputPath: String?
        let datasets: [DatasetSummary]
    }

    let groups: [Group]
}

/// Everything a dataset page shows; tables and charts are drawn while rendering, when the links
/// from the page are known.
public struct DatasetPageDetails: Sendable, Equatable {
    let dataset: Dataset
    let documentTitle: String
    /// `原資料 001 行 3173–5598`.
    let provenance: String
    /// The section holding the table in its source, or the document's cover page.
    let sourceOutputPath: String?
    let prefectures: PrefectureList
    let prefecturePaths: [Int: String]
}

/// The data-quality report: every check of every dataset, and the tables that could not be
/// recovered.
public struct QualityDetails: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        let datasetTitle: String
        let datasetOutputPath: String
        let check: DatasetCheck
    }

    struct Unrecoverable: Sendable, Equatable {
        let title: String
        let outputPath: String
        let reason: String
        let provenance: String
    }

    let entries: [Entry]
    let unrecoverable: [Unrecoverable]
}

extension PrefectureList: Equatable {
    static func == (lhs: PrefectureList, rhs: PrefectureList) -> Bool {
        lhs.tiles == rhs.tiles
    }
}

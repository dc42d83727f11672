/// What a search result is, shown beside it and offered as a filter.
///
/// Decided by the page's address alone, so a new section of the site (programme pages under
/// `programs/`) is classified correctly the day it appears.
public enum PageKind: String, Sendable, CaseIterable {
    case prefecture = "都道府県"
    case program = "事業"
    case document = "資料"
    case data = "データ"
    case page = "ページ"

    /// The kind of the page at an output path such as `prefectures/tokyo/index.html`.
    public init(outputPath: String) {
        let top = outputPath.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        switch top {
        case "prefectures": self = .prefecture
        case "programs": self = .program
        case "documents": self = .document
        case "data", "quality": self = .data
        default: self = .page
        }
    }
}

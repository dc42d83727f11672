import Foundation
extension DatasetImporter {
    /// Every table reader the project ships, one list per source document.
    public static let standardReaders: [any TableReader] = ninchishoReaders

    /// Every cross-dataset check the project ships.
    public static let standardCrossChecks: [any CrossDatasetCheck] = ninchishoCrossChecks
}

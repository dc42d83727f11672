import Foundation

extension DatasetImporter {
    /// Every table reader the project ships, one list per source document. A document's readers
    /// live in `Sources/Ingest/<Document><Year>/` (Ninchisho2020, Shakai2010, Shahokyo2020) and are listed here.
    public static let standardReaders: [any TableReader] = ninchishoReaders + [
        Shakai2010(), Shahokyo2020(),
    ]

    public static let standardCrossChecks: [any CrossDatasetCheck] = ninchishoCrossChecks
}

import Content
import Foundation

/// Reads the two documents these readers cover from `content/sources/` and writes their
/// datasets to `content/data/`.
public enum CivicDatasetExport {
    /// The file names of the documents, as shipped in `content/sources/`.
    public static let sourceFiles = (shakai: "003_25eadac7ef844c44.txt", shahokyo: "000_5fb320d0c6fe68f8.txt")

    /// Every dataset of both documents, sorted by id.
    public static func datasets(contentDirectory: URL) throws -> [Dataset] {
        let sources = contentDirectory.appendingPathComponent("sources")
        let shakai = try ConvertedText(contentsOf: sources.appendingPathComponent(sourceFiles.shakai))
        let shahokyo = try ConvertedText(contentsOf: sources.appendingPathComponent(sourceFiles.shahokyo))
        return try (Shakai2010.datasets(from: shakai) + Shahokyo2020.datasets(from: shahokyo)).sorted { $0.id < $1.id }
    }

    /// The files to write, path relative to `content/data/` → contents.
    public static func files(_ datasets: [Dataset]) -> [String: String] {
        var files: [String: String] = [:]
        for dataset in datasets {
            files["\(dataset.id).yaml"] = DatasetFiles.yaml(dataset)
            if !dataset.columns.isEmpty { files["\(dataset.id).csv"] = DatasetFiles.csv(dataset) }
        }
        return files
    }

    /// Writes the files, replacing changed ones and removing stale `shakai-*` and `shahokyo-*`
    /// files; nothing is written when reading fails.
    public static func write(contentDirectory: URL) throws {
        let files = files(try datasets(contentDirectory: contentDirectory))
        let directory = contentDirectory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in existing where (name.hasPrefix("shakai-") || name.hasPrefix("shahokyo-")) && files[name] == nil {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            if (try? String(contentsOf: url, encoding: .utf8)) == text { continue }
            try Data(text.utf8).write(to: url, options: .atomic)
        }
    }
}

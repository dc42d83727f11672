import Foundation

/// Every line range that points into an original document — a section's `source_lines`, a
/// dataset's `source: lines:` and a total's `lines:` — lies inside that document. A range past its
/// end (`lines: "3-999999"`) would be published as provenance that the document cannot show.
enum SourceRanges {
    static func check(_ content: SiteContent, contentDirectory: URL) throws {
        let lengths = content.originals.mapValues { $0.lines.last == "" ? $0.lines.count - 1 : $0.lines.count }
        for document in content.documents {
            guard let length = lengths[document.info.id] else { continue }
            for section in document.sections {
                let ranges = [section.lines] + section.parts.compactMap(\.lines)
                for range in ranges where range.last > length {
                    let matter = try? FrontMatter(
                        parsing: TextFile.read(contentDirectory.appendingPathComponent(section.sourcePath), displayPath: section.sourcePath),
                        file: section.sourcePath)
                    throw outside(range, length: length, document: document.info.id, file: section.sourcePath, line: matter?.line(of: "source_lines"))
                }
            }
        }
        for dataset in content.datasets {
            guard let length = lengths[dataset.source.document] else { continue }
            let ranges = [dataset.source.lines] + dataset.totals.compactMap(\.lines)
            for range in ranges where range.last > length {
                let path = "data/\(dataset.id).yaml"
                let yaml = try? FrontMatter(
                    yaml: TextFile.read(contentDirectory.appendingPathComponent(path), displayPath: path), file: path)
                let line = range == dataset.source.lines ? (try? yaml?.mapping("source"))?.line(of: "lines") : yaml?.line(of: "totals")
                throw outside(range, length: length, document: dataset.source.document, file: path, line: line)
            }
        }
    }

    private static func outside(_ range: SourceLines, length: Int, document: String, file: String, line: Int?) -> ContentError {
        ContentError(
            file: file, line: line, problem: "lines \(range.plain) reach past the end of \(document), which has \(length) lines",
            fix: "give lines inside 1-\(length), or run `shiryo import` to regenerate the file")
    }
}

/// One source described in `content/sources/sources.yaml`, with where it is written.
public struct SourceCatalogEntry: Sendable, Equatable {
    /// The description.
    public let info: SourceDocumentInfo
    /// Line of the entry in sources.yaml.
    public let line: Int
    /// Line of its `format:` key.
    public let formatLine: Int?
}

/// Reads `content/sources/sources.yaml`, the list of source documents, for both the importer and
/// the site.
public enum SourceCatalogFile {
    /// The keys of one source; a misspelt one (`isuer:`) is an error, never an empty field.
    static let entryKeys = ["id", "file", "title", "issuer", "date", "format", "publication", "inferred"]

    /// The entries in file order.
    /// - Throws: `ContentError` naming the line of an entry that is not a mapping or lacks a key.
    public static func entries(yaml text: String, file: String) throws -> [SourceCatalogEntry] {
        let yaml = try FrontMatter(yaml: text, file: file)
        try KnownKeys.check(yaml, known: ["sources"], file: file)
        guard yaml.keys.contains("sources") else {
            throw ContentError(
                file: file, line: 1, problem: "has no top-level `sources:` list",
                fix: "list the documents under `sources:`, one `- id: …` entry each")
        }
        return try yaml.mappings("sources").map { entry in
            try KnownKeys.check(entry, known: entryKeys, file: file, what: "key in a source")
            let date = try entry.mapping("date")
            if let date { try KnownKeys.check(date, known: ["iso", "wareki"], file: file, what: "key in `date`") }
            let info = SourceDocumentInfo(
                id: try entry.required("id", fix: "give every source a short ASCII id such as ninchisho-2020"),
                file: try entry.required("file", fix: "name the source's file in content/sources/"),
                title: try entry.required("title", fix: "add the document's title"),
                issuer: try entry.string("issuer"), dateISO: try date?.string("iso"), dateWareki: try date?.string("wareki"),
                format: try entry.required("format", fix: "add format: tsv-roster, pdf-text or pdf-markdown"),
                publication: try entry.string("publication"), inferred: try entry.string("inferred"))
            // The id names folders the import writes (documents/<id>/) and the file is read from
            // sources/: neither may lead elsewhere (`../../escape`).
            guard PageLoader.isValidSlug(info.id) else {
                throw ContentError(
                    file: file, line: entry.line(of: "id"), problem: "“\(info.id)” is not a valid source id",
                    fix: "use lower-case ASCII letters, digits, - and _, such as ninchisho-2020")
            }
            guard !info.file.contains("/"), !info.file.hasPrefix("."), !info.file.contains("\\") else {
                throw ContentError(
                    file: file, line: entry.line(of: "file"), problem: "“\(info.file)” is not a file name in content/sources/",
                    fix: "put the document in content/sources/ and give its bare file name")
            }
            return SourceCatalogEntry(info: info, line: entry.firstLine, formatLine: entry.line(of: "format"))
        }
    }
}

import Content
import Foundation
import Ingest
import Site
import Templates

/// One way into Shiryo that takes outside input: its seeds, the tokens that mean something in its
/// format, and how one input is run. Running may throw (that is the input being refused); it must
/// never trap.
struct EntryPoint: Sendable {
    let name: String
    /// Seed files, relative to the project folder; a folder means every file in it with `suffix`.
    let seedPaths: [String]
    let suffix: String
    let tokens: [String]
    /// Seeds larger than this are cut: mutation and run time grow with size, and the structure that
    /// matters is at the top.
    var seedLimit = 48 * 1024
    /// Sets up what every input of a worker shares (a work folder, the assembled site) and returns
    /// the function that runs one input.
    let prepare: @Sendable (_ project: URL, _ work: URL) throws -> (@Sendable ([UInt8]) throws -> Void)

    func seeds(project: URL) -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for path in seedPaths {
            let url = project.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            let files =
                isFolder.boolValue
                ? FolderFiles.list(under: url).filter { $0.hasSuffix(suffix) }.map { url.appendingPathComponent($0) } : [url]
            for file in files {
                guard var data = try? Data(contentsOf: file) else { continue }
                // A dataset is its YAML and its CSV together.
                if suffix == ".yaml", let csv = try? Data(contentsOf: file.deletingPathExtension().appendingPathExtension("csv")) {
                    data += Data(Self.datasetSeparator.utf8) + csv
                }
                // Programs and sections have front matter of their own kinds; as pages they get a page's.
                if suffix == ".md", !path.hasPrefix("content/pages"), let text = String(data: data, encoding: .utf8),
                    let body = try? FrontMatter(parsing: text, file: path).body
                {
                    data = Data(("---\ntitle: 見出し\n---\n" + body).utf8)
                }
                seeds.append(Array(data.prefix(seedLimit)))
            }
        }
        return seeds
    }
}

extension EntryPoint {
    static let all: [EntryPoint] = [page, siteYAML, dataset, sourcesYAML, template, csv, importText, importMarkdown, importRoster]

    /// Front matter, strict keys, drafts and slugs (through `PageLoader`), then wiki links, CommonMark
    /// and `.md` links against the names of the real site.
    static let page = EntryPoint(
        name: "page", seedPaths: ["content/pages", "content/programs", "content/documents"], suffix: ".md",
        tokens: ["---\n", "title: ", "draft: true\n", "slug: ", "order: ", "[[", "]]", "[[東京都]]", "[[認知症]]", "|", "](", "](../", ".md)",
            "](#", "![", "```", "> ", "* ", "1. ", "<div>", "&#0;", "\\", "|---|\n", "# ", "###### ", "    ", "[a]: ", "<http://"]
    ) { project, work in
        let pages = work.appendingPathComponent("content/pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let text = try PageText(content: try SiteContent.load(contentDirectory: project.appendingPathComponent("content")))
        let loader = PageLoader(contentDirectory: work.appendingPathComponent("content"), includeDrafts: true)
        let file = pages.appendingPathComponent("fuzz.md")
        return { input in
            try Data(input).write(to: file)
            for page in try loader.load() {
                _ = try text.html(page.body, sourcePath: page.sourcePath, firstLine: page.bodyLine)
            }
        }
    }

    static let siteYAML = EntryPoint(
        name: "site.yaml", seedPaths: ["content/site.yaml"], suffix: ".yaml",
        tokens: ["title: ", "base_url: ", "edit_url: ", "javascript:", "https://", "footer: |\n  ", "language: ", "  ", "- ", "{", "[", "&x ", "*x", "<<: "]
    ) { _, work in
        let content = work.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let file = content.appendingPathComponent(SiteSettings.fileName)
        return { input in
            try Data(input).write(to: file)
            _ = try SiteSettings.load(contentDirectory: content)
        }
    }

    /// A dataset's YAML and CSV, written as one input (`yaml` + separator + `csv`) so one edit can
    /// break either; loaded, then written back as the downloads and its numbers formatted.
    static let dataset = EntryPoint(
        name: "dataset", seedPaths: ["content/data"], suffix: ".yaml",
        tokens: ["\n  - key: ", "type: integer", "type: decimal", "type: percent", "type: prefecture", "columns:\n", "checks:\n",
            "charts:\n", "totals:\n", "lines: \"3-999999\"", "additive: ", ",", "\"", "\n", "-", ".", "19.5", "01,ほげ県", "=HYPERLINK(",
            datasetSeparator]
    ) { _, work in
        let content = work.appendingPathComponent("content")
        let data = content.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let loader = DatasetLoader(contentDirectory: content)
        return { input in
            let (yaml, csv) = splitDataset(input)
            for old in (try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? [] {
                try? FileManager.default.removeItem(at: data.appendingPathComponent(old))
            }
            let id = declaredID(yaml) ?? "fuzz"
            try Data(yaml).write(to: data.appendingPathComponent(id + ".yaml"))
            if let csv { try Data(csv).write(to: data.appendingPathComponent(id + ".csv")) }
            for dataset in try loader.load() {
                _ = DatasetFiles.csv(dataset)
                _ = DatasetFiles.yaml(dataset)
                for row in dataset.rows.indices {
                    for column in dataset.columns.indices {
                        if let number = dataset.value(row: row, column: column).number {
                            _ = DatasetNumber.format(number)
                            _ = DatasetNumber.grouped(number)
                        }
                        if let exact = dataset.exact(row: row, column: column) {
                            _ = exact.grouped(fractionDigits: dataset.decimals(column: column))
                            _ = exact.grouped(fractionDigits: row % 4)
                        }
                    }
                    _ = dataset.code(ofRow: row)
                }
                for column in dataset.columns.indices {
                    _ = dataset.decimals(column: column)
                    _ = DecimalText.sum(dataset.rows.indices.compactMap { dataset.exact(row: $0, column: column) })
                }
            }
        }
    }

    /// Both readers of sources.yaml: the site's and the importer's.
    static let sourcesYAML = EntryPoint(
        name: "sources.yaml", seedPaths: ["content/sources/sources.yaml"], suffix: ".yaml",
        tokens: ["\n  - id: ", "../", "file: ", "format: ", "pdf-text", "tsv-roster", "pdf-markdown", "date:\n", "    iso: ", "null", "  ", "- "]
    ) { _, _ in
        { input in
            let text = String(decoding: input, as: UTF8.self)
            _ = try SourceCatalogFile.entries(yaml: text, file: "sources/sources.yaml")
            _ = try SourceCatalog(yaml: text)
        }
    }

    /// A template parsed beside the real partials, then rendered with a small view.
    static let template = EntryPoint(
        name: "template", seedPaths: ["templates"], suffix: ".mustache",
        tokens: ["{{", "}}", "{{{", "}}}", "{{#items}}", "{{/items}}", "{{^flag}}", "{{/flag}}", "{{> partials/head}}", "{{ > partials/footer }}",
            "{{< layout}}", "{{$block}}", "{{/block}}", "{{! ", "{{=<% %>=}}", "{{&title}}", "{{title}}", "{{.}}", "{{titel}}", "{{#items}}{{name}}"]
    ) { project, work in
        let templates = work.appendingPathComponent("templates")
        try? FileManager.default.removeItem(at: templates)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: project.appendingPathComponent("templates/partials"), to: templates.appendingPathComponent("partials"))
        let file = templates.appendingPathComponent("fuzz.mustache")
        return { input in
            try Data(input).write(to: file)
            let set = try TemplateSet(directory: templates)
            _ = try set.render(FuzzView(), template: "fuzz")
        }
    }

    /// The dataset CSV reader on any text, and the writer on what it read.
    static let csv = EntryPoint(
        name: "csv", seedPaths: ["content/data", "content/prefectures.csv"], suffix: ".csv",
        tokens: [",", "\"", "\"\"", "\n", "\r\n", "\r", "=", "+", "@", "\t"]
    ) { _, _ in
        { input in
            let records = try CSVText.read(String(decoding: input, as: UTF8.self), file: "data/fuzz.csv")
            _ = CSVText.write(records.map(\.fields))
        }
    }

    static let importText = importer(
        name: "import plain text", seeds: ["Tests/IngestTests/Fixtures/pdf-text.txt", "content/sources/001_71f28aac2aacb1a3.txt"]
    ) { try PdfTextReader.read($0, id: "fuzz", title: "fuzz") }

    static let importMarkdown = importer(
        name: "import Markdown", seeds: ["Tests/IngestTests/Fixtures/pdf-markdown.md", "content/sources/003_25eadac7ef844c44.txt"]
    ) { try MarkdownPdfReader.read($0, id: "fuzz", title: "fuzz") }

    static let importRoster = importer(
        name: "import roster", seeds: ["Tests/IngestTests/Fixtures/roster.tsv", "content/sources/000_5fb320d0c6fe68f8.txt"]
    ) { try RosterReader.read($0, id: "fuzz", title: "fuzz") }

    /// A source reader through the public Ingest API: strict decoding first (as the import reads a
    /// file), and the reader on the lossily decoded text too so that invalid bytes do not stop every
    /// input at the door.
    private static func importer(
        name: String, seeds: [String], read: @escaping @Sendable (SourceText) throws -> SourceDocument
    ) -> EntryPoint {
        EntryPoint(
            name: name, seedPaths: seeds, suffix: "",
            tokens: ["\n", "\t", "第1", "１　", "（１）", "ア　", "【", "】", "表", "都道府県", "北海道\t", "合計", "#", "|", "- ", "\u{C}", "令和2年", "〇"],
            seedLimit: 6 * 1024
        ) { _, _ in
            { input in
                if let strict = try? SourceText(path: "sources/fuzz.txt", data: Data(input)) {
                    _ = try read(strict)
                }
                _ = try read(SourceText(path: "sources/fuzz.txt", text: String(decoding: input, as: UTF8.self)))
            }
        }
    }

    static let datasetSeparator = "\n#--csv--\n"

    /// The YAML and (when the separator survived the edits) the CSV of a dataset input.
    static func splitDataset(_ input: [UInt8]) -> (yaml: [UInt8], csv: [UInt8]?) {
        let separator = Array(datasetSeparator.utf8)
        guard input.count >= separator.count,
            let start = (0...(input.count - separator.count)).first(where: { input[$0..<($0 + separator.count)].elementsEqual(separator) })
        else { return (input, nil) }
        return (Array(input[..<start]), Array(input[(start + separator.count)...]))
    }

    /// The `id:` of a dataset's YAML when it is a plain id, so the file is named as the loader expects.
    static func declaredID(_ yaml: [UInt8]) -> String? {
        let text = String(decoding: yaml.prefix(4096), as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("id: ") {
            let id = line.dropFirst(4).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            let plain = !id.isEmpty && id.count < 100
                && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
            return plain ? id : nil
        }
        return nil
    }
}

/// The view fuzzed templates render: a little of every kind of value a page view holds.
struct FuzzView: Sendable {
    struct Item: Sendable {
        let name: String
        let link: SiteLink
    }
    let title = "見出し <&>"
    let flag = true
    let count = 3
    let items = [Item(name: "一", link: SiteLink("a/index.html")), Item(name: "二", link: SiteLink("b/index.html"))]
    let empty: [Item] = []
}

import Charts
import Content
import Foundation

/// Builds `prefectures/index.html` and a page per prefecture gathering every dataset that has it.
struct PrefecturePages {
    let prefectures: PrefectureList
    let datasets: [Dataset]
    let documents: [LoadedDocument]

    static let root = ["prefectures"]

    /// Output paths of the prefecture pages by JIS code, for links from other pages.
    var paths: [Int: String] {
        Dictionary(prefectures.tiles.map { ($0.code, SitePage.outputPath(for: Self.root + [$0.slug])) }, uniquingKeysWith: { a, _ in a })
    }

    func pages() -> [SitePage] {
        guard !prefectures.tiles.isEmpty else { return [] }
        let ordered = orderedDatasets
        let locator = SourceLocator(documents: documents)
        let standings = Dictionary(
            ordered.filter { $0.shape == .prefectures }.map { ($0.id, DatasetStanding($0)) }, uniquingKeysWith: { a, _ in a })
        var pages = [
            SitePage(
                location: Self.root, title: "都道府県",
                description: "47都道府県それぞれについて、資料の表に記載された値を集めたページです。",
                order: 10, body: .html(""), template: "prefectures",
                details: .prefectureIndex(
                    PrefectureIndexDetails(indicators: indicators(ordered), prefectures: prefectures, pagePaths: paths)))
        ]
        let tiles = prefectures.tiles
        for (index, tile) in tiles.enumerated() {
            let panels = ordered.compactMap { panel(for: $0, tile: tile, locator: locator, standings: standings) }
            pages.append(
                SitePage(
                    location: Self.root + [tile.slug], title: tile.name, description: "\(tile.name)（\(tile.region)地方）の施策とデータ",
                    order: tile.code, body: .html(""), template: "prefecture",
                    details: .prefecture(
                        PrefecturePageDetails(
                            tile: tile, standing: Standing.text(panels: panels, name: tile.name), panels: panels,
                            previous: index > 0 ? link(tiles[index - 1]) : nil,
                            next: index + 1 < tiles.count ? link(tiles[index + 1]) : nil,
                            neighbours: tiles.filter { $0.region == tile.region && $0.code != tile.code }.map(link)))))
        }
        return pages
    }

    /// Datasets in document order, then by where they stand in the document.
    private var orderedDatasets: [Dataset] {
        let documentOrder = Dictionary(documents.enumerated().map { ($1.info.id, $0) }, uniquingKeysWith: { a, _ in a })
        return datasets.filter { $0.unrecoverable == nil && $0.shape != .series && !$0.columns.isEmpty }.sorted {
            let left = (documentOrder[$0.source.document] ?? Int.max, $0.source.lines.first, $0.id)
            let right = (documentOrder[$1.source.document] ?? Int.max, $1.source.lines.first, $1.id)
            return left < right
        }
    }

    /// The first numeric column of each complete per-prefecture dataset, up to six.
    private func indicators(_ ordered: [Dataset]) -> [PrefectureIndexDetails.Indicator] {
        ordered.filter { $0.shape == .prefectures }.compactMap { dataset in
            guard let column = dataset.columns.firstIndex(where: { $0.type.isNumeric && $0.additive }) else { return nil }
            return PrefectureIndexDetails.Indicator(dataset: dataset, column: column, datasetOutputPath: DatasetPages.pagePath(dataset))
        }.prefix(6).map { $0 }
    }

    private func panel(
        for dataset: Dataset, tile: PrefectureTile, locator: SourceLocator, standings: [String: DatasetStanding]
    ) -> PrefecturePanel? {
        let codeText = Dataset.codeText(tile.code)
        guard dataset.codeColumn != nil else { return nil }
        let listRows = dataset.shape == .list ? dataset.rows.indices.filter { dataset.code(ofRow: $0) == tile.code } : []
        let figures = standings[dataset.id].flatMap { PrefectureFigures($0, code: tile.code) }
        // Failed checks on a per-prefecture row are shown with the figures; the rest (e.g. a list
        // whose names are missing from the source) are said in words.
        let remarks = dataset.checks.filter { check in
            check.result != .pass && check.explanation != nil && !(figures?.failedChecks.contains(check) ?? false)
                && (check.rows.contains(codeText) || check.rows.contains(tile.name) || check.rows.contains(tile.shortName))
        }.compactMap(\.explanation)
        return PrefecturePanel(
            id: dataset.id, dataset: dataset,
            documentTitle: locator.title(of: dataset.source.document),
            datasetOutputPath: DatasetPages.pagePath(dataset), sourceOutputPath: locator.page(for: dataset.source),
            provenance: locator.provenance(dataset.source), figures: figures, listRows: listRows, remarks: remarks)
    }

    private func link(_ tile: PrefectureTile) -> PageLink {
        PageLink(title: tile.name, outputPath: SitePage.outputPath(for: Self.root + [tile.slug]))
    }
}

/// A plain sentence on where a prefecture ranks high or low across datasets.
enum Standing {
    static func text(panels: [PrefecturePanel], name: String) -> String {
        var high: [String] = []
        var low: [String] = []
        for panel in panels {
            guard let value = panel.figures?.values.first(where: { $0.column.additive }) ?? panel.figures?.values.first,
                let rank = value.rank
            else { continue }
            let label = "\(panel.dataset.title)の\(value.column.title)（\(value.rankedCount)都道府県中\(rank)位）"
            if rank <= 3 { high.append(label) } else if rank > value.rankedCount - 3 { low.append(label) }
        }
        let ranked = panels.filter { $0.figures != nil }.count
        var sentences = ["\(name)は、\(panels.count)件のデータに記載があります（うち都道府県別の表 \(ranked)件）。"]
        if !high.isEmpty { sentences.append("全国で上位3位以内：" + list(high) + "。") }
        if !low.isEmpty { sentences.append("全国で下位3位以内：" + list(low) + "。") }
        if high.isEmpty && low.isEmpty && ranked > 0 { sentences.append("どの表でも、全国の上位・下位3位以内には入っていません。") }
        return sentences.joined()
    }

    /// The first few items and how many more, so the summary stays a sentence.
    private static func list(_ items: [String]) -> String {
        let shown = items.prefix(4).joined(separator: "、")
        return items.count > 4 ? shown + "ほか\(items.count - 4)件" : shown
    }
}

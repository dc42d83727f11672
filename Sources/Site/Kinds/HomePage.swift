import Charts
import Content
import Templates

/// What the home page shows around the editor's text: the documents the portal holds (issuer and
/// date), a tile map into the prefecture pages, the programs by theme, the datasets, and a handful
/// of national figures with their date and source.
struct HomeView: Sendable {
    let documents: [ListEntry]
    /// The content changed most recently, from the git history (none outside a checkout).
    let recent: [ListEntry]
    let map: LinkedMarkup?
    let themes: [ListGroup<PageLinkView>]
    let figures: [KeyFigure]
    let datasetsText: String
    /// Nil when the site has none of the kind, so the home page never links a missing index.
    let datasetsHref: SiteLink?
    let programsHref: SiteLink?
    let prefecturesHref: SiteLink

    /// How many national figures the home page shows.
    static let figureCount = 6
    /// How many recently changed pages the home page lists.
    static let recentCount = 8

    /// The pages made from content files, newest commit first (then by path, so the list is stable).
    static func recent(_ content: SiteContent) -> [ListEntry] {
        var sources: [(path: String, title: String, output: String)] = content.pages.map {
            ($0.sourcePath, $0.title, SitePage.outputPath(for: $0.location))
        }
        sources += content.programs.map { ($0.sourcePath, $0.title, ProgramRoutes.page($0)) }
        sources += content.documents.flatMap { document in
            document.sections.map {
                ($0.sourcePath, DocumentRoutes.heading($0.number, $0.title), SitePage.outputPath(for: DocumentRoutes.section($0, in: document.info)))
            }
        }
        let dated = sources.compactMap { source in content.lastCommitDates[source.path].map { (source, $0) } }
            .filter { !$0.0.output.isEmpty }
            .sorted { ($0.1, $1.0.path) > ($1.1, $0.0.path) }
        return dated.prefix(recentCount).map { source, date in
            ListEntry(title: source.title, href: SiteLink(source.output), meta: DateText.display(iso: date))
        }
    }

    /// The home page's view, for the page at the root of the site: made when the page is, since
    /// its recent pages sort every editor's page by date and a build that renders only edited
    /// pages (`BodyEdit`) would otherwise make it for nothing.
    static func source(_ content: SiteContent) -> PageViewSource {
        .assembled { _ in view(content) }
    }

    /// The home page's view from the content.
    private static func view(_ content: SiteContent) -> HomeView {
        let locator = SourceLocator(documents: content.documents)
        let documents = content.documents.map { document in
            let info = document.info
            let meta = [info.issuer ?? "発行者の記載なし", DateText.display(iso: info.dateISO, wareki: info.dateWareki), "\(document.sections.count)節"]
                .compactMap { $0 }.joined(separator: "・")
            return ListEntry(title: info.title, href: SiteLink(SitePage.outputPath(for: DocumentRoutes.cover(info))), meta: meta)
        }
        let ordered = ProgramOrder.sorted(content.programs)
        let themes = Program.themes.compactMap { theme -> ListGroup<PageLinkView>? in
            let members = ordered.filter { $0.theme == theme }
            guard !members.isEmpty else { return nil }
            let link = ProgramRoutes.theme(theme)
            return ListGroup(
                title: link.title, href: link.href,
                entries: members.map { PageLinkView(title: $0.title, href: SiteLink(ProgramRoutes.page($0))) })
        }
        // One national figure per program that has per-prefecture data, in site order.
        let datasets = Dictionary(content.datasets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen: Set<String> = []
        var figures: [KeyFigure] = []
        for program in ordered where figures.count < figureCount {
            let measured = program.datasets.compactMap { datasets[$0.id] }.filter { $0.shape == .prefectures && !seen.contains($0.id) }
            if let dataset = measured.first, let figure = KeyFigure(dataset, locator: locator) {
                seen.insert(dataset.id)
                figures.append(figure)
            }
        }
        // The map into the prefecture pages shows the first of those figures by prefecture.
        let tiles = content.prefectureList.tiles
        let links = Dictionary(tiles.map { ($0.code, PrefectureRoutes.page($0)) }, uniquingKeysWith: { a, _ in a })
        let mapped = figures.first.flatMap { figure in datasets[figure.heading.id] }
        let drawing = mapped.flatMap { dataset in
            dataset.columns.first { $0.type.isNumeric }.flatMap { column in
                DatasetCharts(dataset: dataset, prefectures: content.prefectureList, credit: DatasetCharts.credit(dataset, locator: locator))
                    .chart(ChartSpec(kind: .tileMap, columns: [column.key]), id: "home-map")
            }
        }
        let map = drawing.map { draw in LinkedMarkup { link in draw({ links[$0].map(link) }, .both).svg } }
        let recovered = content.datasets.filter { $0.unrecoverable == nil }.count
        return HomeView(
            documents: documents, recent: recent(content), map: map, themes: themes, figures: figures,
            datasetsText: "資料の表から取り出したデータセット \(content.datasets.count)件（うち表として復元できたもの \(recovered)件）",
            datasetsHref: content.datasets.isEmpty ? nil : SiteLink(SitePage.outputPath(for: DataRoutes.root)),
            programsHref: content.programs.isEmpty ? nil : SiteLink(SitePage.outputPath(for: ProgramRoutes.root)),
            prefecturesHref: SiteLink(SitePage.outputPath(for: PrefectureRoutes.root)))
    }
}

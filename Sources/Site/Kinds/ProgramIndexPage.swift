import Content
import Templates

/// `programs/index.html` (事業): every program, grouped by theme, and the same programs grouped by
/// the document that describes them, one line each.
struct ProgramIndexPage: PageKind {
    struct View: Sendable {
        let themes: [ListGroup<ListEntry>]
        let documents: [ListGroup<ListEntry>]
    }

    /// The anchor of a theme's group (themes are Japanese; anchors stay ASCII).
    static func anchor(_ theme: String) -> String {
        "theme-\((Program.themes.firstIndex(of: theme) ?? 0) + 1)"
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        guard !content.programs.isEmpty else { return [] }
        let ordered = ProgramOrder.sorted(content.programs)
        let locator = SourceLocator(documents: content.documents)
        /// Its detail is the program's English name, its meta the documents, sections and data.
        func item(_ program: Program) -> ListEntry {
            var meta = program.documents.map { locator.document($0.id)?.info.shortName ?? $0.id }.map { "原資料 \($0)" }
            meta.append("\(program.sections.count)節")
            if !program.datasets.isEmpty { meta.append("データ\(program.datasets.count)件") }
            return ListEntry(
                title: program.title, href: SiteLink(ProgramRoutes.page(program)), meta: meta.joined(separator: "・"),
                detail: program.gloss)
        }
        let themes = Program.themes.compactMap { theme -> ListGroup<ListEntry>? in
            let members = ordered.filter { $0.theme == theme }
            return members.isEmpty ? nil : ListGroup(id: Self.anchor(theme), title: theme, entries: members.map(item))
        }
        let documents = content.documents.enumerated().compactMap { index, document -> ListGroup<ListEntry>? in
            let members = ordered.filter { $0.documents.contains { $0.id == document.info.id } }
            return members.isEmpty ? nil : ListGroup(id: "document-\(index + 1)", title: document.info.title, entries: members.map(item))
        }
        return [
            SitePage(
                location: ProgramRoutes.root, title: "事業",
                description: "資料が説明している事業・制度・施策の一覧です。各事業のページに、資料の該当箇所、データ、都道府県別の状況をまとめています。",
                order: 20, template: "programs", view: .value(View(themes: themes, documents: documents)))
        ]
    }
}

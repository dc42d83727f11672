import Content
import Templates

/// The programs a prefecture page's panels measure: each panel names its programs, and the page
/// opens with the programs and the panels under each, so a reader finds a program's figures for
/// the prefecture from either side.
struct PrefecturePrograms: Sendable {
    /// A program with the panels of the page that measure it.
    struct Group: Sendable {
        let title: String
        let href: SiteLink
        let panels: [PageLinkView]
    }

    private let byDataset: [String: [Program]]

    init(_ programs: [Program]) {
        byDataset = ProgramRoutes.programsByDataset(programs)
    }

    /// Links to the programs measured by a dataset.
    func links(dataset: String) -> [PageLinkView] {
        (byDataset[dataset] ?? []).map { PageLinkView(title: $0.title, href: SiteLink(ProgramRoutes.page($0))) }
    }

    /// The programs measured by any of the panels, in site order, each with its panels.
    func groups(panels: [PrefecturePages.Panel]) -> [Group] {
        var order: [String] = []
        var programs: [String: Program] = [:]
        var anchors: [String: [PageLinkView]] = [:]
        for panel in panels {
            for program in byDataset[panel.id] ?? [] {
                if programs[program.slug] == nil {
                    order.append(program.slug)
                    programs[program.slug] = program
                }
                anchors[program.slug, default: []].append(PageLinkView(title: panel.title, href: SiteLink("#" + panel.id)))
            }
        }
        return order.compactMap { slug in
            programs[slug].map { Group(title: $0.title, href: SiteLink(ProgramRoutes.page($0)), panels: anchors[slug] ?? []) }
        }
    }
}

import Content
import Templates

/// Where the program pages live, and what the other kinds need to find a program.
enum ProgramRoutes {
    static let root = ["programs"]

    static func page(_ program: Program) -> String {
        SitePage.outputPath(for: root + [program.slug])
    }

    /// A theme's group on the program index, where the home page and each program link their theme.
    static func theme(_ theme: String) -> PageLinkView {
        PageLinkView(title: theme, href: SiteLink(SitePage.outputPath(for: root) + "#" + ProgramIndexPage.anchor(theme)))
    }

    /// The programs that list a dataset among those measuring them, by dataset id, in site order.
    static func programsByDataset(_ programs: [Program]) -> [String: [Program]] {
        var result: [String: [Program]] = [:]
        for program in ProgramOrder.sorted(programs) {
            for dataset in program.datasets where !(result[dataset.id]?.contains { $0.slug == program.slug } ?? false) {
                result[dataset.id, default: []].append(program)
            }
        }
        return result
    }
}

/// The order programs are listed in: theme order, then `order`, then title.
enum ProgramOrder {
    static func sorted(_ programs: [Program]) -> [Program] {
        programs.sorted { a, b in
            let left = (Program.themes.firstIndex(of: a.theme) ?? Int.max, a.order ?? Int.max, a.title, a.slug)
            let right = (Program.themes.firstIndex(of: b.theme) ?? Int.max, b.order ?? Int.max, b.title, b.slug)
            return left < right
        }
    }
}

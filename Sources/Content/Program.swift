/// A program (事業・制度・施策) the documents describe: `content/programs/<slug>.md`, hand-written.
public struct Program: Sendable, Equatable {
    /// A reference from the front matter to something else (a section, a dataset, a program), with
    /// the line it is written on so that a dangling one is reported where it stands.
    public struct Reference: Sendable, Equatable {
        public let id: String
        public let line: Int?

        public init(_ id: String, line: Int? = nil) {
            self.id = id
            self.line = line
        }
    }

    /// The themes programs are grouped under, in the order the programs index shows them.
    public static let themes = [
        "認知症施策", "認知症の医療・介護", "若年性認知症", "権利擁護", "生活困窮者支援", "資金貸付", "ホームレス対策",
        "地域福祉", "社会福祉協議会", "人権・地方改善", "消費生活協同組合", "財源・補助金",
    ]

    /// Path relative to the content directory: `programs/<slug>.md`.
    public let sourcePath: String
    public let slug: String
    /// The official name as the document prints it.
    public let title: String
    /// Other names the documents use, for wiki links and for linking mentions in section text.
    public let aliases: [String]
    /// A short English gloss.
    public let gloss: String
    public let theme: String
    public let governingBody: String?
    /// Ids of the source documents that describe it.
    public let documents: [Reference]
    /// `<doc-id>/<section file name without .md>`.
    public let sections: [Reference]
    /// Ids of the datasets that measure it.
    public let datasets: [Reference]
    /// Slugs of related programs.
    public let related: [Reference]
    public let order: Int?
    public let body: String
    public let bodyLine: Int

    public init(
        sourcePath: String, slug: String, title: String, aliases: [String], gloss: String, theme: String,
        governingBody: String?, documents: [Reference], sections: [Reference], datasets: [Reference],
        related: [Reference], order: Int?, body: String, bodyLine: Int
    ) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.title = title
        self.aliases = aliases
        self.gloss = gloss
        self.theme = theme
        self.governingBody = governingBody
        self.documents = documents
        self.sections = sections
        self.datasets = datasets
        self.related = related
        self.order = order
        self.body = body
        self.bodyLine = bodyLine
    }

    /// Every name the program is known by: its title, then its aliases.
    public var names: [String] { [title] + aliases }
}

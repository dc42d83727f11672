/// The wording a 新旧対照表 replaces, kept beside the revised text it belongs to.
///
/// It is written as a labelled blockquote: the site renders Markdown with raw HTML disabled, so a
/// `<details>` fold would vanish and leave the former wording as an unmarked paragraph, reading
/// as if the text were printed twice.
enum FormerWording {
    /// The label heading the quote.
    static let label = "改正前（現行）の文"

    /// The former wording as a quote under its label.
    static func block(_ markdown: String) -> String {
        let quoted = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
        return (["> **\(label)**", ">"] + quoted).joined(separator: "\n")
    }
}

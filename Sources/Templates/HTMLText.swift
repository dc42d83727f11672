import Escaping
import Mustache

/// The escaping of `{{value}}` in Shiryo's templates: the project's one escaper, `Markup.escape`.
///
/// Mustache escapes Character by Character through a dictionary, which cost about a twentieth of a
/// portal build, and leaves a `<` unescaped when a combining mark joins it into another Character;
/// the shared escaper works on bytes and escapes every `&<>"'`.
struct HTMLText: MustacheContentType {
    /// The name the templates' content-type pragma refers to.
    static let name = "SHIRYO_HTML"
    /// Prepended to every template; a pragma alone on its line leaves no text behind.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String { Markup.escape(text) }
}

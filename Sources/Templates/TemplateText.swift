import Mustache

/// A text value as the templates see it: it renders, scopes sections and answers transforms exactly
/// as the `String` it holds, but Mustache recognises it at its first check.
///
/// Mustache renders a plain `String` only after asking whether it is a template, a custom
/// renderable, a lambda or an optional, then prints it through `String(describing:)`; inside a
/// `{{#text}}` section every lookup reflects the string with `Mirror`. Each of those is a runtime
/// protocol-conformance search, which made these checks the largest part of rendering a page.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }
    /// An empty string still opens its section, as a `String` would.
    var isNull: Bool { false }

    /// A string has no keys: its `Mirror` has no children.
    func child(named: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }
}

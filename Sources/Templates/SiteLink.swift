/// A link to a file of the built site, written from the site root (`data/x/index.html#table`).
///
/// View values hold these instead of relative links; rendering turns each into the relative link
/// from the page being rendered, so no page generator ever works out a relative path, and a page
/// rendered at another address (the 404 page) still links correctly.
public struct SiteLink: Sendable, Hashable {
    /// Path inside the output directory, optionally with a `#fragment`.
    public let target: String

    /// A link to the output file at `target`.
    public init(_ target: String) {
        self.target = target
    }
}

/// Part of a view drawn when the page it goes on is rendered: markup that holds links (a table with
/// prefecture links, a chart with clickable tiles), or a view value made from such markup.
///
/// Only markup renderers (tables, charts) receive the link function; view values themselves hold
/// `SiteLink`s.
public struct LinkedMarkup: Sendable {
    /// Draws the part given the link function of the page being rendered: a `String` of markup or
    /// a view value.
    public let draw: @Sendable (_ link: @escaping (String) -> String) -> any Sendable

    /// A part drawn later with the page's link function.
    public init(_ draw: @escaping @Sendable (_ link: @escaping (String) -> String) -> any Sendable) {
        self.draw = draw
    }
}

/// A view value after the link pass: every `SiteLink` made relative and every `LinkedMarkup` drawn
/// for one page, ready for any number of renders.
///
/// Made by `TemplateSet.prepare(_:link:)`; immutable once made (the values inside are strings,
/// flags and lists of them), which is why it may cross threads.
public struct PreparedView: @unchecked Sendable {
    let value: Any
}

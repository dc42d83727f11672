import Templates

/// What the templates see for one page: pre-formatted strings, links and flags only; what is
/// particular to the page's kind is under `view`.
///
/// Mustache looks values up by name through reflection, so these are plain stored properties; a nil
/// optional or an empty list hides its `{{#section}}`.
struct PageView {
    struct Link {
        let title: String
        let href: SiteLink
        let current: Bool
    }

    struct TocEntry {
        let text: String
        let href: String
        let nested: Bool
    }

    struct Child {
        let title: String
        let href: SiteLink
        let description: String?
    }

    let lang: String
    let title: String
    let documentTitle: String
    let description: String?
    /// The site header, rendered once per form by `SiteHeaders`.
    let header: String
    let stylesheetHref = SiteLink("assets/site.css")
    let faviconHref = SiteLink("assets/favicon.svg")
    /// The stylesheet's text, for the 404 page: a server shows it at any address, where a relative
    /// link to the stylesheet would miss.
    var inlineStyle: String? = nil
    /// `<base href>` for the 404 page when the site's address is known, so its relative links
    /// resolve from any depth.
    var baseHref: String? = nil
    let scriptHref = SiteLink("assets/site.js")
    let tableScriptHref = SiteLink("assets/table-sort.js")
    let canonicalURL: String?
    let breadcrumbs: [Link]
    let toc: [TocEntry]
    let content: String
    let children: [Child]
    let editHref: String?
    let footer: String?
    /// 「最終更新」: the date of the source file's last commit, when built inside a checkout.
    let updated: String?
    /// The page kind's own view value.
    let view: (any Sendable)?
}

// Wrapped once per page; listing the fields spares a reflection of the whole view on every page.
extension PageView: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("lang", lang), ("title", title), ("documentTitle", documentTitle),
            ("description", TemplateValue.optional(description)), ("header", header), ("stylesheetHref", stylesheetHref),
            ("faviconHref", faviconHref), ("inlineStyle", TemplateValue.optional(inlineStyle)),
            ("baseHref", TemplateValue.optional(baseHref)), ("scriptHref", scriptHref), ("tableScriptHref", tableScriptHref),
            ("canonicalURL", TemplateValue.optional(canonicalURL)), ("breadcrumbs", breadcrumbs), ("toc", toc),
            ("content", content), ("children", children), ("editHref", TemplateValue.optional(editHref)),
            ("footer", TemplateValue.optional(footer)), ("updated", TemplateValue.optional(updated)), ("view", TemplateValue.optional(view)),
        ]
    }
}

// List items are rendered dozens of times per page, so they answer keys without reflection.
extension PageView.Link: TemplateObject {
    func templateValue(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "href": href
        case "current": current
        default: nil
        }
    }
}

extension PageView.TocEntry: TemplateObject {
    func templateValue(forKey key: String) -> Any? {
        switch key {
        case "text": text
        case "href": href
        case "nested": nested
        default: nil
        }
    }
}

extension PageView.Child: TemplateObject {
    func templateValue(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "href": href
        case "description": TemplateValue.optional(description)
        default: nil
        }
    }
}

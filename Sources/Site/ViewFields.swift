import Templates

// The views that many pages hold many of (a dataset's reference in every panel, the outline of
// every section, the checks, the summary rows) and the views of the page kinds list their fields
// for the templates, so that wrapping them does not reflect each one with `Mirror`.

extension DatasetReference: TemplateFields {
    var templateFields: [(String, Any)] {
        [("datasetHref", datasetHref), ("asOf", asOf as Any), ("provenance", provenance), ("sourceHref", sourceHref as Any)]
    }
}

extension DatasetHeading: TemplateFields {
    var templateFields: [(String, Any)] { [("id", id), ("title", title), ("reference", reference)] }
}

extension OutlineView: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("number", number), ("title", title), ("href", href), ("lines", lines as Any), ("depth", depth),
            ("opensList", opensList), ("closes", closes),
        ]
    }
}

extension OutlineView.Closing: TemplateFields {
    var templateFields: [(String, Any)] { [] }
}

extension CheckView: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("dataset", dataset as Any), ("title", title), ("result", result), ("resultClass", resultClass),
            ("expected", expected as Any), ("actual", actual as Any), ("explanation", explanation as Any),
        ]
    }
}

extension PrefectureSummary.Row: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("label", label), ("href", href), ("value", value), ("detail", detail as Any), ("rank", rank as Any),
            ("rankedOf", rankedOf), ("position", position as Any), ("standing", standing), ("asOf", asOf as Any),
        ]
    }
}

extension PrefecturePages.View: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("region", region), ("standing", standing), ("summaryRows", summaryRows as Any), ("tocItems", tocItems), ("documents", documents),
            ("previous", previous as Any), ("next", next as Any), ("neighbours", neighbours), ("programItems", programItems as Any),
        ]
    }
}

extension SectionPages.View: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("document", document), ("provenance", provenance), ("sourceHref", sourceHref), ("linesHref", linesHref),
            ("parts", parts), ("previous", previous as Any), ("next", next as Any), ("hasPager", hasPager),
            ("excerpt", excerpt), ("body", body),
        ]
    }
}

extension DatasetPages.View: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("reference", reference), ("sectionHref", sectionHref as Any), ("sectionTitle", sectionTitle as Any),
            ("documentTitle", documentTitle), ("shapeLabel", shapeLabel), ("charts", charts), ("table", table as Any),
            ("checks", checks), ("checkSummary", checkSummary), ("notes", notes), ("downloads", downloads as Any),
            ("unrecoverable", unrecoverable as Any),
        ]
    }
}

extension DatasetPages.Chart: TemplateFields {
    var templateFields: [(String, Any)] { [("svg", svg), ("caption", caption), ("tableHref", tableHref), ("svgHref", svgHref)] }
}

extension DatasetPages.Downloads: TemplateFields {
    var templateFields: [(String, Any)] { [("csvHref", csvHref), ("jsonHref", jsonHref)] }
}

extension ProgramPages.View: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("gloss", gloss), ("theme", theme), ("governingBody", governingBody as Any), ("documents", documents),
            ("figures", figures), ("datasets", datasets), ("maps", maps), ("prefectures", prefectures),
            ("sections", sections), ("budgets", budgets), ("related", related),
        ]
    }
}

extension ProgramPages.MapPanel: TemplateFields {
    var templateFields: [(String, Any)] { [("heading", heading), ("map", map as Any), ("ranking", ranking as Any), ("table", table)] }
}

// The header is rendered once per form of page (a few dozen times per site), each time with a
// link per top-level page: listing the fields spares reflecting every link with `Mirror`.
extension HeaderView: TemplateFields {
    var templateFields: [(String, Any)] {
        [("siteTitle", siteTitle), ("homeHref", homeHref), ("navigation", navigation)]
    }
}

extension HeaderView.Link: TemplateObject {
    func templateValue(forKey key: String) -> Any? {
        switch key {
        case "title": title
        case "fullTitle": TemplateValue.optional(fullTitle)
        case "href": href
        case "current": current
        default: nil
        }
    }
}

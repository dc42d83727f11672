import Templates

// A prefecture page holds a panel per dataset (about a hundred), each with its lines of values;
// listing their fields spares reflecting each one on all 47 pages.

extension PrefecturePages.DocumentGroup: TemplateFields {
    var templateFields: [(String, Any)] {
        [("id", id), ("title", title), ("panels", panels), ("absent", absent), ("absentLabel", absentLabel)]
    }
}

extension PrefecturePages.Panel: TemplateFields {
    var templateFields: [(String, Any)] {
        [
            ("heading", heading), ("valueRows", valueRows as Any), ("shareNote", shareNote as Any), ("blanks", blanks as Any),
            ("dashes", dashes as Any), ("cityItems", cityItems as Any), ("citiesTitle", citiesTitle), ("strip", strip as Any),
            ("listTable", listTable as Any), ("listSummary", listSummary as Any), ("absent", absent as Any),
            ("checks", checks), ("remarks", remarks), ("programs", programs),
        ]
    }
}

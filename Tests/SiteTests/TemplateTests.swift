import Foundation
import Testing

@testable import Site
import Templates

/// Mustache renders an unknown key as empty text, so a typo in a template would silently drop
/// content; these tests tie every key the templates use to the view model, and pin one whole page.
@Suite struct TemplateTests {
    /// Names used in `{{name}}`, `{{{name}}}`, `{{#name}}`, `{{^name}}` and `{{&name}}` tags (closing
    /// tags repeat an opening one, and `{{/layout}}` closes an inheritance tag, not a key).
    static func keys(in text: String) -> Set<String> {
        Set(SiteAudit.matches(#"\{\{\{?[#^&]?\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}?\}\}"#, in: text))
    }

    static func templateTexts() throws -> [String: String] {
        var texts: [String: String] = [:]
        let root = Repository.templates
        for (path, data) in FileTree.snapshot(root) where path.hasSuffix(".mustache") {
            texts[path] = String(decoding: data, as: UTF8.self)
        }
        return texts
    }

    /// Every stored property name of the view model and of the values nested in its lists.
    static func viewModelKeys() -> Set<String> {
        let link = PageView.Link(title: "", href: "", current: false)
        let outline = OutlineView(number: "", title: "", href: "", lines: nil, nested: false)
        let check = CheckView(
            title: "", result: "", resultClass: "", expected: nil, actual: nil, explanation: nil, datasetTitle: nil,
            datasetHref: nil)
        let view = PageView(
            lang: "ja", title: "", documentTitle: "", description: nil, header: "", stylesheetHref: "",
            scriptHref: "", tableScriptHref: "", canonicalURL: nil, breadcrumbs: [link],
            toc: [PageView.TocEntry(text: "", href: "", nested: false)], content: "",
            children: [PageView.Child(title: "", href: "", description: nil)], editHref: nil, footer: nil,
            documentList: [DocumentItemView(title: "", href: "", issuer: nil, date: nil, sectionCount: "")],
            document: DocumentCoverView(
                issuer: nil, date: nil, publication: nil, sourceFile: "", sourceHref: "", outline: [outline]),
            section: SectionView(
                documentTitle: "", documentHref: "", provenance: "", sourceHref: "", parts: [outline], hasParts: true,
                previous: outline, next: outline, hasPager: true, excerpt: [SourceLineView(number: "1", text: "")],
                hasExcerpt: true),
            datasetGroups: [
                DatasetGroupView(
                    documentTitle: "", documentHref: nil,
                    datasets: [DatasetItemView(title: "", href: "", meta: "", checks: "", unrecoverable: nil)])
            ],
            dataset: DatasetView(
                provenance: "", sourceHref: nil, documentTitle: "", asOf: nil, shapeLabel: "",
                charts: [ChartView(svg: "", caption: "", tableHref: "")], hasCharts: true, table: nil, checks: [check],
                hasChecks: true, checkSummary: "", notes: [""], hasNotes: true, csvHref: nil, jsonHref: nil,
                unrecoverable: nil),
            quality: QualityView(
                summary: "", checks: [check], mismatches: [check], hasMismatches: true,
                unrecoverable: [UnrecoverableView(title: "", href: "", reason: "", provenance: "")], hasUnrecoverable: true),
            prefecture: PrefectureView(
                region: "", standing: "", toc: [LinkView(title: "", href: "")],
                panels: [
                    PanelView(
                        id: "", title: "", documentTitle: "", datasetHref: "", sourceHref: nil, provenance: "", asOf: nil,
                        values: [ValueView(label: "", value: "", rank: nil, share: nil)], hasValues: true,
                        cities: [CityView(name: "", values: "")], hasCities: true, citiesTitle: "", strip: nil, listTable: nil,
                        listSummary: nil, absent: nil, checks: [""], hasChecks: true, remarks: [""], hasRemarks: true)
                ],
                previous: nil, next: nil, neighbours: [LinkView(title: "", href: "")], hasNeighbours: true),
            prefectureIndex: PrefectureIndexView(
                maps: [IndicatorMapView(title: "", svg: "", caption: "", datasetHref: "", open: true)], hasMaps: true,
                table: ""))
        var keys: Set<String> = []
        func collect(_ value: Any) {
            for child in Mirror(reflecting: value).children {
                guard let label = child.label else { continue }
                keys.insert(label)
                if let list = child.value as? [Any], let first = list.first {
                    collect(first)
                } else if case Optional<Any>.some(let wrapped) = child.value as Any? {
                    collect(wrapped)
                }
            }
        }
        collect(view)
        collect(HeaderView(siteTitle: "", homeHref: "", navigation: [link], hasNavigation: true))
        // Blocks of the layout that templates fill in, and `.` (the current item), not view-model keys.
        return keys.union(["main"])
    }

    @Test func everyTemplateKeyExistsInTheViewModel() throws {
        let known = Self.viewModelKeys()
        for (path, text) in try Self.templateTexts() {
            let unknown = Self.keys(in: text).subtracting(known)
            #expect(unknown.isEmpty, "\(path) uses keys the view model lacks: \(unknown.sorted())")
        }
    }

    @Test func keyScannerFindsEveryTagForm() {
        let keys = Self.keys(in: "{{a}} {{{b}}} {{#c}}{{/c}} {{^d}}{{/d}} {{& e}} {{>partials/x}} {{<layout}} {{$main}}")
        #expect(keys == ["a", "b", "c", "d", "e"])
    }

    /// A reviewed rendering of one page; re-record with RECORD_GOLDEN=1 after an intended change.
    @Test func pageMatchesGolden() throws {
        let site = try FixtureSite(BuildIntegrationTests.wiki)
        try site.build()
        let actual = try site.page("guide/setup/index.html")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/guide-setup.html")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
            || !FileManager.default.fileExists(atPath: golden.path)
        {
            try Data(actual.utf8).write(to: golden)
            Issue.record("recorded \(golden.lastPathComponent); review it and run the tests again")
            return
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)))
    }
}

@Suite struct TemplateObjectTests {
    /// A hand-written key lookup must answer every stored property, or a template would render a
    /// blank where the value should be.
    @Test(arguments: [
        PageView.Link(title: "t", href: "h", current: true) as any TemplateObject,
        PageView.TocEntry(text: "t", href: "h", nested: true),
        PageView.Child(title: "t", href: "h", description: nil),
        PageView.Child(title: "t", href: "h", description: "d"),
    ])
    func answersEveryStoredProperty(_ object: any TemplateObject) {
        for child in Mirror(reflecting: object).children {
            guard let label = child.label else { continue }
            #expect(object.templateValue(forKey: label) != nil, "\(type(of: object)) does not answer \(label)")
        }
        #expect(object.templateValue(forKey: "no-such-key") == nil)
    }
}

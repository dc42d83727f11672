import Content

/// Every label and sentence the site writes from Swift, in one place; the rest of the page text is
/// in templates/. Kept together so wording stays consistent and a translation or a style change
/// touches one file.
enum SiteText {
    // MARK: Generated pages

    static let documentsTitle = "資料"
    static let documentsDescription = "このサイトが元にしている資料の一覧です。各資料は節ごとのページに分かれています。"
    static let dataTitle = "データ"
    static let dataDescription =
        "資料の表から取り出したデータセットの一覧です。各データは原資料の行番号と、原資料に記載された合計との照合結果を添えています。"
    static let qualityTitle = "データ品質"
    static let qualityDescription = "すべてのデータセットについて、原資料の合計・行の関係・他の表との一致を照合した結果です。"
    static let prefecturesTitle = "都道府県"
    static let prefecturesDescription = "47都道府県それぞれについて、資料の表に記載された値を集めたページです。"
    static let notFoundTitle = "ページが見つかりません"
    static let searchTitle = "サイト内検索"
    static let searchDescription = "このサイトのすべてのページの本文・見出し・表から語句を探します。"

    static func prefectureDescription(_ name: String, region: String) -> String { "\(name)（\(region)地方）の施策とデータ" }

    // MARK: Provenance and counts

    /// `原資料 001 行 3173–5598`.
    static func provenance(_ document: String, _ lines: SourceLines) -> String { "原資料 \(document) 行 \(lines)" }
    /// `原資料 行 12–80`, where the document is already named.
    static func sourceLines(_ lines: SourceLines) -> String { "原資料 行 \(lines)" }
    /// The title of a document's line-by-line view.
    static func sourceViewTitle(_ title: String) -> String { "\(title)（原資料のテキスト）" }
    /// The label of lines outside every section in the line-by-line view.
    static let outsideSections = "表紙・目次など（節に含まれない行）"
    /// `行 12–80`, in an outline.
    static func lines(_ lines: String) -> String { "行 \(lines)" }
    static func sectionCount(_ count: Int) -> String { "\(count)節" }
    static func rowCount(_ count: Int) -> String { "\(count)行" }
    static func itemCount(_ count: Int) -> String { "\(count)件" }
    /// What a document's original is, by the importer's format: the roster is a table saved as
    /// tab-separated text, the others text taken from a PDF.
    static func originalKind(format: String) -> String {
        format == "tsv-roster" ? "タブ区切りのテキスト（表）" : "PDF から抽出されたテキスト"
    }
    /// Between the parts of a listing's meta line.
    static let separator = "・"

    // MARK: Datasets and checks

    static func shape(_ shape: DatasetShape) -> String {
        switch shape {
        case .prefectures: "都道府県別"
        case .list: "一覧"
        case .series: "年次推移"
        }
    }

    static func result(_ result: CheckResult) -> String {
        switch result {
        case .pass: "一致"
        case .mismatch: "不一致"
        case .notCheckable: "照合不能"
        }
    }

    /// `検証 5件：一致 4・不一致 1`.
    static func checkSummary(_ checks: [DatasetCheck]) -> String {
        guard !checks.isEmpty else { return "検証なし" }
        let counts = CheckResult.allCases.map { result in (result, checks.filter { $0.result == result }.count) }
            .filter { $0.1 > 0 }.map { "\(Self.result($0.0)) \($0.1)" }
        return "検証 \(checks.count)件：" + counts.joined(separator: separator)
    }

    /// The quality page's summary: the checks, then over how many datasets.
    static func qualitySummary(_ checks: [DatasetCheck], datasets: Int) -> String {
        checkSummary(checks) + "（\(datasets)データセット）"
    }

    /// A failed check in one sentence, with its figures and explanation.
    static func failedCheck(_ check: DatasetCheck, expected: String?, actual: String?) -> String {
        var text = "検証「\(check.title)」が不一致"
        if let expected, let actual { text += "（原資料 \(expected)、計算 \(actual)）" }
        if let explanation = check.explanation { text += "。\(explanation)" }
        return text
    }

    static let qualityTableCaption = "データセットごとの検証結果"
    static let qualityColumns = (dataset: "データセット", check: "検証", result: "結果", expected: "原資料", actual: "計算")

    /// `合計（原資料）`: the label of the source's totals row.
    static func statedTotals(_ label: String) -> String { "\(label)（原資料）" }
    /// A table caption with its as-of date.
    static func caption(_ title: String, asOf: String?) -> String { title + (asOf.map { "（\($0)）" } ?? "") }

    // MARK: Charts

    /// `データ：列`, a chart or summary column of one column of a dataset.
    static func columnTitle(_ dataset: String, _ column: String) -> String { "\(dataset)：\(column)" }
    static func rankedBarTitle(_ dataset: String, _ column: String) -> String { "\(dataset)：\(column)（都道府県別の順位）" }
    static func tileMapTitle(_ dataset: String, _ column: String) -> String { "\(dataset)：\(column)（地図）" }
    static func timeSeriesTitle(_ dataset: String) -> String { dataset.hasSuffix("推移") ? dataset : "\(dataset)（推移）" }
    /// `表題：男・女（内訳）` when the chart draws only some of the columns, else `表題（内訳）`.
    static func compositionTitle(_ dataset: String, columns: [String] = []) -> String {
        (columns.isEmpty ? dataset : columnTitle(dataset, columns.joined(separator: separator))) + "（内訳）"
    }
    static func rankStripTitle(_ dataset: String, _ column: String) -> String { "\(dataset)：\(column)の全国での位置" }

    // MARK: Prefecture pages

    static let summaryTableCaption = "都道府県別の主な指標（率のある指標は率）"
    /// The accessible name of a key indicator's tile map.
    static func keyMapTitle(_ label: String) -> String { "\(label)（都道府県別の地図）" }
    /// The line a folded map opens with: the indicator and its table.
    static func keyMapSummary(_ label: String, dataset: String) -> String { "\(label)（\(dataset)）" }
    static let summaryColumns = (prefecture: "都道府県", region: "地方")
    static func absentFromTable(_ name: String) -> String { "この表には\(name)の記載がありません。" }
    static func absentFromList(_ name: String) -> String { "この一覧には\(name)の項目がありません。" }
    /// The heading over designated-city rows, which are never added into the prefecture's value.
    static func citiesTitle(_ column: String?, prefecture: String) -> String {
        "\(column ?? "市")の行（\(prefecture)の値には含まれません）"
    }
    static func rank(_ rank: Int, of count: Int) -> String { "全国\(count)都道府県中\(rank)位" }
    static func share(_ percent: String, ofStatedTotal: Bool) -> String {
        "全国の\(percent)%" + (ofStatedTotal ? "（原資料の合計に対する割合）" : "（各都道府県の合計に対する割合）")
    }
    static let blank = "記載なし"
    static let dash = "－（該当なし）"
    /// Joins the values of a city row.
    static let listSeparator = "、"

    /// Where a prefecture ranks high or low among all the values its panels show, in a sentence or two.
    static func standing(name: String, datasets: Int, ranked: Int, reach: Int, high: [String], low: [String]) -> String {
        var sentences = ["\(name)は\(datasets)件の表に記載があります（うち都道府県別の表 \(ranked)件）。"]
        // Two of each are named, so the sentence stays short enough for the key indicators below
        // it to fit the first screen; the panels list the rest.
        if !high.isEmpty { sentences.append("各表の値のうち全国上位\(reach)位以内：" + list(high, naming: 2) + "。") }
        if !low.isEmpty { sentences.append("下位\(reach)位以内：" + list(low, naming: 2) + "。") }
        if high.isEmpty && low.isEmpty && ranked > 0 { sentences.append("各表のどの値も、全国の上位・下位\(reach)位以内には入っていません。") }
        return sentences.joined()
    }

    /// `ケアパス作成率（47位）`, one item of a standing.
    static func standingRank(_ label: String, rank: Int) -> String { "\(label)（\(rank)位）" }
    /// What a key indicator is ranked by when it has a rate: its own label, or `…の割合`.
    static func rateLabel(_ label: String, rate: String?) -> String { rate ?? "\(label)の割合" }
    /// The count shown under a rate, e.g. `作成済市町村 11市町村`.
    static func countBesideRate(_ label: String, _ count: String) -> String { "\(label) \(count)" }
    static func rankNumber(_ rank: Int) -> String { "\(rank)位" }
    static func rankedOf(_ count: Int) -> String { "／\(count)" }
    static let summaryTitle = "主な指標"
    static let summaryHeaders = (indicator: "指標", value: "値", rank: "全国順位（多い順）", position: "全国での位置", asOf: "時点")
    /// One line naming the tables of a document that do not name the prefecture.
    static func absentTables(_ name: String) -> String { "\(name)の記載がない表：" }
    /// `10位／47`: a value's rank among the prefectures, short enough for one line.
    static func shortRank(_ rank: Int, of count: Int) -> String { "\(rank)位／\(count)" }
    /// What a panel's shares are shares of.
    static func shareNote(stated: Bool, summed: Bool) -> String {
        switch (stated, summed) {
        case (true, true): "全国に占める割合は原資料の合計に対する値（\(summedMark)は各都道府県の値の合計に対する値）です。"
        case (true, false): "全国に占める割合は原資料の合計に対する値です。"
        default: "全国に占める割合は各都道府県の値の合計に対する値です。"
        }
    }
    static let summedMark = "†"
    static let valueHeaders = (item: "項目", value: "値", rank: "全国順位", share: "全国に占める割合")
    /// The columns the source leaves blank, in one line.
    static func blanks(_ columns: String) -> String { "原資料で空欄（記載なし）：\(columns)" }
    /// The columns the source marks with a dash, in one line.
    static func dashes(_ columns: String) -> String { "原資料で「－」（該当なし）：\(columns)" }
    /// The line above a rank strip: what it places and which way the axis runs.
    /// Short enough for one line at 390 px; the axis's ends say which way it runs.
    static func rankStripLabel(_ label: String, count: Int) -> String { "\(label)の全国での位置（\(count)都道府県）" }

    /// The first few items and how many more, so the summary stays a sentence.
    private static func list(_ items: [String], naming count: Int = 4) -> String {
        let shown = items.prefix(count).joined(separator: listSeparator)
        return items.count > count ? shown + "ほか\(items.count - count)件" : shown
    }
}

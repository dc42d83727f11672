import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// Adds the checks that compare tables of the document with each other: figures printed
    /// twice (a table in the body and its per-prefecture table in the 参考資料) must agree.
    static func crossChecked(_ datasets: [Dataset], users: [NumberCell]?) -> [Dataset] {
        var book = CrossBook(datasets: datasets)
        if let users {
            for (index, column) in ["dementia", "intellectual", "mental", "other", "total"].enumerated() {
                book.compare(
                    in: ContractHistory.id, id: "users-match-prefecture-table-\(column)",
                    title: "平成21年11月末の実利用者数が都道府県・指定都市別の表（\(selfRelianceUsers)）の件数合計と一致する",
                    stated: users[index].value.map(DatasetNumber.format), other: book.total(selfRelianceUsers, column),
                    columns: [column])
            }
        }
        book.checkModelMunicipalitiesAreListed()
        return book.datasets
    }

    /// The datasets with look-ups by id, and a way to add a comparison to one of them.
    struct CrossBook {
        var datasets: [Dataset]

        /// Every 地域福祉推進市町村 should be a municipality of the same prefecture in the
        /// 地域福祉計画 list, which names all 1,801 of them.
        mutating func checkModelMunicipalitiesAreListed() {
            guard let models = datasets.firstIndex(where: { $0.id == ModelMunicipalities.id }),
                  let list = dataset(MunicipalPlanList.id), let listCode = list.columnIndex("code"),
                  let listName = list.columnIndex("municipality"), let code = datasets[models].columnIndex("code"),
                  let name = datasets[models].columnIndex("municipality")
            else { return }
            let known = Set(list.rows.map { $0[listCode] + "/" + $0[listName] })
            let missing = datasets[models].rows.indices.filter { !known.contains(datasets[models].rows[$0][code] + "/" + datasets[models].rows[$0][name]) }
            datasets[models].checks.append(DatasetChecks.verdict(
                id: "listed-as-municipalities", kind: .crossDataset,
                title: "各市町村が市町村地域福祉計画策定状況一覧（\(MunicipalPlanList.id)）に同じ都道府県の市町村として載っている",
                holds: missing.isEmpty, expected: String(datasets[models].rows.count),
                actual: String(datasets[models].rows.count - missing.count), rows: missing.map { String($0 + 1) },
                columns: ["municipality"]))
        }

        func dataset(_ id: String) -> Dataset? { datasets.first { $0.id == id } }

        func total(_ id: String, _ column: String) -> String? { dataset(id)?.totals.first { $0.column == column }?.value }

        /// Records `stated` against `other` in dataset `id` (``DeclaredValueCheck/record``).
        mutating func compare(
            in id: String, id checkID: String, title: String, stated: String?, other: String?, rows: [String] = [],
            columns: [String]
        ) {
            guard let index = datasets.firstIndex(where: { $0.id == id }) else { return }
            DeclaredValueCheck.record(
                in: &datasets[index], id: checkID, title: title, stated: stated, other: other, rows: rows, columns: columns)
        }
    }
}

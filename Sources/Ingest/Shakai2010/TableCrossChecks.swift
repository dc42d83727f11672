import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// Adds the checks that compare tables of the document with each other: figures printed
    /// twice (a table in the body and its per-prefecture table in the 参考資料) must agree.
    static func crossChecked(_ datasets: [Dataset], users: [NumberCell]?) -> [Dataset] {
        var datasets = datasets
        if let users, let index = datasets.index(ofDataset: ContractHistory.id) {
            let totals = datasets.first { $0.id == selfRelianceUsers }?.totals ?? []
            for (position, column) in ["dementia", "intellectual", "mental", "other", "total"].enumerated() {
                DeclaredValueCheck.record(
                    in: &datasets[index], id: "users-match-prefecture-table-\(column)",
                    title: "平成21年11月末の実利用者数が都道府県・指定都市別の表（\(selfRelianceUsers)）の件数合計と一致する",
                    stated: users[position].value.map(DatasetNumber.format), other: totals.first { $0.column == column }?.value,
                    columns: [column])
            }
        }
        checkModelMunicipalitiesAreListed(&datasets)
        return datasets
    }

    /// Every 地域福祉推進市町村 should be a municipality of the same prefecture in the
    /// 地域福祉計画 list, which names all 1,801 of them.
    static func checkModelMunicipalitiesAreListed(_ datasets: inout [Dataset]) {
        guard let models = datasets.index(ofDataset: ModelMunicipalities.id),
              let list = datasets.first(where: { $0.id == MunicipalPlanList.id }), let listCode = list.columnIndex("code"),
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
}

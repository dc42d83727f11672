import Content
import Foundation
import Japanese

/// R1 against T2: for each prefecture, the centres it designated plus those of its designated
/// cities equal T2's センター数.
struct CentreCountCrossCheck: CrossDatasetCheck {
    func apply(to datasets: inout [Dataset]) {
        let title = "都道府県ごとのセンター数（指定都市分を含む）が一覧の件数と一致する"
        guard datasets.recordMissing([CentreListReader.id, Ninchisho.centreCoverage], in: title, id: "centres-vs-list"),
              let listIndex = datasets.index(ofDataset: CentreListReader.id),
              let tableIndex = datasets.index(ofDataset: Ninchisho.centreCoverage)
        else { return }
        let list = datasets[listIndex]
        let table = datasets[tableIndex]
        guard let centres = table.columnIndex("centres") else { return }
        let check = ListCountCheck.check(
            id: "centres-vs-list", title: title,
            stated: table.rows.map { .init(key: $0[0], name: $0[1], value: DatasetNumber.parse($0[centres]) ?? 0) }, list: list,
            statedName: "表", passNote: "47都道府県すべてで一致（\(CentreListReader.id) と \(Ninchisho.centreCoverage)）",
            columns: ["centres"])
        datasets[tableIndex].checks.append(check)
        datasets[listIndex].checks.append(check.naming(["code"]))
        if let countsIndex = datasets.index(ofDataset: CentreListReader.countsID) {
            var countsCheck = check
            countsCheck.title = "都道府県の指定数と指定都市の指定数の和が設置済圏域数の表のセンター数と一致する"
            datasets[countsIndex].checks.append(countsCheck)
        }
    }
}

/// R1 against T3: the number of centres of each type.
struct CentreTypeCrossCheck: CrossDatasetCheck {
    func apply(to datasets: inout [Dataset]) {
        guard datasets.recordMissing([CentreListReader.id, Ninchisho.centreTypes], in: "類型別の設置数が一覧の件数と一致する", id: "types-vs-list"),
              let listIndex = datasets.index(ofDataset: CentreListReader.id),
              let typesIndex = datasets.index(ofDataset: Ninchisho.centreTypes),
              let typeColumn = datasets[listIndex].columnIndex("type")
        else { return }
        let list = datasets[listIndex]
        // A type's id part is the key of its column in the counts (基幹型 → kikan).
        let keys = datasets.index(ofDataset: CentreListReader.countsID).map { datasets[$0].columns } ?? []
        let checks = datasets[typesIndex].rows.map { row in
            let type = row[0]
            let found = list.rows.filter { $0[typeColumn] == type }.count
            return DatasetChecks.outcome(
                id: "type-\(keys.first { $0.title == type }?.key ?? "other")-vs-list", kind: .crossDataset, title: "\(type)の設置数が一覧の件数と一致する",
                expected: DatasetNumber.parse(row[1]) ?? 0, actual: Decimal(found), columns: ["centres"])
        }
        datasets[typesIndex].checks += checks
        datasets[listIndex].checks += checks.map { $0.naming(["type"]) }
    }
}

/// R2 against T1: each prefecture's municipality rows against 作成済 + 作成中 + 未作成.
struct MunicipalityCountCrossCheck: CrossDatasetCheck {
    func apply(to datasets: inout [Dataset]) {
        guard datasets.recordMissing(
                [GuardianshipSubsidyReader.id, Ninchisho.carePathways], in: "都道府県ごとの市区町村数が認知症ケアパス作成状況の市町村数と一致する",
                id: "municipalities-vs-care-pathways"),
              let listIndex = datasets.index(ofDataset: GuardianshipSubsidyReader.id),
              let tableIndex = datasets.index(ofDataset: Ninchisho.carePathways)
        else { return }
        let list = datasets[listIndex]
        let table = datasets[tableIndex]
        guard list.columnIndex("code") != nil, let a = table.columnIndex("created"),
              let b = table.columnIndex("in_progress"), let c = table.columnIndex("not_created")
        else { return }
        let check = ListCountCheck.check(
            id: "municipalities-vs-care-pathways",
            title: "都道府県ごとの市区町村数が認知症ケアパス作成状況の市町村数（作成済＋作成中＋未作成）と一致する",
            stated: table.rows.map { row in .init(key: row[0], name: row[1], value: [a, b, c].compactMap { DatasetNumber.parse(row[$0]) }.reduce(0, +)) },
            list: list, statedName: "ケアパス", passNote: "47都道府県すべてで一致", columns: ["code"])
        datasets[listIndex].checks.append(check)
        datasets[tableIndex].checks.append(check.naming(["created", "in_progress", "not_created"]))
    }
}

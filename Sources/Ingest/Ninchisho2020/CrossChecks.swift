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
        guard let listCode = list.columnIndex("code"), let centres = table.columnIndex("centres") else { return }
        var counted: [String: Int] = [:]
        for row in list.rows { counted[row[listCode], default: 0] += 1 }
        var differing: [String] = []
        var details: [String] = []
        var statedSum: Decimal = 0
        for row in table.rows {
            let stated = Cells.value(row[centres]) ?? 0
            statedSum += stated
            let found = counted[row[0]] ?? 0
            if Decimal(found) != stated {
                differing.append(row[0])
                details.append("\(row[1]): 表 \(Cells.format(stated))、一覧 \(found)")
            }
        }
        let check = DatasetCheck(
            id: "centres-vs-list", kind: .crossDataset, title: title, result: differing.isEmpty ? .pass : .mismatch,
            expected: Cells.format(statedSum), actual: String(list.rows.count), rows: differing, columns: ["centres"],
            explanation: differing.isEmpty
                ? "47都道府県すべてで一致（\(CentreListReader.id) と \(Ninchisho.centreCoverage)）"
                : details.joined(separator: "; "))
        datasets[tableIndex].checks.append(check)
        var listCheck = check
        listCheck.columns = ["code"]
        datasets[listIndex].checks.append(listCheck)
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
        guard datasets.recordMissing([CentreListReader.id, CentreTypesReader.id], in: "類型別の設置数が一覧の件数と一致する", id: "types-vs-list"),
              let listIndex = datasets.index(ofDataset: CentreListReader.id),
              let typesIndex = datasets.index(ofDataset: CentreTypesReader.id),
              let typeColumn = datasets[listIndex].columnIndex("type")
        else { return }
        let list = datasets[listIndex]
        var checks: [DatasetCheck] = []
        for row in datasets[typesIndex].rows {
            let type = row[0]
            let stated = Cells.value(row[1]) ?? 0
            let found = list.rows.filter { $0[typeColumn] == type }.count
            checks.append(DatasetChecks.outcome(
                id: "type-\(Self.slug(type))-vs-list", kind: .crossDataset, title: "\(type)の設置数が一覧の件数と一致する",
                expected: stated, actual: Decimal(found), columns: ["centres"]))
        }
        datasets[typesIndex].checks += checks
        datasets[listIndex].checks += checks.map { check in
            var check = check
            check.columns = ["type"]
            return check
        }
    }

    static func slug(_ type: String) -> String {
        switch type {
        case "基幹型": "kikan"
        case "地域型": "chiiki"
        case "連携型": "renkei"
        default: "other"
        }
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
        guard let code = list.columnIndex("code"), let a = table.columnIndex("created"),
              let b = table.columnIndex("in_progress"), let c = table.columnIndex("not_created")
        else { return }
        var counted: [String: Int] = [:]
        for row in list.rows { counted[row[code], default: 0] += 1 }
        var differing: [String] = []
        var details: [String] = []
        var total: Decimal = 0
        for row in table.rows {
            let municipalities = [a, b, c].compactMap { Cells.value(row[$0]) }.reduce(0, +)
            total += municipalities
            if Decimal(counted[row[0]] ?? 0) != municipalities {
                differing.append(row[0])
                details.append("\(row[1]): ケアパス \(Cells.format(municipalities))、一覧 \(counted[row[0]] ?? 0)")
            }
        }
        let check = DatasetCheck(
            id: "municipalities-vs-care-pathways", kind: .crossDataset,
            title: "都道府県ごとの市区町村数が認知症ケアパス作成状況の市町村数（作成済＋作成中＋未作成）と一致する",
            result: differing.isEmpty ? .pass : .mismatch, expected: Cells.format(total), actual: String(list.rows.count),
            rows: differing, columns: ["code"],
            explanation: differing.isEmpty ? "47都道府県すべてで一致" : details.joined(separator: "; "))
        datasets[listIndex].checks.append(check)
        var tableCheck = check
        tableCheck.columns = ["created", "in_progress", "not_created"]
        datasets[tableIndex].checks.append(tableCheck)
    }
}

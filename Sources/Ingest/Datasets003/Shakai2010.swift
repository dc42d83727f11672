import Foundation
import Content

/// The datasets of 社会・援護局関係主管課長会議資料 (平成22年3月2日), document `shakai-engo-2010`.
public enum Shakai2010 {
    /// The document id in `content/sources/sources.yaml`.
    public static let document = "shakai-engo-2010"

    /// The per-prefecture tables, in the order they appear in the document.
    public static let prefectureTables: [PlaceTableDefinition] = [
        loansH20, comprehensiveSupportLoans, bridgeLoans, homeless,
        selfRelianceConsultations, selfRelianceContracts, selfRelianceUsers, welfarePlanStatus,
    ]

    /// Reads every dataset of the document; the first table that cannot be read stops the import
    /// with its file and line.
    public static func datasets(from source: ConvertedText) throws -> [Dataset] {
        var datasets = try prefectureTables.map { try $0.read(source) }
        if let status = datasets.first(where: { $0.id == welfarePlanStatus.id }) {
            datasets.append(try MunicipalPlanList.read(source, status: status))
        }
        let history = try LoanHistory.read(source)
        datasets.append(try ModelMunicipalities.read(source))
        datasets.append(try MonthlyComprehensiveLoans.read(source))
        datasets.append(try HomelessByPolicy.read(source))
        datasets.append(try HomelessProgrammes.read(source))
        datasets.append(try Budget.read(source))
        let contracts = try ContractHistory.read(source)
        datasets.append(contracts.dataset)
        datasets.append(history)
        datasets.append(contentsOf: try lostCharts(source))
        return crossChecked(datasets, users: contracts.users)
    }
}

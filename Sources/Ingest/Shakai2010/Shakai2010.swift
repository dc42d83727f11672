import Foundation
import Content

/// The datasets of 社会・援護局関係主管課長会議資料 (平成22年3月2日), document `shakai-engo-2010`.
public enum Shakai2010 {
    /// The document id in `content/sources/sources.yaml`.
    public static let document = "shakai-engo-2010"

    /// Ids of the declared tables (content/sources/shakai-engo-2010.tables.yaml) that the
    /// readers below and the cross checks refer to.
    static let loansH20 = "shakai-seikatsu-fukushi-shikin-h20"
    static let homeless = "shakai-homeless-h21"
    static let selfRelianceUsers = "shakai-nichijo-jiritsu-riyosha"
    static let welfarePlanStatus = "shakai-chiiki-fukushi-keikaku"
    static let homelessByPolicy = "shakai-homeless-shisaku-betsu"

    /// Reads the irregular tables of the document and checks them against the declared ones
    /// (`declared`); the first table that cannot be read stops the import with its file and line.
    public static func datasets(from source: SourceText, declared: [Dataset] = []) throws -> [Dataset] {
        var datasets = declared
        if let status = datasets.first(where: { $0.id == welfarePlanStatus }) {
            datasets.append(try MunicipalPlanList.read(source, status: status))
        }
        let history = try LoanHistory.read(source)
        datasets.append(try ModelMunicipalities.read(source))
        datasets.append(try Budget.read(source))
        let contracts = try ContractHistory.read(source)
        datasets.append(contracts.dataset)
        datasets.append(history)
        return crossChecked(datasets, users: contracts.users)
    }
}

import Foundation
import Content
import Japanese

/// The datasets of 社会・援護局関係主管課長会議資料 (平成22年3月2日), document `shakai-engo-2010`.
public struct Shakai2010: BespokeDocument {
    public init() {}

    public static let document = "shakai-engo-2010"
    /// The declarations of its tables, the regular ones and the text of those read below.
    static let tablesFile = "content/sources/" + TableDeclarationFile.name(document: document)

    /// Ids of the declared tables (content/sources/shakai-engo-2010.tables.yaml) that the
    /// readers below and the cross checks refer to.
    static let selfRelianceUsers = "shakai-nichijo-jiritsu-riyosha"
    static let welfarePlanStatus = "shakai-chiiki-fukushi-keikaku"

    /// Reads the irregular tables of the document and checks them against the declared ones
    /// (`declared`); the first table that cannot be read stops the import with its file and line.
    public static func datasets(from source: SourceText, declared: [Dataset] = []) throws -> [Dataset] {
        var datasets = declared
        var users: [NumberCell]?
        if let status = datasets.first(where: { $0.id == welfarePlanStatus }) {
            try datasets.fill(MunicipalPlanList.id, declaredIn: tablesFile) { try MunicipalPlanList.read(source, status: status, shell: $0) }
        }
        try datasets.fill(LoanHistory.id, declaredIn: tablesFile) { try LoanHistory.read(source, shell: $0) }
        try datasets.fill(ModelMunicipalities.id, declaredIn: tablesFile) { try ModelMunicipalities.read(source, shell: $0) }
        try datasets.fill(Budget.id, declaredIn: tablesFile) { try Budget.read(source, shell: $0) }
        try datasets.fill(ContractHistory.id, declaredIn: tablesFile) { shell in
            let contracts = try ContractHistory.read(source, shell: shell)
            users = contracts.users
            return contracts.dataset
        }
        return crossChecked(datasets, users: users)
    }
}

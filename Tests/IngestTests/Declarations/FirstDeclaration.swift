import Testing

@testable import Ingest

/// The first table declared in `yaml`, as the import reads it from `file`: what most declaration
/// tests start from.
func firstDeclaration(_ yaml: String, file: String = "doc.tables.yaml", document: String = "doc") throws -> TableDeclaration {
    try #require(try TableDeclarationFile.declarations(yaml: yaml, file: file, document: document).first)
}

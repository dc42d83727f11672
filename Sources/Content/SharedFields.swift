/// Immutable fields kept in one object, so that copies of the value holding them share them.
///
/// The build copies every page several times (the loader, an edit build's reuse of unchanged
/// pages, the site model's sorting and lookups). A copy of a struct of strings and lists retains
/// each of them; a copy of one of these retains one object. The fields never change, so sharing
/// them cannot be observed.
public final class SharedFields<Fields: Sendable>: Sendable {
    public let fields: Fields

    public init(_ fields: Fields) {
        self.fields = fields
    }
}

import Mustache

/// A view value whose stored properties have been read once, ready for fast key lookups; each
/// list property `items` also answers `hasItems`.
///
/// Mustache finds keys through `Mirror`, which reflects every property of a value on every lookup;
/// with navigation lists on each page that dominated build time. Reflecting each value once into a
/// dictionary gives the same answers (nil optionals stay present-but-empty, so a lookup never falls
/// through to an outer value of the same name) at the cost of one hash lookup.
struct ReflectedValue: MustacheParent {
    private let children: [String: Any]

    func child(named name: String) -> Any? {
        if let value = children[name] { return value }
        // A list `items` also answers `hasItems`, so a template can guard the wrapper around it
        // (`<ul>`) without the view storing a flag beside every list.
        // Most lookups miss (Mustache asks every value on the stack), so the test is on bytes.
        var bytes = name.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "h"), bytes.next() == UInt8(ascii: "a"), bytes.next() == UInt8(ascii: "s"),
            let first = bytes.next(), (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first)
        else { return nil }
        let label = String(decoding: [first + 32] + Array(name.utf8.dropFirst(4)), as: UTF8.self)
        switch children[label] {
        case let boxes as [TemplateObjectBox]: return !boxes.isEmpty  // without re-boxing each item
        case let list as [Any]: return !list.isEmpty
        default: return nil
        }
    }

    /// Each field wrapped, fields of an `InlineFields` group merged in (a field of the value's own
    /// wins over a group's field of the same name).
    private init(_ fields: some Sequence<(String, Any)>, link: @escaping (String) -> String) {
        var children: [String: Any] = [:]
        children.reserveCapacity(fields.underestimatedCount)
        for (label, value) in fields {
            let wrapped = Self.wrap(value, link: link)
            // The concrete check first: most fields are text, and the protocol check is a search.
            if let inline = wrapped as? ReflectedValue, value is any InlineFields {
                children.merge(inline.children) { own, _ in own }
            } else {
                children[label] = wrapped
            }
        }
        self.children = children
    }

    /// Wraps structs and classes (recursively through arrays and optionals); leaves scalars as they
    /// are. This is the one link pass: every `SiteLink` becomes `link(target)` and every
    /// `LinkedMarkup` is drawn with `link`.
    static func wrap(_ value: Any, link: @escaping (String) -> String) -> Any {
        switch value {
        case let text as String: return TemplateText(text)
        case let absent as Absent: return absent
        case let flag as Bool: return flag
        case let prepared as PreparedView: return prepared.value
        case let target as SiteLink: return TemplateText(link(target.target))
        case let markup as LinkedMarkup: return wrap(markup.draw(link), link: link)
        case let object as any TemplateObject: return TemplateObjectBox(object: object, link: link)
        case let list as [any TemplateObject]: return list.map { TemplateObjectBox(object: $0, link: link) }
        // Numbers are left as they are, as reflecting them would leave them.
        case let number as Int: return number
        default: break
        }
        if let fields = value as? any TemplateFields {
            // Every debug build (the tests) checks the list against what `Mirror` would give. (The
            // cast unwraps an optional that holds a value, as reflecting the optional would.)
            assert(
                fields.templateFields.map(\.0) == Mirror(reflecting: fields).children.compactMap(\.label),
                "\(type(of: fields)).templateFields must list its stored properties in order")
            return ReflectedValue(fields.templateFields, link: link)
        }
        // A list's items, as reflecting the list would give them, without walking its reflection.
        if let list = value as? [Any] { return list.map { wrap($0, link: link) } }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            return ReflectedValue(mirror.children.lazy.compactMap { child in child.label.map { ($0, child.value) } }, link: link)
        case .optional?:
            guard let wrapped = mirror.children.first?.value else { return Absent() }
            return wrap(wrapped, link: link)
        case .collection?:
            return mirror.children.map { wrap($0.value, link: link) }
        default:
            return value
        }
    }
}

/// A group of fields that several views share: the template reads them as the keys of the view
/// that holds the group, so views can share the group without their templates changing.
public protocol InlineFields: Sendable {}

/// A view value that answers template keys itself, for values rendered many times per page (list
/// items) where reflecting each one would dominate build time.
public protocol TemplateObject: Sendable {
    /// The value for a template key: a `String`, `Bool`, `Int`, `SiteLink`, array or another view
    /// value; `TemplateValue.absent` for a property that holds nil; nil for a key the value does not
    /// have.
    func templateValue(forKey key: String) -> Any?
}

/// A view value that lists its stored properties itself, so that wrapping it (once per page for the
/// page's view) does not reflect it with `Mirror`, which walks every property through runtime
/// metadata. The list must be what `Mirror` would give: every stored property, by its name, with
/// its value as stored (an optional as the optional, or as `TemplateValue.optional` of it, which
/// spares wrapping a nil the casts that find it is one).
public protocol TemplateFields: Sendable {
    var templateFields: [(String, Any)] { get }
}

/// Helpers for `TemplateObject` implementations.
public enum TemplateValue {
    /// The value of a nil optional: found (so the lookup stops) but empty and false.
    public static var absent: Any { Absent() }

    /// An optional as a template value.
    public static func optional(_ value: Any?) -> Any {
        value ?? absent
    }
}

private struct TemplateObjectBox: MustacheParent {
    let object: any TemplateObject
    let link: (String) -> String

    func child(named name: String) -> Any? {
        guard let value = object.templateValue(forKey: name) else { return nil }
        return value is Absent ? value : ReflectedValue.wrap(value, link: link)
    }
}

/// A property that holds nil: present, so lookups stop here, but empty and false in sections.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// The outermost value of a render: a key it is asked for was found in no value of the context
/// stack, so it names nothing (a typo, or a key of another page kind); it is recorded as missing.
/// (A struct, because Mustache checks the protocol of every context value on every lookup, and that
/// check is slower for a class.)
struct UnknownKeys: MustacheParent {
    final class Record {
        var missing: [String] = []
    }

    private let value: (any MustacheParent)?
    let record = Record()

    init(_ value: Any) {
        self.value = value as? any MustacheParent
    }

    func child(named name: String) -> Any? {
        let found = value?.child(named: name)
        if found == nil { record.missing.append(name) }
        return found
    }
}

import Mustache

/// A view value whose stored properties have been read once, ready for fast key lookups.
///
/// Mustache finds keys through `Mirror`, which reflects every property of a value on every lookup;
/// with navigation lists on each page that dominated build time. Reflecting each value once into a
/// dictionary gives the same answers (nil optionals stay present-but-empty, so a lookup never falls
/// through to an outer value of the same name) at the cost of one hash lookup.
struct ReflectedValue: MustacheParent {
    private let children: [String: Any]

    func child(named name: String) -> Any? {
        children[name]
    }

    /// Wraps structs and classes (recursively through arrays and optionals); leaves scalars as they are.
    static func wrap(_ value: Any) -> Any {
        if let object = value as? any TemplateObject { return TemplateObjectBox(object: object) }
        if let list = value as? [any TemplateObject] { return list.map { TemplateObjectBox(object: $0) } }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct?, .class?:
            var children: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label { children[label] = wrap(child.value) }
            }
            return ReflectedValue(children: children)
        case .optional?:
            guard let wrapped = mirror.children.first?.value else { return Absent() }
            return wrap(wrapped)
        case .collection?:
            return mirror.children.map { wrap($0.value) }
        default:
            return value
        }
    }
}

/// A view value that answers template keys itself, for values rendered many times per page (list
/// items) where reflecting each one would dominate build time.
public protocol TemplateObject: Sendable {
    /// The value for a template key: a `String`, `Bool`, `Int`, array or another view value;
    /// `TemplateValue.absent` for a property that holds nil; nil for a key the value does not have.
    func templateValue(forKey key: String) -> Any?
}

/// Helpers for `TemplateObject` implementations.
public enum TemplateValue {
    /// The value of a nil optional: found (so the lookup stops) but empty and false.
    public static var absent: Any { Absent() }

    /// An optional as a template value.
    public static func optional(_ value: Any?) -> Any {
        value.map { ReflectedValue.wrap($0) } ?? absent
    }
}

private struct TemplateObjectBox: MustacheParent {
    let object: any TemplateObject

    func child(named name: String) -> Any? {
        object.templateValue(forKey: name)
    }
}

/// A property that holds nil: present, so lookups stop here, but empty and false in sections.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

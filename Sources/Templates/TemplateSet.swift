import Content
import Foundation
import Mustache

/// The Mustache templates of a site, parsed once and checked for references to missing templates.
///
/// Mustache renders an unknown partial as empty text, which would silently drop the header or footer
/// of every page; loading therefore fails on any `{{> name}}` or `{{< name}}` that names no file.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// Names of every template, e.g. `layout`, `partials/head`.
    public let names: Set<String>

    /// Loads every `*.mustache` below a directory (the `assets` folder is skipped).
    /// - Throws: `ContentError` naming the file and line of a syntax error or a missing partial.
    public init(directory: URL) throws {
        let files = try Self.templateFiles(in: directory)
        MustacheContentTypes.register(HTMLText(), named: HTMLText.name)
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        for relative in files {
            let name = String(relative.dropLast(".mustache".count))
            let text = try TextFile.read(directory.appendingPathComponent(relative), displayPath: relative)
            if let line = TemplateNesting.tooDeep(text) {
                throw ContentError(
                    file: relative, line: line, problem: "sections are nested more than \(TemplateNesting.limit) deep",
                    fix: "close sections with {{/name}} before opening more; no page needs sections this deep")
            }
            if let spaced = TemplateSyntax.spacedSigil(text) {
                throw ContentError(
                    file: relative, line: spaced.line, problem: "“\(spaced.written)” has a space after {{, so Mustache does not read it as a tag of its kind",
                    fix: "write \(spaced.meant)")
            }
            do {
                templates[name] = try MustacheTemplate(string: HTMLText.pragma + text)
            } catch let error as MustacheTemplate.ParserError {
                let words = TemplateSyntax.words(error.error)
                throw ContentError(
                    file: relative, line: max(1, error.context.lineNumber - 1), problem: "\(words.problem), near “\(error.context.line)”",
                    fix: words.fix)
            }
            sources[name] = text
        }
        names = Set(templates.keys)
        try Self.checkReferences(sources, known: names)
        library = MustacheLibrary(templates: templates)
    }

    /// Runs the link pass over a view value once, for the page whose links `link` makes: the result
    /// renders (inside another view, too) without links or markup being worked out again.
    public static func prepare(_ view: Any, link: @escaping (String) -> String) -> PreparedView {
        PreparedView(value: ReflectedValue.wrap(view, link: link))
    }

    /// Renders a view model with a named template.
    /// - Parameter link: turns the root-relative target of each `SiteLink` in the view into the link
    ///   written on the page (relative to the page being rendered).
    /// - Throws: `ContentError` when no template has that name.
    /// - Throws: `ContentError` when no template has that name, or when the template uses a key that
    ///   no value in the view has (Mustache would render it as empty text, silently dropping content).
    public func render(_ view: Any, template name: String, link: @escaping (String) -> String = { $0 }) throws -> String {
        let root = UnknownKeys(ReflectedValue.wrap(view, link: link))
        guard let output = library.render(root, withTemplate: name) else {
            throw ContentError(
                file: name + ".mustache", problem: "template is missing",
                fix: "add templates/\(name).mustache (every site needs it)")
        }
        if let key = root.record.missing.first {
            throw ContentError(
                file: name + ".mustache", problem: "uses “\(key)”, which the page's view does not have",
                fix: "correct the name (see the view values of the page kind that uses this template)")
        }
        return output
    }

    /// Checks that required templates exist, so a site fails before rendering instead of mid-way.
    public func require(_ required: [String]) throws {
        for name in required.sorted() where !names.contains(name) {
            throw ContentError(
                file: name + ".mustache", problem: "template is missing",
                fix: "add templates/\(name).mustache (see the default templates for its variables)")
        }
    }

    private static func templateFiles(in directory: URL) throws -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = manager.enumerator(atPath: directory.path)
        else {
            throw ContentError(
                file: directory.path, problem: "templates directory not found",
                fix: "pass --templates DIR or run from the project folder that holds templates/")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            // Hidden files at any depth (editor backups such as `partials/.#x.mustache`) are not templates.
            if relative == "assets" || (relative as NSString).lastPathComponent.hasPrefix(".") {
                enumerator.skipDescendants()
            } else if relative.hasSuffix(".mustache") {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    private static func checkReferences(_ sources: [String: String], known: Set<String>) throws {
        var references: [String: [(Int, String)]] = [:]
        for name in sources.keys.sorted() {
            guard let text = sources[name] else { continue }
            references[name] = PartialReferences.find(in: text)
            for (line, reference) in references[name] ?? [] where !known.contains(reference) {
                throw ContentError(
                    file: name + ".mustache", line: line, problem: "refers to unknown template “\(reference)”",
                    fix: "create templates/\(reference).mustache or correct the name")
            }
        }
        try checkCycles(references)
    }

    /// A template that includes itself, directly or through others, would recurse until the stack
    /// overflows at render time; it is refused at load with the cycle named.
    private static func checkCycles(_ references: [String: [(Int, String)]]) throws {
        var finished: Set<String> = []
        func visit(_ name: String, path: [String]) throws {
            guard !finished.contains(name) else { return }
            for (line, reference) in references[name] ?? [] {
                if let start = path.firstIndex(of: reference) {
                    let cycle = (path[start...] + [name, reference]).joined(separator: " → ")
                    throw ContentError(
                        file: name + ".mustache", line: line, problem: "includes itself: \(cycle)",
                        fix: "remove the {{> \(reference)}} (or {{< \(reference)}}) that closes the circle")
                }
                if reference == name {
                    throw ContentError(
                        file: name + ".mustache", line: line, problem: "includes itself: \(name) → \(name)",
                        fix: "remove the {{> \(name)}} from its own template")
                }
                try visit(reference, path: path + [name])
            }
            finished.insert(name)
        }
        for name in references.keys.sorted() { try visit(name, path: []) }
    }
}

/// Finds `{{> name}}` and `{{< name}}` tags in template text.
enum PartialReferences {
    /// Pairs of (1-based line, referenced template name), in text order.
    static func find(in text: String) -> [(Int, String)] {
        TemplateTags.all(in: text).compactMap { tag in
            guard let sigil = tag.inner.first, sigil == ">" || sigil == "<" else { return nil }
            let name = tag.inner.dropFirst().trimmingCharacters(in: .whitespaces)
            return !name.isEmpty && !name.hasPrefix("*") ? (tag.line, name) : nil
        }
    }
}

import Foundation

/// A link from one section's body to another section of the same document, written while the
/// sections are read (when file names are not known yet) by the other section's number, and
/// turned into the relative Markdown file name when the files are written, so the site resolves
/// it like any link between pages and a renumbered file never leaves it dangling.
enum SectionLink {
    static let scheme = "section:"

    /// `section:R11#data-x`: the section numbered `number`, at `anchor`.
    static func destination(_ number: String, anchor: String? = nil) -> String {
        scheme + number + (anchor.map { "#" + $0 } ?? "")
    }

    /// `text` with every `](section:N` replaced by `](file.md`; a number no file has stays as
    /// written, and the site's link check reports it.
    static func resolved(_ text: String, files: [String: String]) -> String {
        guard text.contains("](" + scheme) else { return text }
        var out = text
        for (number, file) in files {
            out = out.replacingOccurrences(of: "](\(scheme)\(number)#", with: "](\(file)#")
            out = out.replacingOccurrences(of: "](\(scheme)\(number))", with: "](\(file))")
        }
        return out
    }
}

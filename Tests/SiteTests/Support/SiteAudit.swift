import Foundation

/// Checks every HTML page of a built site the way a careful reviewer would: language, title, one
/// `<h1>`, headings that never skip a level, and links that are relative and lead to real files.
enum SiteAudit {
    /// Problems found, one line each (`about/index.html: …`); empty when the site is sound.
    static func problems(in root: URL, allowingAbsolute allowed: (String) -> Bool = { _ in false }) -> [String] {
        problems(files: FileTree.snapshot(root), allowingAbsolute: allowed)
    }

    /// The same over files already read (path relative to the site's root → bytes).
    static func problems(files: [String: Data], allowingAbsolute allowed: (String) -> Bool = { _ in false }) -> [String] {
        var problems: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            guard let html = String(data: data, encoding: .utf8) else {
                problems.append("\(path): not UTF-8")
                continue
            }
            problems += pageProblems(path: path, html: html, files: files, allowed: allowed)
        }
        return problems
    }

    private static func pageProblems(
        path: String, html: String, files: [String: Data], allowed: (String) -> Bool
    ) -> [String] {
        var problems: [String] = []
        if !html.contains("<html lang=\"ja\">") { problems.append("\(path): no <html lang=\"ja\">") }
        if matches(#"<title>[^<]+</title>"#, in: html).isEmpty { problems.append("\(path): no <title>") }
        let levels = matches(#"<h([1-6])[\s>]"#, in: html).compactMap { Int($0) }
        if levels.filter({ $0 == 1 }).count != 1 { problems.append("\(path): \(levels.filter { $0 == 1 }.count) <h1> elements") }
        for (previous, next) in zip(levels, levels.dropFirst()) where next > previous + 1 {
            problems.append("\(path): heading jumps from h\(previous) to h\(next)")
        }
        if levels.first != 1 { problems.append("\(path): first heading is not h1") }
        for link in matches(#"\s(?:href|src)="([^"]*)""#, in: html) {
            problems += linkProblems(link, page: path, files: files, allowed: allowed)
        }
        return problems
    }

    private static func linkProblems(
        _ link: String, page: String, files: [String: Data], allowed: (String) -> Bool
    ) -> [String] {
        if link.hasPrefix("#") || link.hasPrefix("mailto:") || link.hasPrefix("data:") { return [] }
        if link.hasPrefix("/") || link.contains("://") || link.hasPrefix("//") {
            return allowed(link) ? [] : ["\(page): link \(link) is not relative"]
        }
        var target = link.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        // A query (the source view's `?to=` line) names no other file.
        if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
        if target.isEmpty { return [] }
        if target.hasSuffix("/") { return ["\(page): link \(link) names a folder, not a file"] }
        var components = page.split(separator: "/").map(String.init).dropLast()
        for part in target.split(separator: "/") {
            if part == ".." {
                if components.isEmpty { return ["\(page): link \(link) leaves the site"] }
                components.removeLast()
            } else if part != "." {
                components.append(String(part))
            }
        }
        let resolved = components.joined(separator: "/").removingPercentEncoding ?? ""
        return files[resolved] == nil ? ["\(page): link \(link) leads to missing \(resolved)"] : []
    }

    /// The first capture group of every match.
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        // Groups are cut from the UTF-16 text the expression ran on: turning each NSRange back
        // into a String.Index walks the page from its start, once per match.
        let utf16 = NSString(string: text)
        return regex.matches(in: text, range: NSRange(location: 0, length: utf16.length)).compactMap { match in
            let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
            return group.location == NSNotFound ? nil : utf16.substring(with: group)
        }
    }
}

/// Computes the relative link from one output file to another.
///
/// Every link the site writes goes through here, so that pages work from file:// and under any
/// sub-path: links never start with `/` and always name a file (`../b/index.html`, never `../b/`).
public enum RelativePath {
    /// The link from the page at `from` to the file at `to`; both are paths inside the output
    /// directory such as `prefectures/tokyo/index.html`. A `#fragment` on `to` is kept.
    public static func link(from: String, to: String) -> String {
        let (target, fragment) = splitFragment(to)
        let fromDirectory = components(from).dropLast()
        let targetComponents = components(target)
        var shared = 0
        while shared < fromDirectory.count, shared < targetComponents.count - 1,
            fromDirectory[fromDirectory.startIndex + shared] == targetComponents[shared]
        {
            shared += 1
        }
        let ups = Array(repeating: "..", count: fromDirectory.count - shared)
        let path = (ups + targetComponents[shared...]).joined(separator: "/")
        return fragment.map { path + "#" + $0 } ?? path
    }

    /// The prefix that leads from a page back to the output root (`../../` for `a/b/index.html`).
    public static func root(from: String) -> String {
        String(repeating: "../", count: max(0, components(from).count - 1))
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init).filter { $0 != "." }
    }

    private static func splitFragment(_ path: String) -> (String, String?) {
        guard let hash = path.firstIndex(of: "#") else { return (path, nil) }
        return (String(path[..<hash]), String(path[path.index(after: hash)...]))
    }
}

/// Dates as a Japanese reader expects them: 和暦 first, 西暦 beside it.
enum DateText {
    /// `令和2年3月（2020年3月）`; either part alone when only one is known; nil when neither is.
    static func display(iso: String?, wareki: String?) -> String? {
        let western = iso.flatMap(western)
        switch (wareki, western) {
        case let (wareki?, western?): return "\(wareki)（\(western)）"
        case let (wareki?, nil): return wareki
        case let (nil, western?): return western
        default: return nil
        }
    }

    /// `2020-03-02` → `2020年3月2日`; `2020-03` → `2020年3月`; `2020` → `2020年`.
    static func western(_ iso: String) -> String? {
        let pieces = iso.split(separator: "-")
        let parts = pieces.compactMap { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, parts.count == pieces.count else { return nil }
        return zip(parts, ["年", "月", "日"]).map { "\($0)\($1)" }.joined()
    }
}

import Content
import Japanese

/// Dates as a Japanese reader expects them: 和暦 first, 西暦 beside it, in one style across the site.
enum DateText {
    /// An as-of date with the source's own 和暦 (which may say 年度): `令和2年3月（2020年3月）`.
    static func display(_ date: DatasetDate) -> String {
        display(iso: date.iso, wareki: date.wareki) ?? date.wareki
    }

    /// An ISO date from a table cell, its 和暦 computed: `平成29年4月1日（2017年4月1日）`.
    static func display(iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let date = parts.first.flatMap {
            EraDate(year: $0, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
        }
        return display(iso: iso, wareki: date?.wareki) ?? iso
    }

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

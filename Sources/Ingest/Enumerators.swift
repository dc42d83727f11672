/// The numbering both flattened-PDF readers recognise, compiled once: a regex literal is parsed
/// and compiled each time it is evaluated, which made most of the import's time. `Regex` is not
/// declared Sendable, but it is never mutated after creation and its lazily compiled program is
/// stored atomically.
enum Enumerators {
    nonisolated(unsafe) static let article: Regex<(Substring, Substring, Substring)> = #/第([0-9０-９]{1,2})\s*(.+)/#
    nonisolated(unsafe) static let bareNumber: Regex<(Substring, Substring, Substring)> = #/([0-9０-９]{1,2})\s+(\D.*)/#
    nonisolated(unsafe) static let dotNumber: Regex<(Substring, Substring, Substring)> = #/([0-9０-９]{1,2})[.．]\s*(.+)/#
    nonisolated(unsafe) static let bracketNumber: Regex<(Substring, Substring, Substring)> = #/【([0-9０-９]{1,2})】\s*(.*)/#
    nonisolated(unsafe) static let circledNumber: Regex<(Substring, Substring, Substring)> = #/([①-⑳])\s*(.+)/#
    nonisolated(unsafe) static let parenNumber: Regex<(Substring, Substring, Substring)> = #/[(（]([0-9０-９]{1,2})[)）]\s*(.*)/#
    nonisolated(unsafe) static let parenKana: Regex<(Substring, Substring, Substring)> = #/[(（]([アイウエオカキクケコサシスセソタチツテト])[)）]\s*(.*)/#
    nonisolated(unsafe) static let kana: Regex<(Substring, Substring, Substring)> = #/([アイウエオカキクケコサシスセソタチツテト])[ 　]+(.+)/#
    nonisolated(unsafe) static let bullet: Regex<(Substring, Substring)> = #/・\s*(.+)/#
    nonisolated(unsafe) static let roman: Regex<(Substring, Substring, Substring)> = #/(I{1,3}|Ⅰ|Ⅱ|Ⅲ|Ⅳ)[ 　]+(.+)/#
    nonisolated(unsafe) static let bold: Regex<(Substring, Substring)> = #/\*\*(.+?)\*\*\s*/#
    nonisolated(unsafe) static let contentsPart: Regex<(Substring, Substring)> = #/[(（](.+)[)）]/#
    nonisolated(unsafe) static let contentsItem: Regex<(Substring, Substring, Substring)> = #/([0-9０-９]+)\s+(.+?)\s*[.．…]{2,}\s*/#
    nonisolated(unsafe) static let numberedHeading: Regex<(Substring, Substring, Substring)> = #/([0-9０-９]+)[\s.．]*(.+)/#
    nonisolated(unsafe) static let leadingNumber: Regex<Substring> = #/^[0-9０-９]+\s*/#
    /// A chapter of plain text: `１．…について`.
    nonisolated(unsafe) static let chapter: Regex<(Substring, Substring, Substring)> = #/([０-９]{1,2}|[0-9]{1,2})\s?[．.]\s?(.{4,45}について)/#
    /// The order of `ア`, `イ`, `ウ`… items.
    static let kanaOrder = Array("アイウエオカキクケコサシスセソタチツテト")
    /// A slide number printed after a caption: `２．サポーターの性別・年代別構成 2`.
    nonisolated(unsafe) static let folio: Regex<Substring> = #/ \d{1,3}$/#
    /// A numbered caption of a reference table: `５．都道府県別…`.
    nonisolated(unsafe) static let numberedCaption: Regex<Substring> = #/[０-９0-9]{1,2}[．.][^ 0-9０-９].{5,60}/#
}

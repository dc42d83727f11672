import Foundation

extension MarkdownState {
    /// The enumerator patterns, compiled once (see ``PdfTextState/chapterPattern``: a regex
    /// literal is compiled each time it is evaluated).
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
    }
}

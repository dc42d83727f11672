import Foundation

/// Reads text files strictly as UTF-8, turning failures into `ContentError`s.
public enum TextFile {
    /// Reads a file that must be UTF-8 text.
    /// - Parameters:
    ///   - url: the file.
    ///   - displayPath: the path shown in errors (relative to the content directory).
    public static func read(_ url: URL, displayPath: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ContentError(file: displayPath, problem: "cannot be read", fix: "check that the file exists and is readable")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ContentError(
                file: displayPath, line: firstInvalidLine(data), problem: "is not valid UTF-8 text",
                fix: "save the file as UTF-8 (Shift_JIS and other encodings are not read)")
        }
        // A byte-order mark would otherwise hide the opening `---` of front matter.
        let withoutBOM = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return withoutBOM.utf8.contains(13) ? withoutBOM.replacingOccurrences(of: "\r\n", with: "\n") : withoutBOM
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int? {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return String(data: data[start...], encoding: .utf8) == nil ? line : nil
    }
}

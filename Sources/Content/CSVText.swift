import Foundation

/// Reading and writing RFC 4180 CSV, with line numbers for error messages.
public enum CSVText {
    /// One record and the 1-based line it starts on.
    public struct Record: Sendable, Equatable {
        /// The fields.
        public let fields: [String]
        /// Line where the record starts.
        public let line: Int
    }

    /// A field quoted only when it must be (`,`, `"`, CR or LF inside).
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A whole file: one line per row, LF line endings, a final newline.
    public static func write(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    /// Parses a file.
    /// - Throws: `ContentError` naming `file` and the line of an unterminated quote.
    public static func read(_ text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterQuote = false
        var line = 1
        var recordLine = 1
        var characters = text.makeIterator()
        func endRecord() {
            fields.append(field)
            records.append(Record(fields: fields, line: recordLine))
            fields = []
            field = ""
            recordLine = line
        }
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterQuote:
                field.append("\"")
                quoted = true
                afterQuote = false
            case "\"" where field.isEmpty:
                quoted = true
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\n", "\r\n":
                line += 1
                endRecord()
                afterQuote = false
            default:
                field.append(character)
                afterQuote = false
            }
        }
        if quoted {
            throw ContentError(
                file: file, line: recordLine, problem: "a quoted field is never closed",
                fix: "close the field with \" or double any \" inside it")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

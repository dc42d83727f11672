import Testing

@testable import Charts

/// Wrapped chart text never splits a number or a Latin word across lines.
@Suite struct TextWrapTests {
    @Test func aYearStaysWhole() {
        let text = "出典：地域社保協結成到達・各県地域社保協一覧（2020年9月）"
        for width in stride(from: 150.0, through: 400, by: 7) {
            let lines = TextMetrics.wrap(text, fontSize: 11, width: width)
            #expect(lines.joined() == text)
            #expect(lines.contains { $0.contains("2020") }, "width \(width): \(lines)")
        }
    }
}

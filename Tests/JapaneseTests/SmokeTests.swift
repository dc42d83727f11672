import Foundation
import Testing
@testable import Japanese

@Test func publicSurfaceAnswers() {
    #expect(JapaneseText.foldWidth("１２３") == "123")
    #expect(EraDate.parse("令和2年4月1日")?.iso == "2020-04-01")
    #expect(NumberCell.parse("△ 21") == .value(-21))
    #expect(PrefectureResolver.resolve("京都") == .prefecture(Prefecture.all[25]))
}

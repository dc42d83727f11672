import Testing

@testable import Content
@testable import Site

@Suite struct DateTextTests {
    @Test(arguments: [
        ("2017-04-01", "平成29年4月1日（2017年4月1日）"),
        ("2019-05-01", "令和元年5月1日（2019年5月1日）"),
        ("2019-04-30", "平成31年4月30日（2019年4月30日）"),
        ("2020-02", "令和2年2月（2020年2月）"),
        ("not a date", "not a date"),
    ])
    func cellDatesReadAsWarekiWithWestern(_ iso: String, _ expected: String) {
        #expect(DateText.display(iso: iso) == expected)
    }

    @Test func asOfDatesKeepTheSourcesWareki() {
        #expect(DateText.display(DatasetDate(iso: "2018", wareki: "平成30年度")) == "平成30年度（2018年）")
        #expect(DateText.display(iso: nil, wareki: nil) == nil)
    }
}

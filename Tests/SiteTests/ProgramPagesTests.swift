import Content
import Foundation
import Testing

@testable import Site

@Suite struct ProgramPagesTests {
    /// The dataset fixture site plus two programs: one measured by the per-prefecture dataset.
    static var files: [String: String] {
        var files = DatasetPagesTests.files
        files["content/programs/centres.md"] = """
            ---
            title: 試験センター運営事業
            slug: centres
            aliases: [試験センター]
            gloss: Test centres
            theme: 認知症の医療・介護
            documents: [test-doc]
            sections: [test-doc/01-gaiyo]
            datasets: [test-centres]
            related: [policy]
            order: 10
            ---

            センターを運営します[（出典）](../documents/test-doc/01-gaiyo.md)。
            """
        files["content/programs/policy.md"] = """
            ---
            title: 試験方針
            slug: policy
            aliases: []
            gloss: Test policy
            theme: 認知症施策
            documents: [test-doc]
            sections: [test-doc/02-hoshin]
            datasets: []
            related: [centres]
            ---

            方針です[（出典）](../documents/test-doc/02-hoshin.md)。
            """
        return files
    }

    @Test func programPageShowsSummaryFiguresTileMapSectionsAndRelated() throws {
        let site = try SharedSites.programPages.get()
        let page = try site.page("programs/centres/index.html")
        #expect(page.contains("<h1>試験センター運営事業</h1>"))
        #expect(page.contains("<p>センターを運営します<a href=\"../../documents/test-doc/01-gaiyo/index.html\">（出典）</a>。</p>"))
        // Key figure: the stated national total with its unit, date and source.
        #expect(page.contains("<span class=\"figure-value\">1,300箇所</span>"))
        #expect(page.contains("令和2年2月（2020年2月）時点"))
        #expect(page.contains("原資料 001 行 4–5"))
        // The tile map and the table link the prefecture pages.
        #expect(page.contains("id=\"program-test-centres-1\""))
        #expect(page.contains("href=\"../../prefectures/tokyo/index.html\""))
        #expect(page.contains("<h2 id=\"prefecture-pages\">データのある都道府県</h2>"))
        #expect(page.contains("<a class=\"document-title\" href=\"../../documents/test-doc/01-gaiyo/index.html\">１　概要</a>"))
        #expect(page.contains("<span class=\"excerpt\">本文一"))
        #expect(page.contains("<li><a href=\"../policy/index.html\">試験方針</a></li>"))

        let index = try site.page("programs/index.html")
        #expect(index.contains("<h1>事業</h1>"))
        // Theme order comes from the fixed list, not from the files.
        let policy = try #require(index.range(of: "試験方針"))
        let centres = try #require(index.range(of: "試験センター運営事業"))
        #expect(policy.lowerBound < centres.lowerBound)
        #expect(index.contains("<h3 id=\"document-1\">試験資料</h3>"))
        // 事業 is in the header navigation of every page.
        #expect(try site.page("index.html").contains(">事業</a>"))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test func prefecturePagesGroupTheirPanelsUnderPrograms() throws {
        let site = try SharedSites.programPages.get()
        let tokyo = try site.page("prefectures/tokyo/index.html")
        #expect(tokyo.contains("<li><a href=\"../../programs/centres/index.html\">試験センター運営事業</a>：<a href=\"#test-centres\">試験センター数</a> </li>"))
        #expect(tokyo.contains("・事業：<a href=\"../../programs/centres/index.html\">試験センター運営事業</a> </p>"))
        // The program page links back to every prefecture its data names.
        let program = try site.page("programs/centres/index.html")
        for slug in ["hokkaido", "tokyo", "okinawa"] {
            #expect(program.contains("<a href=\"../../prefectures/\(slug)/index.html\">"))
        }
        #expect(!program.contains("prefectures/aomori/index.html\">青森県</a> "))
    }

    @Test(arguments: [
        ("sections: [test-doc/01-gaiyo]", "sections: [test-doc/01-gaiyo, test-doc/99-none]", 8, "section “test-doc/99-none”"),
        ("datasets: [test-centres]", "datasets:\n  - test-centres\n  - no-such-data", 11, "dataset “no-such-data”"),
        ("related: [policy]", "related: [policy, nowhere]", 10, "related program “nowhere”"),
        ("documents: [test-doc]", "documents: [other-doc]", 7, "document “other-doc”"),
        ("order: 10", "order: 10\nthemes: x", 12, "unknown key `themes`"),
        ("theme: 認知症の医療・介護", "theme: 医療", 6, "theme “医療”"),
    ])
    func aBrokenProgramFailsWithFileAndLine(old: String, new: String, line: Int, problem: String) throws {
        var files = Self.files
        files["content/programs/centres.md"] = files["content/programs/centres.md"]?.replacingOccurrences(of: old, with: new)
        let site = try FixtureSite(files)
        #expect {
            try site.build()
        } throws: { error in
            let text = String(describing: error)
            return text.hasPrefix("programs/centres.md:\(line): ") && text.contains(problem)
        }
    }

    @Test func aNameGivenToTwoProgramsFails() throws {
        var files = Self.files
        files["content/programs/policy.md"] = files["content/programs/policy.md"]?.replacingOccurrences(
            of: "aliases: []", with: "aliases: [試験センター]")
        let site = try FixtureSite(files)
        #expect(throws: ContentError.self) { try site.build() }
    }
}

import Charts

/// Shared fixture data: the real prefecture file and 2020 census populations (thousands).
enum Fixtures {
    /// The repository root, found from this file's path so tests run from any directory.
    static let repositoryRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let prefectureCSV: String = readFile(repositoryRoot + "/content/prefectures.csv") ?? ""

    /// The tiles of the real file (the Content module checks the file; here its columns are simply
    /// read in order: code, name, short name, slug, region, row, column).
    static let prefectures: [PrefectureTile] = prefectureCSV.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
        let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard f.count == 7, let code = Int(f[0]), let row = Int(f[5]), let column = Int(f[6]) else { return nil }
        return PrefectureTile(code: code, name: f[1], shortName: f[2], slug: f[3], region: f[4], row: row, column: column)
    }

    /// 令和2年国勢調査の人口（千人）, JIS order.
    static let population2020: [Double] = [
        5225, 1238, 1211, 2302, 960, 1068, 1833, 2867, 1933, 1939, 7345, 6284, 14048, 9237, 2201, 1035,
        1133, 767, 810, 2048, 1979, 3633, 7542, 1770, 1414, 2578, 8838, 5465, 1324, 923, 553, 671, 1888,
        2800, 1342, 720, 950, 1335, 692, 5135, 811, 1312, 1738, 1124, 1070, 1588, 1467,
    ]

    static let thousandPersons = Unit("千人")

    static func populationByCode() -> [Int: Double] {
        var values: [Int: Double] = [:]
        for (index, value) in population2020.enumerated() { values[index + 1] = value }
        return values
    }

    static func rankedItems() -> [RankedBarChart.Item] {
        prefectures.map { RankedBarChart.Item(orderKey: $0.code, label: $0.name, value: population2020[$0.code - 1]) }
    }
}

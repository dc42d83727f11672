import Foundation

extension Shakai2010.MunicipalPlanList {
    /// Reading a prefecture's statuses from ○ columns the conversion damaged, held to the
    /// per-prefecture counts (参考7 都道府県別策定状況).
    ///
    /// A group of ○ columns can be read in a few ways, each a known fault of the conversion:
    /// three columns as printed (済・予定・未定); with the 予定 column empty, its ○ merged into
    /// 未定 (that column then means 予定 or 未定); with the 済 column empty, merged into 予定; two
    /// columns as 済 and 予定-or-未定; one column as 済 (or 済-or-予定), a blank then the rest. A
    /// column counts as empty when it is empty over the whole page group, or, when no reading of
    /// the prefecture reconciles that way, over the prefecture's own rows. Every combination of
    /// readings whose definite statuses and candidates can make up exactly the stated counts is
    /// kept; a municipality's status is what it is in every such reading, and where the readings
    /// or the interchangeable candidates leave two statuses open, both are given.
    enum StatusReading {
        /// Possible statuses, as indices into ``statuses`` (0 済, 1 予定, 2 未定).
        typealias Options = Set<Int>

        static let all: Options = [0, 1, 2]

        /// What one page group's ○ columns can mean, given how many ○ each column holds.
        static func readings(columnCounts counts: [Int]) -> [[Options]] {
            switch counts.count {
            case 3:
                var readings: [[Options]] = [[[0], [1], [2]]]
                if counts[1] == 0 { readings.append([[0], [], [1, 2]]) }
                if counts[0] == 0 { readings.append([[], [0, 1], [2]]) }
                return readings
            case 2: return [[[0], [1, 2]]]
            case 1: return [[[0]], [[0, 1]]]
            default: return []
            }
        }

        /// The statuses a municipality's ○ cells allow under a reading: the column of its one ○,
        /// or for no ○ the statuses no column stands for (all when every status has a column).
        static func options(_ marks: [String], _ reading: [Options]) -> Options {
            let marked = marks.indices.filter { marks[$0] == "○" }
            if marked.count == 1, reading.indices.contains(marked[0]), !reading[marked[0]].isEmpty { return reading[marked[0]] }
            guard marked.isEmpty else { return all }
            let rest = all.subtracting(reading.reduce(into: Options()) { $0.formUnion($1) })
            return rest.isEmpty ? all : rest
        }

        /// Each entry's possible statuses over every reading that reconciles with `stated` (済,
        /// 予定, 未定), or nil when none does. `groups` gives each entry's page group and
        /// `groupCounts` that group's ○ per column over the whole page.
        static func resolve(marks: [[String]], groups: [Int], groupCounts: [Int: [Int]], stated: [Int]) -> [Options]? {
            let whole = resolve(marks: marks, groups: groups, stated: stated) { groupCounts[$0] ?? [] }
            if let whole { return whole }
            // Counts over the prefecture's own rows in each group.
            return resolve(marks: marks, groups: groups, stated: stated) { group in
                let own = marks.indices.filter { groups[$0] == group }.map { marks[$0] }
                let width = own.map(\.count).max() ?? 0
                return (0..<width).map { column in own.filter { $0.indices.contains(column) && $0[column] == "○" }.count }
            }
        }

        private static func resolve(marks: [[String]], groups: [Int], stated: [Int], counts: (Int) -> [Int]) -> [Options]? {
            let groupIDs = Array(Set(groups)).sorted()
            var combinations: [[Int: [Options]]] = [[:]]
            for group in groupIDs {
                combinations = combinations.flatMap { chosen in
                    readings(columnCounts: counts(group)).map { chosen.merging([group: $0]) { $1 } }
                }
            }
            var result: [Options]?
            for chosen in combinations {
                let options = marks.indices.map { index in Self.options(marks[index], chosen[groups[index]] ?? []) }
                guard let possible = possible(options, stated: stated) else { continue }
                result = result.map { zip($0, possible).map { $0.union($1) } } ?? possible
            }
            return result
        }

        /// Each entry's possible statuses when the entries with the same options are spread over
        /// those statuses in every way that meets the counts exactly; nil when no way does.
        static func possible(_ options: [Options], stated: [Int]) -> [Options]? {
            var residual = stated
            for option in options where option.count == 1 {
                residual[option.first ?? 0] -= 1
            }
            guard residual.allSatisfy({ $0 >= 0 }) else { return nil }
            var kinds: [Options: Int] = [:]
            for option in options where option.count > 1 { kinds[option, default: 0] += 1 }
            let order = kinds.keys.sorted { $0.sorted().lexicographicallyPrecedes($1.sorted()) }
            var used: Set<[Int]> = []
            var found = false
            func spread(_ index: Int, _ left: [Int], _ taken: Set<[Int]>) {
                guard index < order.count else {
                    if left.allSatisfy({ $0 == 0 }) {
                        found = true
                        used.formUnion(taken)
                    }
                    return
                }
                let kind = order[index]
                for share in shares(kinds[kind] ?? 0, over: kind.sorted(), within: left) {
                    var rest = left
                    var marked = taken
                    for (status, count) in share where count > 0 {
                        rest[status] -= count
                        marked.insert([index, status])
                    }
                    spread(index + 1, rest, marked)
                }
            }
            spread(0, residual, [])
            guard found else { return nil }
            return options.map { option in
                guard option.count > 1, let index = order.firstIndex(of: option) else { return option }
                return option.filter { used.contains([index, $0]) }
            }
        }

        /// The ways to put `count` entries on `statuses`, none over its room in `within`.
        static func shares(_ count: Int, over statuses: [Int], within room: [Int]) -> [[(Int, Int)]] {
            guard let first = statuses.first else { return count == 0 ? [[]] : [] }
            if statuses.count == 1 { return count <= room[first] ? [[(first, count)]] : [] }
            return (0...min(count, room[first])).flatMap { taken in
                shares(count - taken, over: Array(statuses.dropFirst()), within: room).map { [(first, taken)] + $0 }
            }
        }

        /// The status as the list shows it: one status, two joined by または, or blank for any.
        static func text(_ options: Options) -> String {
            guard options.count < 3 else { return "" }
            return options.sorted().map { Shakai2010.MunicipalPlanList.statuses[$0] }.joined(separator: "または")
        }
    }
}

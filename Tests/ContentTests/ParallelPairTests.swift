import Dispatch
import Foundation
import Synchronization
import Testing

@testable import Content

/// `ParallelMap.pair` runs two pieces of work at once and reports failures in the order running
/// them one after the other would.
@Suite struct ParallelPairTests {
    private struct Failure: Error, Equatable {
        let name: String
    }

    @Test func returnsBothResults() throws {
        let (number, text) = try ParallelMap.pair({ 6 * 7 }, { "資料" })
        #expect(number == 42)
        #expect(text == "資料")
    }

    @Test func theFirstFailureIsReportedBeforeTheSecond() {
        #expect(throws: Failure(name: "first")) {
            try ParallelMap.pair({ () throws -> Int in throw Failure(name: "first") }, { () throws -> Int in throw Failure(name: "second") })
        }
        #expect(throws: Failure(name: "second")) {
            try ParallelMap.pair({ 1 }, { () throws -> Int in throw Failure(name: "second") })
        }
    }

    /// Each piece waits for a signal only the other gives: run one after the other, the first
    /// would wait out its whole timeout.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func thePiecesRunAtTheSameTime() throws {
        let (toFirst, toSecond) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
        let (first, second) = try ParallelMap.pair(
            { () -> Bool in
                toSecond.signal()
                return toFirst.wait(timeout: .now() + 20) == .success
            },
            { () -> Bool in
                toFirst.signal()
                return toSecond.wait(timeout: .now() + 20) == .success
            })
        #expect(first && second)
    }

    /// Work spread over all cores inside a piece still is: two iterations of a `concurrentPerform`
    /// in each piece wait for each other, which they could not if either ran after the other.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func workInsideAPieceStillRunsOnAllCores() throws {
        @Sendable func meet() -> Bool {
            let (toFirst, toSecond) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0))
            let met = Mutex([false, false])
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                (index == 0 ? toSecond : toFirst).signal()
                let arrived = (index == 0 ? toFirst : toSecond).wait(timeout: .now() + 20) == .success
                met.withLock { $0[index] = arrived }
            }
            return met.withLock { $0 == [true, true] }
        }
        let (first, second) = try ParallelMap.pair({ meet() }, { meet() })
        #expect(first && second)
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How many heaps the C allocator keeps for the build's threads.
///
/// glibc gives threads up to eight heaps per core, and a build's worker threads each free into
/// their own: on a 100,000-page site the memory those heaps held apart was about a tenth of the
/// peak. One heap per core is as many as there are threads working at once, so no thread waits long
/// for another's heap, and the memory freed by one batch serves the next. (`MALLOC_ARENA_MAX` in
/// the environment still decides when it is set.)
enum MemoryArenas {
    static func limitToCores() {
        #if canImport(Glibc)
            guard ProcessInfo.processInfo.environment["MALLOC_ARENA_MAX"] == nil,
                let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt")
            else { return }
            // glibc's `mallopt(M_ARENA_MAX, n)`; its header is not among the modules Swift imports,
            // so the function is looked up by name and the option given by its value in malloc.h.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let arenaMax: Int32 = -8
            _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, Int32(clamping: max(1, ProcessInfo.processInfo.activeProcessorCount)))
        #endif
    }
}

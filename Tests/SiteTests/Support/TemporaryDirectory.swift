import Foundation

/// A fresh folder under the system temporary directory, removed when released.
final class TemporaryDirectory: @unchecked Sendable {
    let url: URL

    init(under parent: URL = FileManager.default.temporaryDirectory) throws {
        url = parent.appendingPathComponent("shiryo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes text files at paths relative to the folder, creating intermediate folders.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            try write(path, Data(text.utf8))
        }
    }

    func write(_ path: String, _ data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Every file below a folder with its bytes, for comparing whole trees.
enum FileTree {
    static func snapshot(_ root: URL) -> [String: Data] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [:] }
        var files: [String: Data] = [:]
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// Modification dates, to prove that unchanged files were not rewritten.
    static func modificationDates(_ root: URL) -> [String: Date] {
        var dates: [String: Date] = [:]
        for path in snapshot(root).keys {
            let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
            dates[path] = attributes?[.modificationDate] as? Date
        }
        return dates
    }
}

/// Locations in this repository, found from this source file.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")
    static let content = root.appendingPathComponent("content")
}

import Content

/// The importer's errors are ``ContentError``s (file, line, problem, fix), like every error of the
/// project; these name the ones raised in more than one place.
extension ContentError {
    public static func unreadable(path: String, reason: String) -> ContentError {
        ContentError(file: path, problem: "cannot be read (\(reason))", fix: "check that the file exists and is readable")
    }

    public static func notUTF8(path: String, byteOffset: Int) -> ContentError {
        ContentError(
            file: path, problem: "not valid UTF-8 (first bad byte at offset \(byteOffset))", fix: "convert the file to UTF-8, e.g. `iconv -f SHIFT_JIS -t UTF-8`")
    }

    public static func empty(path: String) -> ContentError {
        ContentError(file: path, problem: "the file is empty", fix: "restore the original document or remove its entry from sources.yaml")
    }

    public static func duplicateID(path: String, line: Int?, id: String) -> ContentError {
        ContentError(file: path, line: line, problem: "the id '\(id)' is used twice", fix: "give each source its own id")
    }

    /// A document whose reader finds none of the structure it needs: most likely the wrong format.
    public static func structure(path: String, message: String) -> ContentError {
        ContentError(file: path, problem: message, fix: "check the file, or choose another format in sources.yaml")
    }

    public static func writeFailed(path: String, reason: String) -> ContentError {
        ContentError(file: path, problem: "cannot be written (\(reason))", fix: "check permissions and free space; the previous files were kept")
    }

    /// The same error for a file that sources.yaml lists at `listedAt`.
    public func listed(at listedAt: String) -> ContentError {
        ContentError(file: file, line: line, problem: problem + " (listed at \(listedAt))", fix: fix)
    }
}

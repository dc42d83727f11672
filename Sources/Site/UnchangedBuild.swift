import Content
import Foundation

/// Tells a build with nothing to do from the output marker's text, reading the record line by
/// line without making its fingerprint and manifest into maps: parsing them and listing both trees
/// was most of such a build.
///
/// The verdict is the full comparison's (`BuildFingerprint.sameInputs`, the output's manifest):
/// every recorded input folder holds the recorded entries and every input file has its recorded
/// stat, not racy, or else its recorded size and digest; and the output proves intact
/// (`TreeProof`). Inputs whose bytes changed are named, for an edit build's fingerprint; anything
/// else, a record of another version included, is no verdict, and the build goes the long way.
enum UnchangedBuild {
    /// What the last build reported, for a build that repeats it.
    struct Verdict {
        var pages: Int
        var warnings: [ContentError]
        /// The recorded notice of hidden files; nil also when there was none.
        var hidden: String?
        /// Whether the last build skipped hidden files: their notice is taken again, since a `.git`
        /// among them is not among the inputs.
        var hadHidden: Bool
    }

    /// What the inputs are against the record.
    enum Inputs {
        /// Those the record holds.
        case same(Verdict)
        /// The same files and folders, some with other stats or bytes: the fingerprint
        /// `BuildFingerprint.take` would take at `taken` is the record's with these inputs and
        /// folder stats, so an edit build takes it without listing the inputs again.
        case changed(files: [String: BuildFingerprint.Input], folders: [String: FileStat], taken: Int64)
    }

    /// The inputs against the record in `marker` (the marker's bytes), with the current `settings`
    /// (`BuildFingerprint.settings`); nil when the settings or the names of files and folders
    /// differ, or an input cannot be read.
    static func inputs(_ marker: [UInt8], settings: [String], options: BuildOptions) -> Inputs? {
        let now = RealTime.nanoseconds()
        var changedFiles: [String: BuildFingerprint.Input] = [:], changedFolders: [String: FileStat] = [:]
        var bytesChanged = false
        var taken: Int64?, probe: Int64?, pages: Int64?, hidden: String??
        var settingsSeen = 0
        // Where the warnings' lines are in the marker, read only when nothing changed.
        var warnings: [Range<Int>] = []
        let roots = BuildFingerprint.roots(options)
        let names = roots.map { Array($0.name.utf8) }
        var proofs: [TreeProof?] = []
        defer { for proof in proofs { proof?.release() } }
        /// The input root a recorded path begins with, and the path below it.
        func place(_ path: RecordLines.Bytes) -> (Int, RecordLines.Bytes)? {
            let slash = path.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex
            guard let index = names.firstIndex(where: { path[..<slash].elementsEqual($0) }), let taken else { return nil }
            if proofs.isEmpty {
                let output = TreeProof.device(options.outputDirectory.standardizedFileURL.path)
                proofs = roots.map { root in
                    TreeProof(root: root.path, settledBefore: settled(taken: taken, probe: probe, same: output != nil && TreeProof.device(root.path) == output), skipping: [])
                }
            }
            guard proofs[index] != nil else { return nil }
            return (index, slash == path.endIndex ? path[slash...] : path[(slash + 1)...])
        }
        // Where the folders' paths are in the marker: its bytes are read in place only inside a walk.
        var folders: [(Int, Range<Int>)] = []
        let whole = RecordLines.forEach(in: marker) { tag, rest in
            switch tag.count {
            case 1 where tag.first == UInt8(ascii: "f"):
                guard let (stat, more) = RecordLines.stat(rest), let space = more.firstIndex(of: UInt8(ascii: " ")),
                    let digest = RecordLines.digest(more[..<space]), let taken, let (index, relative) = place(more[(space + 1)...])
                else { return false }
                if stat.isRacy(before: taken) || proofs[index]?.file(relative, recorded: stat) != true {
                    // Changed, or changed too close to the last build for its stat to tell: the
                    // bytes decide, as in `BuildFingerprint.take`.
                    guard let current = proofs[index]?.status(relative, mode: S_IFREG),
                        let bytes = ContentDigest.file(roots[index].path + "/" + RecordLines.text(relative))
                    else { return false }
                    let input = BuildFingerprint.Input(stat: current, digest: bytes)
                    if input != BuildFingerprint.Input(stat: stat, digest: digest) {
                        changedFiles[RecordLines.text(more[(space + 1)...])] = input
                        bytesChanged = bytesChanged || bytes != digest || current.size != stat.size
                    }
                }
                if proofs[index]?.isSettled == false { proofs[index]?.entry(relative) }
            case 1 where tag.first == UInt8(ascii: "d"):
                guard let (stat, path) = RecordLines.stat(rest), let (index, relative) = place(path),
                    let current = proofs[index]?.status(relative, mode: S_IFDIR), proofs[index]?.folder(relative, recorded: stat) == true
                else { return false }
                if current != stat { changedFolders[RecordLines.text(path)] = current }
                folders.append((index, relative.startIndex..<relative.endIndex))
            case 1 where tag.first == UInt8(ascii: "s"):
                guard settingsSeen < settings.count, settings[settingsSeen].utf8.elementsEqual(rest) else { return false }
                settingsSeen += 1
            case 1 where tag.first == UInt8(ascii: "w"): warnings.append(rest.startIndex..<rest.endIndex)
            case 1 where tag.first == UInt8(ascii: "o"), 2 where RecordLines.is(tag, "od") || RecordLines.is(tag, "or"): break
            default:
                if RecordLines.is(tag, "taken") {
                    taken = RecordLines.integer(rest)
                } else if RecordLines.is(tag, "pages") {
                    pages = RecordLines.integer(rest)
                } else if RecordLines.is(tag, "hidden") {
                    hidden = .some(BuildCache.field(rest))
                } else if RecordLines.is(tag, "probe") {
                    probe = RecordLines.integer(rest)
                } else {
                    return false
                }
            }
            return true
        }
        guard whole, settingsSeen == settings.count, let pages, let hidden, proofs.count == roots.count else { return nil }
        marker.withUnsafeBufferPointer { buffer in
            for (index, relative) in folders where proofs[index]?.isSettled == false && !relative.isEmpty { proofs[index]?.entry(buffer[relative]) }
        }
        guard proofs.allSatisfy({ $0?.foldersHold() == true }) else { return nil }
        // Files saved again with the same bytes change nothing the build reads.
        guard !bytesChanged else { return .changed(files: changedFiles, folders: changedFolders, taken: now) }
        let read = marker.withUnsafeBufferPointer { buffer in warnings.map { BuildRecord.warning(buffer[$0]) } }
        let errors = read.compactMap { $0 }
        guard errors.count == read.count else { return nil }
        return .same(Verdict(pages: Int(pages), warnings: errors, hidden: hidden, hadHidden: hidden != nil))
    }

    /// Before when an input folder's recorded times are settled. `taken` is this machine's clock,
    /// and a network share's can lag it and stamp whole seconds: only a time the input's own file
    /// system stamped is trusted, the record's probe of the output folder when both are on one file
    /// system (and never later than `taken`); on another, no input folder is settled, and all are
    /// read.
    static func settled(taken: Int64, probe: Int64?, same: Bool) -> Int64 {
        guard same, let probe else { return .min }
        let time = min(taken, probe)
        return time > .min + BuildFingerprint.racyWindow ? time - BuildFingerprint.racyWindow : .min
    }

    /// Whether the output folder `directory` still holds what the record in `marker` (the marker's
    /// bytes) says the last build left there; false too once `isStopped` says the answer is no
    /// longer wanted (a full build rewrites the folder whatever it holds).
    static func outputHolds(_ marker: [UInt8], directory: URL, until isStopped: () -> Bool = { false }) -> Bool {
        var probe: Int64?
        var proof: TreeProof?
        defer { proof?.release() }
        let whole = RecordLines.forEach(in: marker) { tag, rest in
            if isStopped() { return false }
            if tag.count == 1, tag.first == UInt8(ascii: "o") {
                guard let (stat, path) = RecordLines.stat(rest), proof?.file(path, recorded: stat) == true else { return false }
            } else if RecordLines.is(tag, "od") {
                guard let (stat, path) = RecordLines.stat(rest), proof?.folder(path, recorded: stat) == true else { return false }
            } else if RecordLines.is(tag, "or") {
                guard let probe, let (stat, _) = RecordLines.stat(rest, path: false),
                    let opened = TreeProof(root: directory.standardizedFileURL.path, settledBefore: probe, skipping: [OutputMarker.name])
                else { return false }
                proof = opened
                guard proof?.folder([UInt8](), recorded: stat) == true else { return false }
            } else if RecordLines.is(tag, "probe") {
                probe = RecordLines.integer(rest)
            }
            return true
        }
        guard whole, var proof else { return false }
        if !proof.isSettled {
            let named = RecordLines.forEach(in: marker) { tag, rest in
                if isStopped() { return false }
                if RecordLines.is(tag, "od") || (tag.count == 1 && tag.first == UInt8(ascii: "o")) {
                    guard let (_, path) = RecordLines.stat(rest) else { return false }
                    proof.entry(path)
                }
                return true
            }
            guard named else { return false }
        }
        return proof.foldersHold()
    }
}

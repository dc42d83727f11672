import Content
import Foundation

/// Tells a build with nothing to do from the output marker's text, reading the record line by
/// line without making its fingerprint and manifest into maps: parsing them and listing both trees
/// was most of such a build.
///
/// The verdict is the full comparison's (`BuildFingerprint.sameInputs`, the output's manifest):
/// every recorded input folder holds the recorded entries and every input file has its recorded
/// stat, not racy, or else its recorded size and digest; and the output proves intact
/// (`TreeProof`). Anything else, a record of another version included, is no verdict, and the
/// build goes the long way.
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

    /// The verdict when the inputs are those the record in `markerText` holds, with the current
    /// `settings` (`BuildFingerprint.settings`); nil when they may differ.
    static func inputs(_ markerText: String, settings: [String], options: BuildOptions) -> Verdict? {
        guard let lines = BuildRecord.lines(markerText: markerText) else { return nil }
        var taken: Int64?, pages: Int?, hidden: String??
        var settingsSeen = 0
        var warnings: [Substring] = []
        let roots = BuildFingerprint.roots(options)
        var proofs: [TreeProof?] = []
        defer { for proof in proofs { proof?.release() } }
        /// The proof of the input root a recorded path begins with, and the path below it.
        func place(_ path: Substring) -> (Int, Substring)? {
            let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex
            let name = path[..<slash]
            guard let index = roots.firstIndex(where: { $0.name == name }), let taken else { return nil }
            if proofs.isEmpty {
                proofs = roots.map { TreeProof(root: $0.path, settledBefore: taken - BuildFingerprint.racyWindow, skipping: []) }
            }
            guard proofs[index] != nil else { return nil }
            return (index, slash == path.endIndex ? "" : path[path.index(after: slash)...])
        }
        var folders: [(Int, Substring)] = []
        for line in lines where !line.isEmpty {
            let head = line.split(byte: UInt8(ascii: " "), maxSplits: 1)
            guard head.count == 2 else { return nil }
            let rest = head[1]
            switch head[0] {
            case "taken": taken = Int64(rest)
            case "probe": continue
            case "pages": pages = Int(rest)
            case "hidden": hidden = .some(BuildRecord.hidden(rest))
            case "s":
                guard settingsSeen < settings.count, settings[settingsSeen] == rest else { return nil }
                settingsSeen += 1
            case "d":
                guard let (stat, path) = BuildRecord.stat(rest), let (index, relative) = place(path),
                    proofs[index]?.folder(relative, recorded: stat) == true
                else { return nil }
                folders.append((index, relative))
            case "f":
                let parts = rest.split(byte: UInt8(ascii: " "), maxSplits: 5)
                guard parts.count == 6, let stat = FileStat(fields: parts[0..<4]), let digest = UInt64(parts[4], radix: 16),
                    let taken, let (index, relative) = place(parts[5])
                else { return nil }
                if stat.isRacy(before: taken) || proofs[index]?.file(relative, recorded: stat) != true {
                    // Saved again with the same bytes, or changed too close to the last build for
                    // its stat to tell: the bytes decide, as in `BuildFingerprint.take`.
                    guard proofs[index]?.status(relative, mode: S_IFREG)?.size == stat.size,
                        ContentDigest.file(roots[index].path + "/" + relative) == digest
                    else { return nil }
                }
                if proofs[index]?.isSettled == false { proofs[index]?.entry(relative) }
            case "w": warnings.append(rest)
            case "or", "od", "o": break
            default: return nil
            }
        }
        guard settingsSeen == settings.count, let pages, let hidden, proofs.count == roots.count else { return nil }
        for (index, relative) in folders where proofs[index]?.isSettled == false && !relative.isEmpty { proofs[index]?.entry(relative) }
        guard proofs.allSatisfy({ $0?.foldersHold() == true }) else { return nil }
        var errors: [ContentError] = []
        errors.reserveCapacity(warnings.count)
        for line in warnings {
            guard let warning = BuildRecord.warning(line) else { return nil }
            errors.append(warning)
        }
        return Verdict(pages: pages, warnings: errors, hidden: hidden, hadHidden: hidden != nil)
    }

    /// Whether the output folder `directory` still holds what the record in `markerText` says the
    /// last build left there.
    static func outputHolds(_ markerText: String, directory: URL) -> Bool {
        guard let lines = BuildRecord.lines(markerText: markerText) else { return false }
        var probe: Int64?
        var proof: TreeProof?
        defer { proof?.release() }
        var first: Int?
        for index in lines.indices {
            let line = lines[index]
            let head = line.split(byte: UInt8(ascii: " "), maxSplits: 1)
            guard head.count == 2 else { continue }
            switch head[0] {
            case "probe": probe = Int64(head[1])
            case "or":
                guard let probe, let stat = FileStat(fields: head[1].split(byte: UInt8(ascii: " "))),
                    let opened = TreeProof(root: directory.standardizedFileURL.path, settledBefore: probe, skipping: [OutputMarker.name])
                else { return false }
                proof = opened
                first = index
                guard proof?.folder("", recorded: stat) == true else { return false }
            case "od":
                guard let (stat, path) = BuildRecord.stat(head[1]), proof?.folder(path, recorded: stat) == true else { return false }
            case "o":
                guard let (stat, path) = BuildRecord.stat(head[1]), proof?.file(path, recorded: stat) == true else { return false }
            default: continue
            }
        }
        guard var proof, let first else { return false }
        if !proof.isSettled {
            for line in lines[first...] where line.hasPrefix("od ") || line.hasPrefix("o ") {
                guard let (_, path) = BuildRecord.stat(line.split(byte: UInt8(ascii: " "), maxSplits: 1)[1]) else { return false }
                proof.entry(path)
            }
        }
        return proof.foldersHold()
    }
}

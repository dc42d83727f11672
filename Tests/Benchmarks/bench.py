#!/usr/bin/env python3
"""`make bench`: Shiryo against Hugo on the deterministic Japanese corpus, and the real portal.

For each corpus size (1k, 10k, 100k pages by default) it builds the same pages with Shiryo
(release) and, when installed, Hugo, alternating the two so that machine noise falls on both,
on tmpfs (/dev/shm) and on the ordinary disk (under .build/bench). It prints the median wall
time, CPU time (user + system) and peak RSS of each, the Shiryo/Hugo ratios, Shiryo's no-op and
one-file-edit rebuilds, and the portal's clean and no-op builds.

    python3 Tests/Benchmarks/bench.py [--pages 1000 10000 100000] [--runs 3] [--large-runs 1] [--portal-only]

Sizes of 50,000 pages or more are built --large-runs times, on tmpfs only, to keep the run short.

A clean build's old output is moved aside, not deleted, and what the benchmark made on the disk
is deleted only when every figure is taken (on tmpfs, after each row): ext4 without a journal does
not reuse an inode freed in the last minutes, so a build right after deleting thousands of files
spends its time looking for fresh inodes, and the figure would be the deletion's, not the build's.
For the same reason each timed build starts after a sync (`timed`).
"""
import argparse
import atexit
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Beside the project, or two levels up from a worktree of it.
GENERATOR = os.environ.get("GEN_CORPUS") or next(
    (path for path in (os.path.join(PROJECT, *up, "shared", "tools", "gen_corpus.py") for up in ([".."], ["..", ".."]))
     if os.path.exists(path)), os.path.join(PROJECT, "..", "shared", "tools", "gen_corpus.py"))


def release_binary():
    """The release binary, built as `make site` builds it (`make release-bin` prints its path)."""
    made = subprocess.run(["make", "-s", "--no-print-directory", "release-bin"], cwd=PROJECT, check=True,
                          stdout=subprocess.PIPE, text=True)
    return made.stdout.strip().splitlines()[-1]


def timed(command, cwd):
    """Runs a command under /usr/bin/time; returns (wall s, cpu s, peak RSS MiB).

    The disk is synced first, outside the timing: otherwise a build starts while the kernel is
    still writing back the last one's files, and on a disk it is throttled for the other's work.
    """
    os.sync()
    result = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M"] + command, cwd=cwd,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)} in {cwd}\n{result.stderr[-2000:]}")
    wall, user, system, kb = result.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(kb) / 1024


def median(samples, index):
    return statistics.median(sample[index] for sample in samples)


class Trash:
    """Where outputs and corpora go instead of being deleted while figures are taken: one folder of
    this run's own in each place, so that a move is a rename and a second benchmark's trash is never
    touched. What cannot be moved is deleted at once."""

    def __init__(self):
        self.folders = {}

    def add(self, place, parent):
        self.folders[place] = tempfile.mkdtemp(prefix="shiryo-bench-trash-", dir=parent)

    def move(self, path):
        """Moves `path` (if it exists) into the trash of the place it is in."""
        if not os.path.lexists(path):
            return
        trash = next((folder for folder in self.folders.values()
                      if path.startswith(os.path.dirname(folder) + os.sep)), None)
        try:
            if trash is None:
                raise OSError("no trash in this place")
            os.rename(path, os.path.join(tempfile.mkdtemp(dir=trash), os.path.basename(path)))
        except OSError:
            shutil.rmtree(path, ignore_errors=True)

    def empty(self, place=None):
        """Deletes what the trash holds: one place's (tmpfs has no reason to wait), or all."""
        for name, folder in list(self.folders.items()):
            if place in (None, name):
                shutil.rmtree(folder, ignore_errors=True)
                if place is None:
                    del self.folders[name]
                else:
                    self.add(name, os.path.dirname(folder))


TRASH = Trash()
atexit.register(TRASH.empty)
# A benchmark stopped by a signal cleans up too: the 100k corpus alone is gigabytes of tmpfs.
for stop in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(stop, lambda number, frame: sys.exit(128 + number))


def prepare(pages, root, shiryo_templates):
    corpus = os.path.join(root, f"corpus{pages}")
    subprocess.run([sys.executable, GENERATOR, "--pages", str(pages), "--out", corpus, "--hugo"],
                   check=True, stdout=subprocess.DEVNULL)
    site = os.path.join(root, f"site{pages}")
    os.makedirs(os.path.join(site, "content"))
    shutil.copytree(os.path.join(corpus, "content"), os.path.join(site, "content", "pages"))
    shutil.copytree(shiryo_templates, os.path.join(site, "templates"))
    return corpus, site


def measure(pages, root, runs, shiryo, hugo):
    corpus, site = prepare(pages, root, os.path.join(PROJECT, "templates"))
    ours, theirs = [], []
    for _ in range(runs):
        TRASH.move(os.path.join(site, "public"))
        ours.append(timed([shiryo, "build", "--quiet"], site))
        if hugo:
            TRASH.move(os.path.join(corpus, "public"))
            theirs.append(timed([hugo, "--quiet"], corpus))
    noop = [timed([shiryo, "build", "--quiet"], site) for _ in range(runs)]
    edits = []
    folder = os.path.join(site, "content", "pages", "pref01")
    page = os.path.join(folder, min(name for name in os.listdir(folder) if name.startswith("p")))
    for run in range(runs):
        with open(page, "a", encoding="utf-8") as f:
            f.write(f"\n追記 {run}。\n")
        edits.append(timed([shiryo, "build", "--quiet"], site))
    return ours, theirs, noop, edits


def row(label, ours, theirs, noop, edits):
    cells = [label, f"{median(ours, 0):.2f}", f"{median(ours, 1):.2f}", f"{median(ours, 2):.0f}"]
    if theirs:
        cells += [f"{median(theirs, 0):.2f}", f"{median(theirs, 1):.2f}", f"{median(theirs, 2):.0f}",
                  f"{median(ours, 0) / median(theirs, 0):.2f}", f"{median(ours, 1) / median(theirs, 1):.2f}",
                  f"{median(ours, 2) / median(theirs, 2):.2f}"]
    else:
        cells += ["–"] * 6
    cells += [f"{median(noop, 0):.2f}", f"{median(edits, 0):.2f}"]
    return "| " + " | ".join(cells) + " |"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--large-runs", type=int, default=1)
    parser.add_argument("--portal-only", action="store_true", help="measure only the portal's own builds")
    args = parser.parse_args()
    if not args.portal_only and not os.path.exists(GENERATOR):
        sys.exit(f"corpus generator not found at {GENERATOR} (set GEN_CORPUS)")
    shiryo = release_binary()
    hugo = shutil.which("hugo")
    if not hugo:
        print("hugo is not installed (apt-get install hugo): Shiryo's figures only", file=sys.stderr)

    places = [("tmpfs", "/dev/shm")] if os.path.isdir("/dev/shm") else []
    places.append(("disk", os.path.join(PROJECT, ".build", "bench")))
    for place, parent in places:
        os.makedirs(parent, exist_ok=True)
        TRASH.add(place, parent)
    if not args.portal_only:
        print("| corpus | Shiryo wall s | Shiryo CPU s | Shiryo MiB | Hugo wall s | Hugo CPU s | Hugo MiB "
              "| wall ratio | CPU ratio | RSS ratio | no-op s | one edit s |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for pages in ([] if args.portal_only else args.pages):
        large = pages >= 50000
        for place, parent in (places[:1] if large else places):
            os.makedirs(parent, exist_ok=True)
            root = tempfile.mkdtemp(prefix="shiryo-bench-", dir=parent)
            try:
                figures = measure(pages, root, args.large_runs if large else args.runs, shiryo, hugo)
            finally:
                TRASH.move(root)
                TRASH.empty("tmpfs")
            print(row(f"{pages:,} pages, {place}", *figures), flush=True)

    # The portal is built into each place too: on a disk, making its few hundred folders and files
    # can cost more than the build's own work, and the two figures tell them apart.
    print()
    for place, parent in places:
        os.makedirs(parent, exist_ok=True)
        portal = tempfile.mkdtemp(prefix="shiryo-bench-portal-", dir=parent)
        try:
            out = os.path.join(portal, "public")
            clean = []
            for _ in range(args.runs):
                TRASH.move(out)
                clean.append(timed([shiryo, "build", "--quiet", "--output", out], PROJECT))
            noop = [timed([shiryo, "build", "--quiet", "--output", out], PROJECT) for _ in range(args.runs)]
            print(f"portal, {place}, median of {args.runs}: clean {median(clean, 0):.2f} s wall, {median(clean, 1):.2f} s CPU, "
                  f"{median(clean, 2):.0f} MiB; no-op {median(noop, 0):.3f} s wall, {median(noop, 1):.3f} s CPU, "
                  f"{median(noop, 2):.0f} MiB ({median(noop, 0) / median(clean, 0):.3f}× the clean build)")
        finally:
            TRASH.move(portal)


if __name__ == "__main__":
    main()

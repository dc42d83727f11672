#!/usr/bin/env python3
"""A build killed at any moment never leaves a truncated file, and the next build repairs the rest.

Builds two versions of the same 5,000-page corpus (every page differs between them) once each as
references, then builds them alternately into one output folder, sending SIGKILL at a random
moment of each build. After every kill each file in the output must be byte-identical to the file
of one of the two references (or be absent, or be a leftover temporary file); after the last, one
complete build must give exactly the reference tree.

    python3 Tests/Robustness/kill-during-build.py [--pages 5000] [--kills 50] [--seed 1] [--shiryo BIN]
"""
import argparse
import filecmp
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATOR = os.environ.get("GEN_CORPUS", os.path.join(PROJECT, "..", "shared", "tools", "gen_corpus.py"))
MARKER = ".shiryo-output"
TEMPORARY = ".shiryo-tmp-"


def tree(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            files[os.path.relpath(path, root)] = path
    return files


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shiryo")
    args = parser.parse_args()
    shiryo = args.shiryo
    if not shiryo:
        # As `make site` builds it: `make release-bin` builds it and prints its path.
        made = subprocess.run(["make", "-s", "--no-print-directory", "release-bin"], cwd=PROJECT, check=True,
                              stdout=subprocess.PIPE, text=True)
        shiryo = made.stdout.strip().splitlines()[-1]
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="shiryo-kill-")
    try:
        corpus = os.path.join(work, "corpus")
        subprocess.run([sys.executable, GENERATOR, "--pages", str(args.pages), "--out", corpus], check=True,
                       stdout=subprocess.DEVNULL)
        shutil.copytree(os.path.join(PROJECT, "templates"), os.path.join(work, "templates"))
        versions = []
        for name, extra in (("a", ""), ("b", "\n追記した一文。\n")):
            content = os.path.join(work, "content-" + name)
            shutil.copytree(os.path.join(corpus, "content"), os.path.join(content, "pages"))
            if extra:
                for folder, _, names in os.walk(content):
                    for page in names:
                        with open(os.path.join(folder, page), "a", encoding="utf-8") as f:
                            f.write(extra)
            reference = os.path.join(work, "ref-" + name)
            started = time.monotonic()
            subprocess.run([shiryo, "build", "--quiet", "--templates", "templates", "--content", content,
                            "--output", reference], cwd=work, check=True)
            versions.append((content, reference, tree(reference), time.monotonic() - started))
        output = os.path.join(work, "out")
        problems = []
        for kill in range(args.kills):
            content, _, _, seconds = versions[kill % 2]
            build = subprocess.Popen([shiryo, "build", "--quiet", "--templates", "templates", "--content", content,
                                      "--output", output], cwd=work, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, seconds * 1.1))
            build.send_signal(signal.SIGKILL)
            build.wait()
            for relative, path in tree(output).items():
                if os.path.basename(relative).startswith(TEMPORARY) or relative == MARKER:
                    continue
                candidates = [v[2][relative] for v in versions if relative in v[2]]
                if not any(filecmp.cmp(path, other, shallow=False) for other in candidates):
                    problems.append(f"after kill {kill + 1}: {relative} is neither version (truncated or mixed)")
        content, reference, reference_tree, _ = versions[0]
        subprocess.run([shiryo, "build", "--quiet", "--templates", "templates", "--content", content,
                        "--output", output], cwd=work, check=True)
        final = {k: v for k, v in tree(output).items() if k != MARKER}
        expected = {k: v for k, v in reference_tree.items() if k != MARKER}
        if set(final) != set(expected):
            problems.append(f"after repair: {len(set(final) ^ set(expected))} paths differ from a clean build")
        problems += [f"after repair: {k} differs from a clean build" for k in sorted(expected)
                     if k in final and not filecmp.cmp(final[k], expected[k], shallow=False)]
        for problem in problems[:20]:
            print(problem)
        print(f"kill-during-build: {args.kills} kills of a {args.pages}-page build, "
              f"{len(problems)} problems; repair build {'identical' if not problems else 'NOT identical'} to a clean one")
        print(f"{1 if not problems else 0} passed, {0 if not problems else 1} failed")
        sys.exit(1 if problems else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

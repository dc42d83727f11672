#!/usr/bin/env python3
"""Shows that each quality gate can fail: breaks a copy of a built site three ways and runs run.py on it.

    python3 Tests/Quality/selftest.py SITE [--shiryo BIN]

In a temporary copy of SITE (never SITE itself):
  A, a section page, gets an invalid construct (a <div> as a child of <ul>)  → the html gate names it;
  B, the about page, gets a link to a missing anchor                          → the links gate names it;
  C, the home page, gets an image without alt                                → the html and axe gates name it.
Each run must exit 1, name the broken page with the cause, and name none of the other pages (the
unbroken ones are the control: a gate that always failed would name them too). To stay fast the
validator sees only the three pages and axe only C and B, in the light scheme.
Prints a closing `selftest: N passed, N failed, N skipped`; exits 1 when a case fails.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402

MISSING_ANCHOR = "quality-selftest-missing-anchor"
BREAKS = {
    "A": ("section", '<ul class="quality-selftest"><div>invalid child</div></ul>'),
    "B": ("about", f'<p><a href="#{MISSING_ANCHOR}">broken anchor</a></p>'),
    "C": ("home", '<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1"></p>'),
}


def insert(page, snippet):
    """Puts `snippet` at the end of the page's <main> (or its <body>), where a template's content goes."""
    text = page.read_text(encoding="utf-8")
    for closing in ("</main>", "</body>"):
        if closing in text:
            head, tail = text.rsplit(closing, 1)
            page.write_text(head + snippet + closing + tail, encoding="utf-8")
            return
    sys.exit(f"selftest: {page} has neither </main> nor </body> to insert into")


def gate(site, *arguments):
    result = subprocess.run([sys.executable, str(HERE / "run.py"), str(site), *arguments],
                            capture_output=True, text=True)
    # Paths are compared relative to the site, whichever way a gate prints them.
    return result.returncode, (result.stdout + result.stderr).replace(str(site) + "/", "")


def names(line, page):
    """Whether `line` names `page` as a whole path (index.html must not match about/index.html)."""
    return re.search(r"(?<![\w/.-])" + re.escape(page) + r"(?![\w/.-])", line) is not None


def expect(case, code, output, prefix, causes, clean):
    """Passes when the run failed, each broken page is named with its cause, and no clean page is named.

    `causes` maps a broken page to the words its report must hold.
    """
    lines = [line for line in output.splitlines() if line.startswith(prefix)]
    skipped = [line for line in lines if "SKIPPED" in line]
    if skipped:
        print(f"selftest: {case}: skipped — {skipped[0]}")
        return "skipped"
    problems = []
    if code != 1:
        problems.append(f"run.py exited {code}, expected 1")
    reported = []
    for page, cause in causes.items():
        found = [line for line in lines if names(line, page) and cause in line]
        if found:
            reported.append(found[0])
        else:
            problems.append(f"no line names {page} with “{cause}”")
    for page in clean:
        named = [line for line in lines if names(line, page)]
        if named:
            problems.append(f"the unbroken {page} was reported: {named[0]}")
    if problems:
        print(f"selftest: {case}: FAILED: " + "; ".join(problems))
        print("\n".join("    " + line for line in output.splitlines()))
        return "failed"
    for line in reported:
        print(f"selftest: {case}: fails as it should — {line[:200]}")
    return "passed"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site")
    parser.add_argument("--shiryo", help="the shiryo binary, passed on to run.py for `shiryo check`")
    args = parser.parse_args()
    source = pathlib.Path(args.site).resolve()
    samples = dict(run.page_samples(source)[0])
    with tempfile.TemporaryDirectory(prefix="shiryo-quality-selftest-") as scratch:
        site = pathlib.Path(scratch) / "public"
        shutil.copytree(source, site)
        pages = {}
        for label, (kind, snippet) in BREAKS.items():
            if kind not in samples:
                sys.exit(f"selftest: the site has no {kind} page to break")
            pages[label] = str(samples[kind].relative_to(source))
            insert(site / pages[label], snippet)
        shiryo = ["--shiryo", args.shiryo] if args.shiryo else []
        a, b, c = pages["A"], pages["B"], pages["C"]
        outcomes = []
        code, output = gate(site, "--gates", "html", "--html-pages", a, b, c)
        outcomes.append(expect("invalid HTML and image without alt (html gate)", code, output, "html:",
                               {a: "not allowed as child of element", c: "must have an “alt” attribute"}, [b]))
        code, output = gate(site, "--gates", "links", *shiryo)
        outcomes.append(expect("missing anchor (links gate)", code, output, "links:", {b: MISSING_ANCHOR}, [a, c]))
        code, output = gate(site, "--gates", "axe", "--axe-pages", c, b, "--schemes", "light")
        outcomes.append(expect("image without alt (axe gate)", code, output, "axe:", {c: "image-alt"}, [b]))
    tally = {status: outcomes.count(status) for status in ("passed", "failed", "skipped")}
    print(f"selftest: {tally['passed']} passed, {tally['failed']} failed, {tally['skipped']} skipped")
    return 1 if tally["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())

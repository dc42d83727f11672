#!/usr/bin/env python3
"""Site search and list filters, checked in headless Chromium from file:// and over http.

    python3 Tests/Browser/check_search.py PUBLIC [--samples 50] [--no-http] [--timing-only]

PUBLIC is a built site (shiryo build). From file:// and from `python -m http.server` it runs the
named searches (認知症サポーター, ホームレス, 生活福祉資金, 東京都, a hospital from the centre
list) and requires every page whose text contains the words, follows the first result link, uses
the keyboard (↓, Esc), the kind filter and the header search box, then filters the centre list.
From file:// it also searches for --samples random distinct substrings (2–8 characters) of the
pages' text and requires every page that contains each one (the truth comes from scanning the
built HTML here, not from the index). With JavaScript off, pages must still show their content and
the search page must say why it cannot search. Any console error or failed load fails the check.
With --timing-only, prints query times on the site's index (for the 10,000-page corpus) and stops.
Needs Debian's chromium and chromium-driver and PyPI's selenium. Prints `N passed, N failed`.
"""
import argparse
import html.parser
import pathlib
import random
import re
import socket
import subprocess
import sys
import time
import unicodedata
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

SKIPPED = {"script", "style", "noscript", "template", "head", "aside"}  # as Sources/Search/VisibleText.swift


class TextScanner(html.parser.HTMLParser):
    """The visible text of <main> in runs, broken at every tag (a run never spans two elements)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.runs, self.depth_main, self.skip, self.svg, self.svg_text = [], 0, 0, 0, False

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth_main += 1
        if tag in SKIPPED:
            self.skip += 1
        if tag == "svg":
            self.svg += 1
        if self.svg and tag in ("title", "desc"):
            self.svg_text = True
        self.runs.append("")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth_main -= 1
        if tag in SKIPPED:
            self.skip = max(0, self.skip - 1)
        if tag == "svg":
            self.svg = max(0, self.svg - 1)
        if tag in ("title", "desc"):
            self.svg_text = False
        self.runs.append("")

    def handle_data(self, data):
        if self.depth_main and not self.skip and (not self.svg or self.svg_text):
            self.runs[-1:] = [(self.runs[-1] if self.runs else "") + data]


def fold(text):
    text = re.sub(r"[ \t\n\r\f]+", " ", unicodedata.normalize("NFKC", text)).strip()
    return "".join(chr(ord(c) + 32) if ("A" <= c <= "Z" or "\u00c0" <= c <= "\u00de" and c != "\u00d7") else c for c in text)


def page_texts(root):
    """Output path → folded runs of visible text, for every indexed page."""
    texts = {}
    for path in sorted(root.rglob("*.html")):
        relative = path.relative_to(root).as_posix()
        # Tools, not content: the line-by-line views of the originals repeat the sections' text.
        if relative in ("404.html", "search/index.html") or re.fullmatch(r"documents/[^/]+/source/index\.html", relative):
            continue
        scanner = TextScanner()
        scanner.feed(path.read_text(encoding="utf-8"))
        runs = [fold(run) for run in scanner.runs]
        texts[relative] = [piece for run in runs for piece in run.split(" ") if piece]
    return texts


def pages_containing(texts, needle):
    return {path for path, runs in texts.items() if any(needle in run for run in runs)}


def driver(javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1200"):
        options.add_argument(flag)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=webdriver.ChromeService("/usr/bin/chromedriver"), options=options)
    browser.set_script_timeout(120)
    return browser


class Checker:
    def __init__(self, browser, texts):
        self.browser, self.texts = browser, texts
        self.passed = self.failed = 0

    def record(self, name, problems):
        problems = [p for p in problems if p]
        problems += self.console_errors()
        if problems:
            self.failed += 1
            for problem in problems:
                print(f"FAIL {name}: {problem}")
        else:
            self.passed += 1

    def console_errors(self):
        return [entry["message"] for entry in self.browser.get_log("browser") if entry["level"] == "SEVERE"]

    def wait_done(self):
        WebDriverWait(self.browser, 60).until(
            lambda b: b.find_element(By.ID, "search-app").get_attribute("data-state") in ("done", "failed"))
        return self.browser.find_element(By.ID, "search-app").get_attribute("data-state")

    def query_paths(self, text):
        return self.browser.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "window.ShiryoSearch.query(arguments[0]).then(done, function (e) { done('error: ' + e.message); });", text)

    def search_page(self, base, query):
        self.browser.get(base + "search/index.html?q=" + urllib.parse.quote(query))
        return self.wait_done()


def check_named_searches(checker, base, expected):
    browser = checker.browser
    for query, must in expected.items():
        problems = []
        state = checker.search_page(base, query)
        if state != "done":
            problems.append(f"search page state {state}: {browser.find_element(By.ID, 'search-status').text}")
        found = set(checker.query_paths(query))
        truth = pages_containing(checker.texts, fold(query))
        missing = (truth | {must}) - found
        if missing:
            problems.append(f"{len(missing)} pages missing, e.g. {sorted(missing)[:3]}")
        status = browser.find_element(By.ID, "search-status").text
        if f"{len(found)} 件" not in status:
            problems.append(f"status {status!r} does not give {len(found)} results")
        links = browser.find_elements(By.CSS_SELECTOR, ".search-result-heading a")
        if not links or not browser.find_elements(By.CSS_SELECTOR, ".search-snippet mark, .search-result-heading"):
            problems.append("no result shown")
        if links:
            hrefs = [a.get_attribute("href") for a in links]
            if not any(h.endswith(must) for h in hrefs) and len(found) <= 20:
                problems.append(f"{must} not among the shown results")
            # Follow the result for the expected page when it is shown, else the first.
            target = next((a for a in links if a.get_attribute("href").endswith(must)), links[0])
            href = target.get_attribute("href")
            target.click()
            WebDriverWait(browser, 20).until(lambda b: b.current_url.split("?")[0] == href.split("?")[0])
            if not browser.find_elements(By.CSS_SELECTOR, "main h1"):
                problems.append(f"result link {href} opened a page without a heading")
        checker.record(f"{base} search {query}", problems)


def check_interaction(checker, base):
    browser = checker.browser
    problems = []
    checker.search_page(base, "認知症")
    box = browser.find_element(By.ID, "search-query")
    box.click()
    box.send_keys(Keys.ARROW_DOWN)
    first = browser.find_element(By.CSS_SELECTOR, ".search-result-heading a")
    if browser.switch_to.active_element != first:
        problems.append("↓ from the search box does not reach the first result")
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    second = browser.find_elements(By.CSS_SELECTOR, ".search-result-heading a")[1]
    if browser.switch_to.active_element != second:
        problems.append("↓ does not move to the next result")
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
    if browser.switch_to.active_element != box:
        problems.append("Esc does not return to the search box")
    if browser.find_element(By.ID, "search-status").get_attribute("role") != "status":
        problems.append("result count is not announced (role=status)")
    browser.find_element(By.CSS_SELECTOR, "input[name=kind][value=データ]").click()

    def shown_kinds():
        try:
            return {k.text for k in browser.find_elements(By.CSS_SELECTOR, ".search-kind")}
        except StaleElementReferenceException:
            return set()
    # The list is drawn again after the click; on a busy machine that takes a moment.
    deadline = time.monotonic() + 10
    kinds = shown_kinds()
    while kinds != {"データ"} and time.monotonic() < deadline:
        time.sleep(0.1)
        kinds = shown_kinds()
    if kinds != {"データ"}:
        problems.append(f"kind filter データ shows {kinds}")
    if "kind=" not in browser.current_url and base.startswith("http"):
        problems.append("kind filter not kept in the address")
    checker.search_page(base, "存在しない語句ｘｙｚ")
    if "見つかりませんでした" not in browser.find_element(By.ID, "search-status").text:
        problems.append("no message when nothing matches")
    checker.search_page(base, "ほーむれす")
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".search-suggestion a"))
    if "ホームレス" not in browser.find_element(By.CSS_SELECTOR, ".search-suggestion").text:
        problems.append("no katakana suggestion for ほーむれす")
    # The header box of an ordinary page leads to the search page with the query.
    browser.get(base + "data/index.html")
    header = browser.find_element(By.ID, "site-search-query")
    header.send_keys("ホームレス", Keys.ENTER)
    WebDriverWait(browser, 20).until(lambda b: "search/index.html" in b.current_url)
    checker.wait_done()
    if not browser.find_elements(By.CSS_SELECTOR, ".search-result"):
        problems.append("the header search box gave no results")
    checker.record(f"{base} keyboard, kinds, no-match, header box", problems)


def check_list_filter(checker, base, hospital):
    browser = checker.browser
    problems = []
    browser.get(base + "data/ninchisho-centres/index.html")
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".list-filter input"))
    rows = lambda: [r for r in browser.find_elements(By.CSS_SELECTOR, "table.sortable tbody tr") if r.is_displayed()]
    total = len(rows())
    box = browser.find_element(By.CSS_SELECTOR, ".list-filter input")
    box.send_keys(unicodedata.normalize("NFKC", hospital)[:6].upper())
    shown = rows()
    if not shown or len(shown) >= total or not any(hospital in r.text for r in shown):
        problems.append(f"typing the hospital name shows {len(shown)} of {total} rows")
    count = browser.find_element(By.CSS_SELECTOR, ".list-filter-count").text
    if f"{len(shown)} 行を表示" not in count:
        problems.append(f"count {count!r} disagrees with {len(shown)} shown rows")
    box.clear()
    box.send_keys(" ")
    box.send_keys(Keys.BACKSPACE)
    select = Select(browser.find_element(By.CSS_SELECTOR, ".list-filter select"))
    select.select_by_visible_text("東京都")
    shown = rows()
    if not shown or any("東京都" not in r.text for r in shown):
        problems.append("the prefecture selector does not narrow to 東京都")
    url = browser.current_url
    if base.startswith("http") and "col" not in url:
        problems.append("filter state not in the address")
    browser.get(url)
    WebDriverWait(browser, 10).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".list-filter select"))
    if base.startswith("http"):
        try:  # the saved state is applied once the script has read the address
            WebDriverWait(browser, 10).until(lambda b: len(rows()) == len(shown))
        except Exception:
            pass
    if base.startswith("http") and len(rows()) != len(shown):
        problems.append("the filter state in the address is not restored")
    checker.record(f"{base} list filter", problems)


def check_recall(checker, base, samples, seed=14):
    rng = random.Random(seed)
    paths = sorted(checker.texts)
    tried, problems = set(), []
    checker.search_page(base, "")
    attempts = 0
    while len(tried) < samples and attempts < samples * 50:
        attempts += 1
        runs = [r for r in checker.texts[rng.choice(paths)] if len(r) >= 2]
        if not runs:
            continue
        run = rng.choice(runs)
        length = rng.randint(2, min(8, len(run)))
        start = rng.randint(0, len(run) - length)
        needle = run[start:start + length]
        if needle in tried:
            continue
        tried.add(needle)
        truth = pages_containing(checker.texts, needle)
        found = checker.query_paths(needle)
        if isinstance(found, str):
            problems.append(f"{needle!r}: {found}")
            continue
        missing = truth - set(found)
        if missing:
            problems.append(f"{needle!r}: {len(missing)} of {len(truth)} pages missing, e.g. {sorted(missing)[:2]}")
    print(f"recall: {len(tried)} random substrings, {len(problems)} with missing pages")
    checker.record(f"{base} recall over {len(tried)} random substrings", problems)


def check_without_javascript(root, texts):
    browser = driver(javascript=False)
    problems = []
    try:
        browser.get((root / "search/index.html").as_uri())
        if "JavaScript" not in browser.find_element(By.TAG_NAME, "main").text:
            problems.append("search page does not say that search needs JavaScript")
        if browser.find_element(By.ID, "search-query").is_displayed():
            problems.append("search box shown without JavaScript")
        browser.get((root / "data/ninchisho-centres/index.html").as_uri())
        rows = browser.find_elements(By.CSS_SELECTOR, "table.sortable tbody tr")
        if len([r for r in rows if r.is_displayed()]) != len(rows) or len(rows) < 400:
            problems.append("the centre list is not complete without JavaScript")
        if browser.find_element(By.ID, "site-search-query").is_displayed():
            problems.append("header search box shown without JavaScript")
        if not browser.find_elements(By.CSS_SELECTOR, "nav.site-nav a"):
            problems.append("navigation missing without JavaScript")
    finally:
        browser.quit()
    return problems


def serve(root):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(root)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return server, f"http://127.0.0.1:{port}/"


def timing(root, queries):
    browser = driver()
    try:
        checker = Checker(browser, {})
        base = root.resolve().as_uri() + "/"
        checker.search_page(base, "")
        browser.execute_async_script("var done = arguments[0]; window.ShiryoSearch.ready().then(done, done);")
        timed = ("var done = arguments[arguments.length - 1], start = performance.now();"
                 "window.ShiryoSearch.query(arguments[0]).then(function (paths) {"
                 " done([paths.length, performance.now() - start]); }, function (e) { done([-1, 0]); });")
        for query in queries:
            count, first = browser.execute_async_script(timed, query)
            again = sorted(browser.execute_async_script(timed, query)[1] for _ in range(5))
            print(f"query {query!r}: {count} pages; first {first:.1f} ms in Chromium including loading its "
                  f"shards, then median {again[2]:.1f} ms")
        errors = checker.console_errors()
        for error in errors:
            print("console:", error)
        return 1 if errors else 0
    finally:
        browser.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root", nargs="?", default="public")
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--no-http", action="store_true")
    parser.add_argument("--timing-only", nargs="*", metavar="QUERY")
    args = parser.parse_args()
    root = pathlib.Path(args.root).resolve()
    if args.timing_only is not None:
        return timing(root, args.timing_only or ["行政", "地域の支援", "推進 計画", "の"])
    texts = page_texts(root)
    centres = (root / "data/ninchisho-centres/index.html").read_text(encoding="utf-8")
    names = re.findall(r'<td class="text">([^<]*病院[^<]*)</td>', centres)
    hospital = names[len(names) // 2]
    tokyo = "prefectures/tokyo/index.html" if (root / "prefectures/tokyo/index.html").exists() else None
    expected = {
        "認知症サポーター": "data/ninchisho-supporters/index.html",
        "ホームレス": "data/shakai-homeless-h21/index.html",
        "生活福祉資金": "data/shakai-seikatsu-fukushi-shikin-h20/index.html",
        "東京都": tokyo or next(p for p in texts if p.startswith("prefectures/") and "東京都" in texts[p][0]),
        hospital: "data/ninchisho-centres/index.html",
    }
    print(f"hospital from the centre list: {hospital}")
    browser = driver()
    checker = Checker(browser, texts)
    server = None
    try:
        bases = [root.as_uri() + "/"]
        if not args.no_http:
            server, url = serve(root)
            bases.append(url)
        for base in bases:
            check_named_searches(checker, base, expected)
            check_interaction(checker, base)
            check_list_filter(checker, base, hospital)
        check_recall(checker, bases[0], args.samples)
    finally:
        browser.quit()
        if server:
            server.terminate()
            server.wait()
    problems = check_without_javascript(root, texts)
    for problem in problems:
        print(f"FAIL without JavaScript: {problem}")
    checker.passed += 0 if problems else 1
    checker.failed += 1 if problems else 0
    print(f"{checker.passed} passed, {checker.failed} failed")
    return 1 if checker.failed else 0


if __name__ == "__main__":
    sys.exit(main())

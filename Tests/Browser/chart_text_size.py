#!/usr/bin/env python3
"""Checks charts, phone layout and print of a built site in headless Chromium, straight from disk.

    python3 Tests/Browser/chart_text_size.py [public] [--screenshots DIR]

1. At 390 px and at 1280 px wide, every visible <text> of every chart (svg.shc-chart) on every
   dataset page, the prefecture index and every prefecture page renders at 11 CSS px or more. The size is
   the computed font size times the scale of the text's screen transform (viewBox and nested
   viewports included), cross-checked with getBoundingClientRect against the unscaled box.
2. At 390 px, none of those pages (nor one page of every other kind: home, 404, indexes, quality,
   search, document cover, section, source view, program, about) scrolls sideways (the page's
   scrollWidth fits the window), and no table caption runs off the screen.
3. data/ninchisho-centres printed to PDF (A4) holds every row of its table: pdftotext output
   has each row number 1…N of the table, N read from the page. In print, the table of every
   dataset page is set at 8pt or more, and at 10pt or more when it has six columns or fewer.
4. Sort buttons are added by the table script (the HTML has none), and the first click on a number
   column sorts largest first.
5. At 1280 × 800 px, every prefecture page's key-indicator table ends within the first screen.
With --screenshots, saves chart and page screenshots at 1280 and 390 px for review.
Needs Debian's chromium, chromium-driver and poppler-utils (pdftotext), and PyPI's selenium.
Prints one line per problem and a closing `N passed, N failed` line; exits 1 on any failure.
"""
import argparse
import base64
import pathlib
import re
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.common.by import By

MIN_PX = 11.0

# Returns [{text, px, boxPx}] for every rendered <text> in a chart, skipping hidden drawings.
MEASURE = """
const out = [];
for (const text of document.querySelectorAll('svg.shc-chart text')) {
  const rect = text.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) continue;   // display:none (the other drawing)
  if (!text.textContent.trim()) continue;
  const m = text.getScreenCTM();
  const scale = m ? Math.sqrt(Math.abs(m.a * m.d - m.b * m.c)) : 1;
  const size = parseFloat(getComputedStyle(text).fontSize);
  const box = text.getBBox();
  const vertical = getComputedStyle(text).writingMode.startsWith('vertical');
  const boxScale = vertical ? rect.width / (box.width || 1) : rect.height / (box.height || 1);
  out.push({text: text.textContent.slice(0, 40), px: size * scale, boxPx: size * boxScale,
            chart: text.closest('svg.shc-chart').id});
}
return out;
"""


# How far the furthest table caption's text reaches past the window's right edge (0 if none does).
CAPTIONS_BEYOND = """
let worst = 0;
for (const caption of document.querySelectorAll('table caption')) {
  const range = document.createRange();
  range.selectNodeContents(caption);
  worst = Math.max(worst, range.getBoundingClientRect().right - document.documentElement.clientWidth);
}
return Math.ceil(worst);
"""


def driver(width, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 f"--window-size={width},{height}", "--force-device-scale-factor=1"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=webdriver.ChromeService("/usr/bin/chromedriver"), options=options)
    # The window size includes no browser chrome in headless mode, but set the viewport exactly.
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    return browser


def pages_to_check(root):
    pages = sorted(root.glob("data/*/index.html"))
    pages.append(root / "prefectures" / "index.html")
    pages += sorted(root.glob("prefectures/*/index.html"))
    # One page of every other kind, for the sideways-scroll check.
    pages += [root / "index.html", root / "404.html", root / "data" / "index.html", root / "quality" / "index.html",
              root / "search" / "index.html", root / "documents" / "index.html", root / "programs" / "index.html"]
    pages += sorted(root.glob("documents/*/index.html"))[:1] + sorted(root.glob("documents/*/*/index.html"))[:2]
    # The line-by-line view of an original: the longest lines on the site.
    pages += sorted(root.glob("documents/*/source/index.html"))[:1]
    pages += sorted(root.glob("programs/*/index.html"))[:2] + sorted(root.glob("about/index.html"))
    return list(dict.fromkeys(page for page in pages if page.exists()))


# Where the key-indicator summary ends, in CSS px from the top of the page (-1 without one).
SUMMARY_BOTTOM = """
const summary = document.querySelector('.key-summary table');
return summary ? Math.ceil(summary.getBoundingClientRect().bottom + window.scrollY) : -1;
"""


# Sorts the first number column of the first sortable table with its button and reports what happened.
SORT_ONCE = """
const table = document.querySelector('table.sortable');
if (!table) return null;
const button = table.querySelector('thead th.num button.sort');
if (!button) return {buttons: table.querySelectorAll('thead button.sort').length};
const header = button.closest('th');
const column = [...header.parentNode.children].indexOf(header);
button.click();
const values = [...table.tBodies[0].rows].filter(r => !r.classList.contains('subrow'))
  .map(r => r.cells[column].getAttribute('data-value')).filter(v => v !== null && v !== '').map(Number);
return {buttons: table.querySelectorAll('thead button.sort').length, sort: header.getAttribute('aria-sort'),
        first: values[0], max: Math.max(...values)};
"""


def check_sorting(browser, root):
    """The script adds the sort buttons, and a number column sorts largest first on the first click."""
    page = root / "data" / "ninchisho-caravan-mates" / "index.html"
    if not page.exists():
        return []
    browser.get(page.as_uri())
    result = browser.execute_script(SORT_ONCE)
    if not result or not result.get("buttons"):
        return [f"{page.relative_to(root)}: the table script added no sort buttons"]
    if result.get("sort") != "descending" or result.get("first") != result.get("max"):
        return [f"{page.relative_to(root)}: the first click on a number column gave {result.get('sort')}, "
                f"first value {result.get('first')} (largest {result.get('max')})"]
    print("sorting: buttons added by the script, a number column sorts largest first")
    return []


def check_summary_on_first_screen(root, width=1280, height=800):
    """Each prefecture page shows its whole key-indicator table within the first screen."""
    problems = []
    browser = driver(width, height)
    try:
        pages = sorted(root.glob("prefectures/*/index.html"))
        for page in pages:
            browser.get(page.as_uri())
            bottom = browser.execute_script(SUMMARY_BOTTOM)
            if bottom < 0:
                problems.append(f"{page.relative_to(root)}: no key-indicator summary")
            elif bottom > height:
                problems.append(f"{page.relative_to(root)}: key indicators end at {bottom} px, below the first screen ({height} px)")
        print(f"key indicators within the first {width}×{height} screen on {len(pages) - len(problems)} of {len(pages)} prefecture pages")
    finally:
        browser.quit()
    return problems


def check_width(browser, root, pages, width):
    problems = []
    measured = 0
    for page in pages:
        browser.get(page.as_uri())
        name = page.relative_to(root)
        for item in browser.execute_script(MEASURE):
            measured += 1
            size = min(item["px"], item["boxPx"] if item["boxPx"] > 0 else item["px"])
            if size < MIN_PX - 0.05:
                problems.append(f"{name} at {width} px: {item['chart']}: text {item['text']!r} renders at {size:.1f} px")
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if overflow > 0:
            problems.append(f"{name}: page scrolls sideways by {overflow} px at {width} px")
        # A table caption's text stays on screen even when its table scrolls sideways.
        beyond = browser.execute_script(CAPTIONS_BEYOND)
        if beyond:
            problems.append(f"{name}: table caption runs {beyond} px off the screen at {width} px")
    return problems, measured


def check_print(browser, root):
    page = root / "data" / "ninchisho-centres" / "index.html"
    if not page.exists():
        return ["data/ninchisho-centres/index.html missing"], 0
    browser.get(page.as_uri())
    rows = browser.execute_script("return document.querySelectorAll('table.data-table tbody tr').length")
    first_header = browser.execute_script(
        "const th = document.querySelector('table.data-table thead th'); return th ? th.textContent.trim() : ''")
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": False})
    with tempfile.TemporaryDirectory() as directory:
        path = pathlib.Path(directory) / "print.pdf"
        path.write_bytes(base64.b64decode(pdf["data"]))
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                              text=True).stdout
        pages = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
        # Every page holding rows also holds the header row again.
        per_page = text.split("\f")
    unheaded = [number + 1 for number, content in enumerate(per_page)
                if re.search(r"^\s*\d{1,4}\s", content, re.MULTILINE) and first_header
                and first_header not in re.sub(r"\s", "", content)]
    found = {int(m.group(1)) for m in re.finditer(r"^\s*(\d{1,4})\s", text, re.MULTILINE)}
    missing = [n for n in range(1, rows + 1) if n not in found]
    page_count = re.search(r"Pages:\s+(\d+)", pages)
    print(f"print: {rows} rows in the page, {rows - len(missing)} found in the PDF "
          f"({page_count.group(1) if page_count else '?'} pages)")
    if rows == 0:
        return ["print: no table rows on data/ninchisho-centres"], rows
    problems = []
    if missing:
        problems.append(f"print: {len(missing)} of {rows} rows missing from the PDF, e.g. {missing[:10]}")
    if unheaded:
        problems.append(f"print: header row {first_header!r} not repeated on pages {unheaded[:10]}")
    return problems, rows


PRINT_SIZES = """
return [...document.querySelectorAll('table.data-table')].map(table => {
  const cell = table.querySelector('tbody td, tbody th');
  const columns = Math.max(0, ...[...table.rows].map(row => row.cells.length));
  return [table.id, columns, cell ? parseFloat(getComputedStyle(cell).fontSize) : 0];
});
"""


def check_print_sizes(browser, root):
    """Each dataset page's table, in print: 10pt (13.33 px) or more up to six columns, else 8pt."""
    problems, tables = [], 0
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        for page in sorted(root.glob("data/*/index.html")):
            browser.get(page.as_uri())
            for table, columns, size in browser.execute_script(PRINT_SIZES):
                tables += 1
                least = 13.3 if columns <= 6 else 10.6
                if size < least:
                    problems.append(f"{page.relative_to(root)}: table {table} of {columns} columns prints at "
                                    f"{size * 0.75:.1f}pt, under {least * 0.75:.0f}pt")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    print(f"print sizes: {tables} dataset tables checked")
    return problems if tables else ["print sizes: no dataset table found"]


def screenshots(root, out):
    out.mkdir(parents=True, exist_ok=True)
    shots = {
        "suii": "data/shakai-seikatsu-fukushi-shikin-suii/index.html",
        "prefectures": "prefectures/index.html",
        "tokyo": "prefectures/tokyo/index.html",
    }
    for width in (1280, 390):
        browser = driver(width, 1200)
        try:
            for name, relative in shots.items():
                browser.get((root / relative).as_uri())
                browser.save_screenshot(str(out / f"{name}-{width}.png"))
            for page in sorted(root.glob("data/*/index.html")):
                browser.get(page.as_uri())
                for chart in browser.find_elements(By.CSS_SELECTOR, "svg.shc-chart"):
                    if chart.is_displayed() and chart.size["height"] > 0:
                        chart.screenshot(str(out / f"{page.parent.name}-{chart.get_attribute('id')}-{width}.png"))
        finally:
            browser.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root", nargs="?", default="public")
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    root = pathlib.Path(args.root).resolve()
    pages = pages_to_check(root)
    problems = []
    for width in (1280, 390):
        browser = driver(width)
        try:
            found, measured = check_width(browser, root, pages, width)
            problems += found
            print(f"measured {measured} chart texts on {len(pages)} pages at {width} px")
            if width == 390:
                problems += check_print(browser, root)[0]
                problems += check_print_sizes(browser, root)
            else:
                problems += check_sorting(browser, root)
        finally:
            browser.quit()
    problems += check_summary_on_first_screen(root)
    for problem in problems:
        print(problem)
    if args.screenshots:
        screenshots(root, pathlib.Path(args.screenshots))
    failed = len(problems)
    checks = 2 * len(pages) + 3 + len(list(root.glob("prefectures/*/index.html")))
    print(f"{checks - min(failed, checks)} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

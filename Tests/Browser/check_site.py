#!/usr/bin/env python3
"""Checks a built site in headless Chromium the way a reader would, straight from disk (file://).

    python3 Tests/Browser/check_site.py [public] [--screenshots DIR] [--axe]

For every HTML page: loads it, collects console errors (a page that needs a server fails here).
On every page with a sortable table: sorts a numeric column with the keyboard (Tab to the header
button, Enter) and checks that the rows are reordered and `aria-sort` is set. With --screenshots,
saves a ranked bar chart and a tile map as PNG. With --axe, runs axe-core on every index page (the
quality gate in Tests/Quality/run.py runs it on one page of each kind, in both colour schemes).
Needs Debian's chromium and chromium-driver and PyPI's selenium (and axe-selenium-python for --axe);
the WebDriver and axe-core come from Tests/Quality/browser.py.
Prints one line per problem and a closing `N passed, N failed` line.
"""
import argparse
import pathlib
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "Quality"))
import browser as chromium  # noqa: E402


def console_errors(browser):
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def body_order(table):
    return [row.text for row in table.find_elements(By.CSS_SELECTOR, "tbody > tr:not(.subrow)")]


def check_keyboard_sort(browser):
    """Sorts the first numeric column of the first sortable table with the keyboard alone."""
    tables = browser.find_elements(By.CSS_SELECTOR, "table.sortable")
    if not tables:
        return None
    table = tables[0]
    headers = table.find_elements(By.CSS_SELECTOR, "thead th.num button.sort") or table.find_elements(
        By.CSS_SELECTOR, "thead button.sort")
    if not headers:
        return "sortable table without header buttons"
    before = body_order(table)
    button = headers[0]
    browser.execute_script("arguments[0].focus()", button)
    if browser.switch_to.active_element != button:
        return "header button cannot take keyboard focus"
    button.send_keys(Keys.ENTER)
    after = body_order(table)
    header = button.find_element(By.XPATH, "./ancestor::th")
    if header.get_attribute("aria-sort") not in ("ascending", "descending"):
        return "aria-sort not set after sorting with Enter"
    if sorted(before) != sorted(after):
        return "sorting lost or duplicated rows"
    if len(set(before)) > 1 and before == after:
        button.send_keys(Keys.ENTER)
        if body_order(table) == before:
            return "Enter did not reorder the rows"
    return ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root", nargs="?", default="public")
    parser.add_argument("--screenshots")
    parser.add_argument("--axe", action="store_true")
    args = parser.parse_args()
    root = pathlib.Path(args.root).resolve()
    pages = sorted(root.rglob("*.html"))
    browser = chromium.driver()
    passed = failed = 0
    sorted_tables = 0
    try:
        for page in pages:
            browser.get(page.as_uri())
            problems = console_errors(browser)
            result = check_keyboard_sort(browser)
            if result:
                problems.append(result)
            elif result == "":
                sorted_tables += 1
            for problem in problems:
                print(f"{page.relative_to(root)}: {problem}")
            if problems:
                failed += 1
            else:
                passed += 1
        if args.screenshots:
            out = pathlib.Path(args.screenshots)
            out.mkdir(parents=True, exist_ok=True)
            for kind in ("ranked-bar", "tile-map"):
                for page in pages:
                    browser.get(page.as_uri())
                    charts = browser.find_elements(By.CSS_SELECTOR, f"svg.shc-{kind}")
                    if charts:
                        charts[0].screenshot(str(out / f"{kind}.png"))
                        print(f"screenshot {out / (kind + '.png')} from {page.relative_to(root)}")
                        break
        if args.axe:
            sample = [p for p in pages if p.name == "index.html"][:40]
            for page in sample:
                violations = chromium.run_axe(browser, page)
                for violation in violations:
                    print(f"{page.relative_to(root)}: axe {violation['id']} ({violation['impact']}): {len(violation['nodes'])} nodes")
                if violations:
                    failed += 1
                else:
                    passed += 1
    finally:
        browser.quit()
    print(f"keyboard-sorted tables on {sorted_tables} pages")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Headless Chromium and axe-core for the checks that open built pages the way a reader would.

One place builds the WebDriver (Tests/Browser/check_site.py and Tests/Quality/run.py both use it), so
the flags that make Chromium work from file:// as root in a container live in one file.
"""
import pathlib

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

# axe impacts that fail the gate; "moderate" and "minor" are printed but do not fail.
BLOCKING_IMPACTS = ("serious", "critical")


def driver():
    """A headless Chromium with the browser console log kept (check_site.py reads it)."""
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1200,1600"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=webdriver.ChromeService(CHROMEDRIVER), options=options)
    browser.set_script_timeout(180)
    return browser


def set_color_scheme(browser, scheme):
    """Emulates `prefers-color-scheme` so the dark palette of site.css is what axe measures."""
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"media": "", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def axe_script():
    """The axe-core bundled by axe-selenium-python: read from disk, so nothing is fetched at run time."""
    import axe_selenium_python

    return pathlib.Path(axe_selenium_python.__file__).with_name("node_modules") / "axe-core" / "axe.min.js"


def axe_version():
    """The bundled axe-core's version from the licence banner (`/*! axe v4.10.2`), or '' when unknown."""
    head = axe_script().read_text(encoding="utf-8", errors="replace")[:200]
    marker = "axe v"
    if marker not in head:
        return ""
    return head.split(marker, 1)[1].split()[0]


def run_axe(browser, page):
    """Opens `page` (a pathlib.Path) and returns axe-core's violations, each a dict with id, impact, nodes."""
    browser.get(page.as_uri())
    browser.execute_script(axe_script().read_text(encoding="utf-8"))
    result = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(done, function (e) { done({error: String(e)}); });")
    if "error" in result:
        raise RuntimeError(f"axe-core failed on {page}: {result['error']}")
    return result["violations"]

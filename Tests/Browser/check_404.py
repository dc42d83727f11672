#!/usr/bin/env python3
"""Checks that 404.html works when a server returns it for a deep missing address.

    python3 Tests/Browser/check_404.py SITE SHIRYO

Serves SITE (built without a base URL) and a second build made here with --base-url pointing at the
server, from a server that answers every missing path with the site's 404.html and status 404, the
way GitHub Pages, Netlify and nginx's `error_page 404` do. For /a/b/c/missing in headless Chromium:
1. both builds: the page is styled (its inlined stylesheet applies: the header has the site's
   background and the body the site's font), and the favicon link names an SVG;
2. with the base URL: every link in the header navigation resolves to a page the server holds
   (status 200), and the favicon loads.
Prints one line per problem and `N passed, N failed`; exits 1 on any failure.
"""
import http.server
import pathlib
import subprocess
import sys
import tempfile
import threading
import urllib.request

from selenium import webdriver


def serve(root):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *args):
            pass

        def send_error(self, code, message=None, explain=None):
            if code != 404:
                return super().send_error(code, message, explain)
            body = (root / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(flag)
    return webdriver.Chrome(service=webdriver.ChromeService("/usr/bin/chromedriver"), options=options)


STYLE = """
const header = document.querySelector('.site-header');
return {
  background: header ? getComputedStyle(header).backgroundColor : '',
  font: getComputedStyle(document.documentElement).fontFamily,
  icon: (document.querySelector('link[rel=icon]') || {}).href || '',
  links: [...document.querySelectorAll('.site-header a[href]')].map(a => a.href),
};
"""


def check(browser, base, label, expect_links):
    problems = []
    browser.get(base + "a/b/c/missing")
    found = browser.execute_script(STYLE)
    if found["background"] in ("", "rgba(0, 0, 0, 0)", "transparent"):
        problems.append(f"{label}: /a/b/c/missing is unstyled (header background {found['background']!r})")
    if "Gothic" not in found["font"] and "Noto" not in found["font"]:
        problems.append(f"{label}: /a/b/c/missing does not use the site's font ({found['font'][:60]!r})")
    if not found["icon"].endswith(".svg"):
        problems.append(f"{label}: no SVG favicon ({found['icon']!r})")
    if expect_links:
        if not found["links"]:
            problems.append(f"{label}: no navigation links")
        for href in found["links"] + [found["icon"]]:
            try:
                status = urllib.request.urlopen(href).status
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                status = getattr(error, "code", str(error))
            if status != 200:
                problems.append(f"{label}: link {href} from /a/b/c/missing answers {status}")
    print(f"{label}: 404 at depth checked ({len(found['links'])} navigation links)")
    return problems


def main():
    site = pathlib.Path(sys.argv[1]).resolve()
    shiryo = sys.argv[2]
    problems = []
    plain = serve(site)
    with tempfile.TemporaryDirectory() as directory:
        based_root = pathlib.Path(directory) / "public"
        based = serve(based_root)
        base = f"http://127.0.0.1:{based.server_address[1]}/"
        project = pathlib.Path(__file__).resolve().parent.parent.parent
        subprocess.run([shiryo, "build", "--quiet", "--content", str(project / "content"), "--templates",
                        str(project / "templates"), "--output", str(based_root), "--base-url", base], check=True)
        browser = driver()
        try:
            problems += check(browser, f"http://127.0.0.1:{plain.server_address[1]}/", "without base URL", False)
            problems += check(browser, base, "with base URL", True)
        finally:
            browser.quit()
            plain.shutdown()
            based.shutdown()
    for problem in problems:
        print(problem)
    print(f"{2 - min(len(problems), 2)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

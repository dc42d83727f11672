#!/usr/bin/env python3
"""`shiryo serve` in a real browser: an edit shows without a manual reload, a broken template
shows the error overlay while the last good page stays served, and fixing it reloads again.

Usage: python3 Tests/Browser/serve_reload.py PATH/TO/shiryo
Needs Debian's chromium and chromium-driver and PyPI's selenium.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, what, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise SystemExit(f"FAIL: {what} within {seconds} s")


def main():
    shiryo = os.path.abspath(sys.argv[1])
    root = tempfile.mkdtemp(prefix="shiryo-serve-")
    shutil.copytree(os.path.join(REPO, "templates"), os.path.join(root, "templates"))
    page = os.path.join(root, "content", "pages", "guide.md")
    os.makedirs(os.path.dirname(page))
    with open(page, "w", encoding="utf-8") as f:
        f.write("---\ntitle: 手引き\n---\n最初の本文。\n")
    port = free_port()
    server = subprocess.Popen([shiryo, "serve", "--port", str(port)], cwd=root, stderr=subprocess.PIPE, text=True)
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        url = f"http://127.0.0.1:{port}/guide/"
        wait_for(lambda: server.poll() is None and socket.create_connection(("127.0.0.1", port)).close() is None,
                 "server listening")
        driver.get(url)
        def main_text():
            # The page may reload between finding <main> and reading it; read again then.
            for _ in range(20):
                try:
                    return driver.find_element(By.TAG_NAME, "main").text
                except (StaleElementReferenceException, NoSuchElementException):
                    time.sleep(0.1)
            return ""
        assert "最初の本文。" in main_text(), main_text()
        driver.execute_script("window.__marker = 1")  # gone after any reload

        with open(page, "w", encoding="utf-8") as f:
            f.write("---\ntitle: 手引き\n---\n書き換えた本文。\n")
        wait_for(lambda: "書き換えた本文。" in main_text(), "the edit to show without a manual reload")
        print("ok: an edit to guide.md showed in the open page")

        layout = os.path.join(root, "templates", "page.mustache")
        good = open(layout, encoding="utf-8").read()
        with open(layout, "w", encoding="utf-8") as f:
            f.write("{{#content}}閉じていない節")
        def overlay_text():
            try:
                found = driver.find_elements(By.ID, "shiryo-build-error")
                return found[0].text if found else None
            except StaleElementReferenceException:
                return None
        wait_for(lambda: "page.mustache" in (overlay_text() or ""), "the error overlay")
        assert "書き換えた本文。" in main_text()
        if os.environ.get("SHOTS"):
            driver.save_screenshot(os.path.join(os.environ["SHOTS"], "serve-error-overlay.png"))
        print("ok: a broken template showed the overlay over the last good page:", (overlay_text() or "").splitlines()[-1][:100])

        with open(layout, "w", encoding="utf-8") as f:
            f.write(good)
        wait_for(lambda: overlay_text() is None and "書き換えた本文。" in main_text(), "the page to reload once the template is fixed")
        print("ok: fixing the template reloaded the page")
        # A site without a favicon makes the browser ask for /favicon.ico; that is the site's
        # business, not serve's, so it is not counted here.
        logs = [e for e in driver.get_log("browser") if e["level"] == "SEVERE" and "favicon.ico" not in e["message"]]
        if logs:
            raise SystemExit(f"FAIL: console errors: {logs}")
        print("serve_reload: 3 passed, 0 failed")
    finally:
        driver.quit()
        server.terminate()
        server.wait(5)
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

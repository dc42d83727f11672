#!/usr/bin/env bash
# Build speed of `shiryo build` on the deterministic Japanese benchmark corpus (1k and 10k pages),
# clean and unchanged, with Hugo on the same corpus when it is installed.
#
#   Tests/Benchmarks/build-speed.sh [PAGES...]      default: 1000 10000
#
# Needs ../shared/tools/gen_corpus.py beside the project. Works in /dev/shm when it exists so that
# disk noise does not drown the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=$PWD
generator=${GEN_CORPUS:-$project/../shared/tools/gen_corpus.py}
[ -f "$generator" ] || { echo "corpus generator not found at $generator (set GEN_CORPUS)" >&2; exit 1; }
swift build -c release --product shiryo >/dev/null
shiryo="$(swift build -c release --show-bin-path)/shiryo"
base=$([ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")
work=$(mktemp -d "$base/shiryo-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

seconds() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }

for pages in "${@:-1000 10000}"; do
  for n in $pages; do
    corpus="$work/corpus$n"
    python3 "$generator" --pages "$n" --out "$corpus" --hugo >/dev/null
    site="$work/site$n"
    mkdir -p "$site/content"
    cp -r "$corpus/content" "$site/content/pages"
    cp -r "$project/templates" "$site/templates"
    (cd "$site" && read -r clean cleankb <<<"$(seconds "$shiryo" build --quiet)" \
      && read -r warm warmkb <<<"$(seconds "$shiryo" build --quiet)" \
      && echo "shiryo $n pages: clean ${clean} s (${cleankb} KB max RSS), unchanged ${warm} s")
    if command -v hugo >/dev/null; then
      (cd "$corpus" && read -r hclean hkb <<<"$(seconds hugo --quiet)" && echo "hugo   $n pages: clean ${hclean} s (${hkb} KB max RSS)")
    fi
  done
done

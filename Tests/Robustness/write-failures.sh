#!/usr/bin/env bash
# A real full disk and a real read-only file system under a build (WriteFailureTests injects the
# same failures at the sync's system calls, since root is never refused a write). It mounts a 2 MB
# tmpfs, so it needs root; elsewhere it says so and passes.
#
# For each failure it checks: the build exits non-zero, the error names the file and says what to
# do, no raw Foundation error text is printed, and the output folder is byte for byte as it was.
#
# Usage: Tests/Robustness/write-failures.sh [path/to/shiryo]   (default: the debug build)
set -u
cd "$(dirname "$0")/../.."
shiryo=${1:-$(swift build --show-bin-path)/shiryo}
work=$(mktemp -d)
mnt="$work/mnt"
mkdir -p "$mnt" "$work/site/content/pages"
cleanup() { umount "$mnt" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if ! mount -t tmpfs -o size=2m tmpfs "$mnt" 2>/dev/null; then
  echo "write-failures: cannot mount a tmpfs here (needs root); skipped"
  exit 0
fi
failures=0
fail() { echo "write-failures: FAIL: $*"; failures=$((failures + 1)); }

cp -r templates "$work/site/templates"
printf 'title: 資料\n' > "$work/site/content/site.yaml"
printf -- '---\ntitle: 概要\n---\n古い本文\n' > "$work/site/content/pages/about.md"
build() { "$shiryo" build --quiet --content "$work/site/content" --templates "$work/site/templates" --output "$mnt/public" 2> "$work/stderr"; }
build || { cat "$work/stderr"; echo "write-failures: the small site does not build on the tmpfs"; exit 1; }
cp -a "$mnt/public" "$work/before"

# expect NAME REASON FIX: the last build failed with these words, and the output is as it was.
expect() {
  local name=$1 reason=$2 fix=$3 rc=$4
  [ "$rc" -ne 0 ] || fail "$name: the build exited 0"
  grep -q "^error: $mnt/public/.*: cannot be written ($reason)" "$work/stderr" || fail "$name: the error does not name the file and the cause: $(cat "$work/stderr")"
  grep -q "$fix" "$work/stderr" || fail "$name: the error does not say what to do: $(cat "$work/stderr")"
  ! grep -Eq "NSCocoaErrorDomain|Error Domain|Code=" "$work/stderr" || fail "$name: raw Foundation text: $(cat "$work/stderr")"
  diff -r --exclude=.shiryo-output "$work/before" "$mnt/public" > /dev/null || fail "$name: the output changed"
  ! find "$mnt/public" -name '.shiryo-tmp-*' | grep -q . || fail "$name: a temporary file was left"
  echo "write-failures: $name: exit $rc, $(head -c 160 "$work/stderr")"
}

# A full disk: the new text does not fit in what is left of the 2 MB.
{ printf -- '---\ntitle: 概要\n---\n'; head -c 3000000 /dev/zero | tr '\0' 'a'; printf '\n'; } > "$work/site/content/pages/about.md"
build; expect "disk full (ENOSPC)" "No space left on device" "free some disk space" $?

# A read-only file system.
printf -- '---\ntitle: 概要\n---\n新しい本文\n' > "$work/site/content/pages/about.md"
mount -o remount,ro "$mnt"
build; expect "read-only (EROFS)" "Read-only file system" "read-only file system" $?
mount -o remount,rw "$mnt"

build || fail "the build after the failures: $(cat "$work/stderr")"
grep -q "新しい本文" "$mnt/public/about/index.html" || fail "the repair build did not write the new page"
[ "$failures" -eq 0 ] && echo "write-failures: 2 real failures, each named with its fix; the output was left as it was" || exit 1

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# deb_test.sh SOURCE_DIR BUILD_DIR [DEB...]: the Debian packages as a user gets them. Builds
# them with cpack (or takes the .deb files given), checks that dpkg-shlibdeps filled in their
# dependencies, installs them with dpkg -i, runs the installed kbrief (--version, json on a
# sample against its golden), finds its man page, completions, schema, CMake package and
# kbrief.pc, then removes them with dpkg -r and checks that nothing is left.
# Needs root and dpkg; skips (77) without them, or when kbrief is already installed here.
set -euo pipefail
src=$(cd "$1" && pwd) build=$(cd "$2" && pwd)
shift 2
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "installing a .deb needs root (CI runs this test as root)"
command -v dpkg > /dev/null || skip "no dpkg: not a Debian system"
for p in kbrief kbrief-dev; do
  if dpkg-query -W -f='${Status}' "$p" 2> /dev/null | grep -q "ok installed"; then
    skip "package $p is installed on this machine already: this test would remove it"
  fi
done
command -v dpkg-shlibdeps > /dev/null || fail "dpkg-shlibdeps is missing (package dpkg-dev)"

work=$(mktemp -d)
installed=()
cleanup() {
  [ ${#installed[@]} -eq 0 ] || dpkg -r "${installed[@]}" > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ $# -gt 0 ]; then
  debs=("$@")
else
  (cd "$build" && cpack -G DEB -B "$work/packages" > "$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
  debs=("$work"/packages/*.deb)
fi
runtime="" dev=""
for deb in "${debs[@]}"; do
  case $(dpkg-deb -f "$deb" Package) in
    kbrief) runtime=$deb ;;
    kbrief-dev) dev=$deb ;;
  esac
done
[ -n "$runtime" ] || fail "no kbrief package among ${debs[*]}"
[ -n "$dev" ] || fail "no kbrief-dev package among ${debs[*]}"

depends=$(dpkg-deb -f "$runtime" Depends)
for lib in libc6 libicu libstdc++6; do
  [[ $depends == *"$lib"* ]] || fail "kbrief's Depends ($depends) lacks $lib: shlibdeps did not run"
done
if [[ $depends == *libpoppler-cpp* ]]; then  # built with PDF input: Korean CID fonts need its maps
  [[ $depends == *poppler-data* ]] || fail "kbrief's Depends ($depends) lacks poppler-data"
fi

dpkg -i "$runtime" "$dev" > "$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i failed"; }
installed=(kbrief-dev kbrief)

[ "$(command -v kbrief)" = /usr/bin/kbrief ] || fail "kbrief is not /usr/bin/kbrief"
version=$(/usr/bin/kbrief --version)
[[ $version == "kbrief "*ICU*"JSON schema kbrief/1"* ]] || fail "kbrief --version says: $version"
(cd "$src" && /usr/bin/kbrief json --pretty samples/pdftotext-crlf.txt) > "$work/sample.json"
diff -u "$src/samples/pdftotext-crlf.json" "$work/sample.json" ||
  fail "the installed kbrief's JSON differs from the golden"
for f in /usr/share/kbrief/kbrief-1.schema.json /usr/share/bash-completion/completions/kbrief \
         /usr/share/zsh/vendor-completions/_kbrief /usr/share/fish/vendor_completions.d/kbrief.fish \
         /usr/share/doc/kbrief/LICENSE /usr/include/kbrief/document.h; do
  [ -f "$f" ] || fail "$f is not installed"
done
if [ -f "$build/kbrief.1" ]; then
  dpkg -L kbrief | grep -q '/man1/kbrief\.1\.gz$' || fail "the package has no man page"
  if command -v man > /dev/null; then
    man -w kbrief | grep -q 'kbrief\.1\.gz$' || fail "man does not find kbrief(1)"
  fi
fi
dpkg -L kbrief-dev | grep -q '/kbriefConfig\.cmake$' || fail "kbrief-dev has no kbriefConfig.cmake"
[ "$(pkg-config --modversion kbrief)" = "$(dpkg-deb -f "$runtime" Version)" ] ||
  fail "pkg-config does not find kbrief.pc in /usr"

files=$(dpkg -L kbrief kbrief-dev | while read -r f; do [ -f "$f" ] && echo "$f"; done)
dpkg -r kbrief-dev kbrief > "$work/remove.log" 2>&1 || { cat "$work/remove.log"; fail "dpkg -r failed"; }
installed=()
for f in $files; do
  [ ! -e "$f" ] || fail "$f is still there after dpkg -r"
done
! dpkg-query -W -f='${Status}' kbrief 2> /dev/null | grep -q "ok installed" ||
  fail "kbrief still installed after dpkg -r"
echo "deb: built, installed with dpkg -i, ran, removed cleanly with dpkg -r"

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# install_test.sh SOURCE_DIR BUILD_DIR CXX: `cmake --install` into a staged tree (DESTDIR), then
# a project outside kbrief's tree (tests/consumer) finds it with find_package(kbrief 0.2),
# links kbrief::core and must print a sample's JSON exactly as its golden has it; the same
# program built with `pkg-config kbrief` alone must too.
set -euo pipefail
src=$(cd "$1" && pwd) build=$(cd "$2" && pwd) cxx=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install_test: $*" >&2; exit 1; }

prefix=/opt/kbrief
root=$work/stage$prefix
DESTDIR=$work/stage cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in bin/kbrief include/kbrief/document.h include/kbrief/json.h \
         share/kbrief/kbrief-1.schema.json share/doc/kbrief/LICENSE; do
  [ -e "$root/$f" ] || fail "cmake --install did not install $f"
done
config=$(find "$root" -name kbriefConfig.cmake)
[ -n "$config" ] || fail "no kbriefConfig.cmake installed"
[ -n "$(find "$root" -name kbriefConfigVersion.cmake)" ] || fail "no kbriefConfigVersion.cmake"
pc=$(find "$root" -name kbrief.pc)
[ -n "$pc" ] || fail "no kbrief.pc installed"
[ -n "$(find "$root" -name 'libkbrief.*')" ] || fail "no libkbrief installed"
if find "$root/include" -path '*detail*' | grep -q .; then fail "internal headers installed"; fi
"$root/bin/kbrief" --version | grep -q '^kbrief ' || fail "the installed kbrief does not run"

sample=samples/pdftotext-crlf.txt
golden=$src/samples/pdftotext-crlf.json

# CMake: find_package(kbrief 0.2 REQUIRED) and kbrief::core.
cmake -S "$src/tests/consumer" -B "$work/cmake-consumer" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$root" > "$work/configure.log" ||
  { cat "$work/configure.log"; fail "the consumer project does not configure"; }
cmake --build "$work/cmake-consumer" > "$work/build.log" ||
  { cat "$work/build.log"; fail "the consumer project does not build"; }
(cd "$src" && "$work/cmake-consumer/consumer" "$sample") > "$work/cmake.json"
diff -u "$golden" "$work/cmake.json" || fail "the CMake consumer's JSON differs from $golden"

# A version outside the 0.2 series is refused.
mkdir -p "$work/too-new"
sed 's/kbrief 0.2 REQUIRED/kbrief 0.3 REQUIRED/' "$src/tests/consumer/CMakeLists.txt" \
  > "$work/too-new/CMakeLists.txt"
cp "$src/tests/consumer/main.cc" "$work/too-new/"
if cmake -S "$work/too-new" -B "$work/too-new/build" -DCMAKE_PREFIX_PATH="$root" \
     > "$work/too-new.log" 2>&1; then
  fail "find_package(kbrief 0.3) accepted kbrief $("$root/bin/kbrief" --version | head -1)"
fi

# pkg-config: the flags alone build the same program (a shared libkbrief found by path).
export LD_LIBRARY_PATH=$(dirname "$(find "$root" -name 'libkbrief.*' | head -1)")
export PKG_CONFIG_PATH=$(dirname "$pc")
flags=$(pkg-config --cflags kbrief) libs=$(pkg-config --libs kbrief)
# shellcheck disable=SC2086
"$cxx" $flags "$src/tests/consumer/main.cc" -o "$work/pc-consumer" $libs
(cd "$src" && "$work/pc-consumer" "$sample") > "$work/pc.json"
diff -u "$golden" "$work/pc.json" || fail "the pkg-config consumer's JSON differs from $golden"
echo "install_test: installed under DESTDIR, consumers built with CMake and pkg-config, outputs match"

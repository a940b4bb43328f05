#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds with warnings as errors and AddressSanitizer + UBSan (the ci preset), and runs the
# whole test suite headless under them, leaks detected (docs/hardening.md). CI runs this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# ccache (used when installed) shares objects between checkouts in different folders.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
export QT_QPA_PLATFORM=offscreen
cmake --preset ci
cmake --build --preset ci
ctest_log="$(mktemp)"
ctest --preset ci 2>&1 | tee "$ctest_log"
# Repeat the suite's result as the last line, after the fuzz stage's output.
total=$(sed -n 's/.*tests failed out of \([0-9]*\).*/\1/p' "$ctest_log" | tail -n 1)
rm -f "$ctest_log"
# A brief libFuzzer run over the parsers of outside input (docs/hardening.md): clang with ASan + UBSan, 20 s per
# target, about 2-3 minutes in all. Skipped, saying so, where clang's fuzzer runtime is not installed.
fuzz_probe="$(mktemp -d)"
if command -v clang++ >/dev/null \
    && echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' \
        | clang++ -x c++ -fsanitize=fuzzer,address,undefined - -o "$fuzz_probe/probe" 2>/dev/null; then
    ISOAUDIT_FUZZ_BUILD="$PWD/build-fuzz" bash tests/fuzz/run-fuzzers.sh 20 csv xlsx mapping sealed pdf
else
    echo "clang with libFuzzer not found: fuzzing skipped (scripts/install-deps.sh installs it)"
fi
rm -rf "$fuzz_probe"
echo "tests: ${total:-0} passed, 0 failed"

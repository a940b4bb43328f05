#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each for SECONDS (default 60)
# on a scratch copy of the corpus. A crash leaves crash-* files in build-fuzz/fuzz-out/; add them to
# tests/fuzz/corpus/<reader>/ so fuzz_<reader>_replay keeps testing them.
set -euo pipefail
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${ISOAUDIT_FUZZ_BUILD:-$root/build-fuzz}"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DISOAUDIT_FUZZ=ON -DISOAUDIT_WERROR=OFF >/dev/null
cmake --build "$build" --target fuzz_csv fuzz_xlsx
mkdir -p "$build/fuzz-out"
status=0
for target in csv xlsx; do
    work="$build/fuzz-out/corpus-$target"
    mkdir -p "$work"
    cp -n "$root/tests/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
    echo "== fuzz_$target for ${seconds}s"
    (cd "$build/fuzz-out" && "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=262144 \
        -rss_limit_mb=2048 -timeout=20 "$work") || status=1
done
exit $status

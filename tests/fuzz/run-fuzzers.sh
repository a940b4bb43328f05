#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs each for SECONDS (default 60) on a
# scratch copy of its corpus. Usage: run-fuzzers.sh [SECONDS [TARGET...]]; TARGET is csv, xlsx, mapping, package,
# sealed, pdf or dbheader (default: all). A crash leaves crash-*/oom-*/timeout-* files in build-fuzz/fuzz-out/;
# fix the bug and add the file to tests/fuzz/corpus/<target>/ so fuzz_<target>_replay keeps testing it
# (docs/hardening.md).
set -euo pipefail
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv xlsx mapping package sealed pdf dbheader)
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${ISOAUDIT_FUZZ_BUILD:-$root/build-fuzz}"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DISOAUDIT_FUZZ=ON -DISOAUDIT_WERROR=OFF >/dev/null
cmake --build "$build" --target "${targets[@]/#/fuzz_}"
mkdir -p "$build/fuzz-out"
status=0
for target in "${targets[@]}"; do
    work="$build/fuzz-out/corpus-$target"
    mkdir -p "$work"
    cp -n "$root/tests/fuzz/corpus/$target/"* "$work/" 2>/dev/null || true
    echo "== fuzz_$target for ${seconds}s"
    (cd "$build/fuzz-out" && "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=262144 \
        -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 "$work" 2>"$build/fuzz-out/fuzz_$target.log") || {
        status=1
        tail -n 60 "$build/fuzz-out/fuzz_$target.log"
    }
    grep -E "^stat::number_of_executed_units|^Done" "$build/fuzz-out/fuzz_$target.log" || true
done
exit $status

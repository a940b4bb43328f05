#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One command for the benchmark suite (issue 8): builds Release (BUILD_DIR, default build-benchmarks), generates the
# large audit and the scaling audits with `isoaudit-cli generate` (kept in $BUILD_DIR/bench-work; FRESH=1 redoes
# them), measures every figure beside its floor or peer and rewrites docs/benchmarks.md.
# Options: --no-build (reuse BUILD_DIR), --no-scaling, --render-only (rewrite the doc from the last run's
# bench-work/results.json, e.g. after editing tests/benchmarks/analysis.md). Environment: RUNS (default 5), SCALES,
# BUILD_DIR, BUILD_TYPE, BENCH_WORK, PEER_TIMEOUT, NO_INSTALL=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 "$here/../tests/benchmarks/run_benchmarks.py" "$@"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The durability kill test for longer: ROUNDS kills (default 500) of a writer in the middle of a burst of edits.
# usage: tests/soak-durability.sh [BUILD_DIR] [ROUNDS]
set -euo pipefail
build=${1:-build}
ISOAUDIT_KILL_ROUNDS=${2:-500} QT_QPA_PLATFORM=offscreen "$build/tests/tst_durability"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the real workbench under Xvfb and saves a PNG of every page at 1366x768 (a common auditor laptop) and
# 1920x1080 into docs/screenshots/ (<page>-<width>x<height>.png). The demo audit is imported fresh into a
# throw-away home, so the pictures never depend on the machine's own settings or audits.
#
#   scripts/screenshots.sh [BUILD_DIR]      (default: build)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-${here}/build}"
app="${build}/app/isoaudit"
out="${here}/docs/screenshots"
sizes=(1366x768 1920x1080)

if [[ ! -x "${app}" ]]; then
    echo "screenshots.sh: ${app} not found; build the 'isoaudit' target first" >&2
    exit 1
fi
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt install xvfb)" >&2; exit 1; }

home="$(mktemp -d)"
trap 'rm -rf "${home}"' EXIT
mkdir -m 700 "${home}/runtime"
export XDG_RUNTIME_DIR="${home}/runtime"
mkdir -p "${out}"

# The page keys the binary knows, in navigation order (panes other engineers add appear automatically).
pages=$(HOME="${home}" XDG_CONFIG_HOME="${home}/config" XDG_DATA_HOME="${home}/data" QT_QPA_PLATFORM=offscreen \
    "${app}" --screenshot-pane '?' 2>&1 | sed -n 's/.*pages: //p' | tr -d ',' || true)
if [[ -z "${pages}" ]]; then
    echo "screenshots.sh: could not ask ${app} for its pages" >&2
    exit 1
fi

for size in "${sizes[@]}"; do
    echo "== ${size}"
    HOME="${home}" XDG_CONFIG_HOME="${home}/config" XDG_DATA_HOME="${home}/data" \
        xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
            set -euo pipefail
            app="$1"; out="$2"; size="$3"; shift 3
            for page in "$@"; do
                file="${out}/${page}-${size}.png"
                "${app}" --screenshot-pane "${page}" --size "${size}" --screenshot "${file}"
                echo "   ${file}"
            done' _ "${app}" "${out}" "${size}" ${pages}
done
echo "Screenshots written to ${out}"

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and opens IsoAudit on the bundled demo audit.
# Without a display (a server, a container) the app runs under Xvfb; set ISOAUDIT_NO_XVFB=1 to refuse that.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
# ccache (used when installed) shares objects between checkouts in different folders.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake --preset dev
cmake --build --preset dev
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${ISOAUDIT_NO_XVFB:-}" ]; then
    echo "No display found: starting IsoAudit under Xvfb (use a desktop session to see the window)." >&2
    exec xvfb-run -a -s "-screen 0 1920x1080x24" build/app/isoaudit "$@"
fi
exec build/app/isoaudit "$@"

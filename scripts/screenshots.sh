#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the real workbench under Xvfb and saves a PNG of every page at 1366x768 (a common auditor laptop) and
# 1920x1080 into docs/screenshots/ (<page>-<width>x<height>.png). The demo audit is imported fresh into a
# throw-away home, so the pictures never depend on the machine's own settings or audits.
# With --guide it writes the user guide's pictures instead: every page at 1280x800 into docs/images/pane-<page>.png,
# plus the New Audit wizard, the Sign Report dialog and the User Guide viewer grabbed by their tests (when those test
# executables are built), each reduced with pngquant (or `convert -strip`) to stay small.
#
#   scripts/screenshots.sh [--guide] [BUILD_DIR]      (default: build)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
guide=0
if [[ "${1:-}" == "--guide" ]]; then
    guide=1
    shift
fi
build="$(cd "${1:-${here}/build}" && pwd)"
app="${build}/app/isoaudit"
out="${here}/docs/screenshots"
sizes=(1366x768 1920x1080)
prefix=""
if ((guide)); then
    out="${here}/docs/images"
    sizes=(1280x800)
    prefix="pane-"
fi

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

# The ISO/IEC 27001 demo audit's pages, then the SOC 2 demo engagement's (pictures named soc2-<page>-...).
for demo in iso soc2; do
    flags=()
    name="${prefix}"
    if [[ "${demo}" == soc2 ]]; then
        flags=(--soc2-demo)
        name="${prefix}soc2-"
    fi
    # The page keys the binary knows, in navigation order (panes other engineers add appear automatically).
    pages=$(HOME="${home}" XDG_CONFIG_HOME="${home}/config" XDG_DATA_HOME="${home}/data" QT_QPA_PLATFORM=offscreen \
        "${app}" "${flags[@]}" --screenshot-pane '?' 2>&1 | sed -n 's/.*pages: //p' | tr -d ',' || true)
    if [[ -z "${pages}" ]]; then
        echo "screenshots.sh: could not ask ${app} for its pages" >&2
        exit 1
    fi
    for size in "${sizes[@]}"; do
        echo "== ${demo} ${size}"
        HOME="${home}" XDG_CONFIG_HOME="${home}/config" XDG_DATA_HOME="${home}/data" \
            xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
                set -euo pipefail
                app="$1"; out="$2"; size="$3"; name="$4"; guide="$5"; flags="$6"; shift 6
                for page in "$@"; do
                    file="${out}/${name}${page}-${size}.png"
                    [[ "${guide}" == 1 ]] && file="${out}/${name}${page}.png"
                    "${app}" ${flags} --screenshot-pane "${page}" --size "${size}" --screenshot "${file}"
                    echo "   ${file}"
                done' _ "${app}" "${out}" "${size}" "${name}" "${guide}" "${flags[*]:-}" ${pages}
    done
done

if ((guide)); then
    # Dialogs are grabbed by the tests that drive them (ISOAUDIT_SCREENSHOT_DIR), offscreen.
    shots="${home}/shots"
    mkdir -p "${shots}"
    for test in tst_signreportdialog tst_userguide tst_teamworkbench; do
        if [[ -x "${build}/tests/${test}" ]]; then
            (cd "${home}" && HOME="${home}" XDG_CONFIG_HOME="${home}/config" QT_QPA_PLATFORM=offscreen \
                ISOAUDIT_SCREENSHOT_DIR="${shots}" "${build}/tests/${test}" >/dev/null) ||
                echo "screenshots.sh: ${test} failed; its pictures are skipped" >&2
        else
            echo "screenshots.sh: ${build}/tests/${test} is not built; its pictures are skipped" >&2
        fi
    done
    for pair in signreport-blocked.png:dialog-sign-report.png newaudit-wizard.png:dialog-new-audit.png \
        userguide-dialog.png:dialog-user-guide.png merge-dialog.png:merge-dialog.png; do
        if [[ -f "${shots}/${pair%%:*}" ]]; then
            cp "${shots}/${pair%%:*}" "${out}/${pair##*:}"
            echo "   ${out}/${pair##*:}"
        fi
    done
    for file in "${out}"/*.png; do
        if command -v pngquant >/dev/null; then
            pngquant --force --skip-if-larger --strip --quality 70-95 --output "${file}" -- "${file}" || true
        elif command -v convert >/dev/null; then
            convert "${file}" -strip "${file}"
        fi
    done
    du -k "${out}"/*.png
fi
echo "Screenshots written to ${out}"

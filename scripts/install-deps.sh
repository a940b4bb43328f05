#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything IsoAudit needs to build, test and run on Debian 12 / Ubuntu 24.04 (Debian's packages only).
set -euo pipefail
packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
    libsqlite3-dev sqlite3 libssl-dev
    libquazip1-qt6-dev qt6-5compat-dev # .xlsx import/export (core/import); QuaZip-Qt6 needs Core5Compat
    python3 qt6-translations-l10n # tests/i18n checkers; Qt's own strings (standard buttons) in da/de/nl/fr
    xvfb xauth poppler-utils qpdf imagemagick
    desktop-file-utils appstream # packaging_desktop_integration test (packaging/README.md)
    fonts-dejavu-core fonts-droid-fallback # the report's fonts: Latin/Greek/Cyrillic, and CJK names (embedded in PDFs)
    clang libclang-rt-dev # the libFuzzer stage of scripts/test.sh (libclang-rt-dev: libclang_rt.fuzzer, ASan, UBSan)
    postgresql libqt6sql6-psql # the central repository (docs/repository.md); its tests start their own PostgreSQL 15
    qtkeychain-qt6-dev # the workbench keeps repository passwords in the desktop's keychain
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${missing[@]}"

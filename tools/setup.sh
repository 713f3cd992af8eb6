#!/usr/bin/env bash
# One-command set-up on Debian/Ubuntu: the system packages the project needs, then the package itself
# in editable mode with its dev extra. Safe to run again: it installs only what is missing.
# `tools/setup.sh docs` also installs Chromium, for the check of the docs site.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
PKGS="tesseract-ocr tesseract-ocr-eng fonts-dejavu-core fonts-liberation fonts-freefont-ttf"  # FreeFont: the typeface comparison of side notebook 03e
[ "${1:-}" = docs ] && PKGS="$PKGS chromium"  # `make docs`: the browser that checks the site

missing=""
if command -v dpkg >/dev/null 2>&1; then
  for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
else
  command -v tesseract >/dev/null 2>&1 || missing="$missing tesseract-ocr tesseract-ocr-eng"
fi
missing=${missing# }
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "set-up: installing system packages: $missing"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
  else
    echo "set-up: missing system packages: $missing"
    echo "set-up: run this once, then run make again:"
    echo "    sudo apt-get update && sudo apt-get install -y $missing"
    exit 1
  fi
fi

if [ -n "${VIRTUAL_ENV:-}" ] || [ "$(id -u)" = 0 ] || [ -n "${CI:-}" ]; then userflag=""; else userflag="--user"; fi
echo "set-up: pip install -e .[dev]"
"$PYTHON" -m pip install -q $userflag -e ".[dev]"

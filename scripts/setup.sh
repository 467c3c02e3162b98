#!/usr/bin/env bash
# Creates .venv and installs the pinned packages when they are missing or the pins changed.
# Usage: scripts/setup.sh [app|dev]
set -euo pipefail
cd "$(dirname "$0")/.."
want="${1:-app}"
requirements="requirements.txt"
[ "$want" = "dev" ] && requirements="requirements-dev.txt"

python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi

stamp=".venv/.installed-$want"
digest=$(cat requirements.txt "$requirements" | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  .venv/bin/python -m pip install --quiet -r "$requirements"
  echo "$digest" > "$stamp"
fi

# Browser tests and the PDF report use Debian's Chromium and fonts; never a downloaded browser build.
debian_packages="chromium fonts-dejavu-core fonts-noto-color-emoji poppler-utils"
missing=""
for package in $debian_packages; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  elif [ "$want" = "dev" ]; then
    echo "Mangler Debian-pakker:$missing. Kjør: sudo apt-get install -y$missing" >&2
    exit 1
  else
    echo "Merk: PDF-rapporten trenger Debian-pakkene$missing (sudo apt-get install -y$missing)." >&2
  fi
fi

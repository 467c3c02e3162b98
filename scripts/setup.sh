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

if [ "$want" = "dev" ] && [ ! -x /usr/bin/chromium ]; then
  # Browser tests and the PDF report use Debian's Chromium; never a downloaded browser build.
  if [ "$(id -u)" = "0" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core poppler-utils >/dev/null
  else
    echo "Chromium mangler: kjør 'sudo apt-get install -y chromium fonts-dejavu-core poppler-utils'" >&2
    exit 1
  fi
fi

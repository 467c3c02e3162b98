#!/usr/bin/env bash
# Sets everything up and starts the dashboard on http://localhost:8501.
# The demo municipality is created in data/kommune.duckdb when no database exists.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh app
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = "0" ]; then
  # The PDF report is printed by Debian's Chromium.
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null || true
fi
export KOMMUNE_DB="${KOMMUNE_DB:-data/kommune.duckdb}"
.venv/bin/python -m analytics --db "$KOMMUNE_DB" ensure-demo
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" --browser.gatherUsageStats false "$@"

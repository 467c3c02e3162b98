#!/usr/bin/env bash
# Sets everything up and starts the dashboard on http://127.0.0.1:8501.
# The demo municipality is created in data/kommune.duckdb when no database exists.
# It listens on this machine only unless ADDRESS is set (behind a reverse proxy with TLS, keep
# the default: see the README's production section). PORT changes the port.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh app
export KOMMUNE_DB="${KOMMUNE_DB:-data/kommune.duckdb}"
.venv/bin/python -m analytics --db "$KOMMUNE_DB" ensure-demo
exec .venv/bin/python -m streamlit run serve.py \
  --server.address "${ADDRESS:-127.0.0.1}" \
  --server.port "${PORT:-8501}" \
  --browser.gatherUsageStats false "$@"

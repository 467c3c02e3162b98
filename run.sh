#!/usr/bin/env bash
# Sets everything up and starts the dashboard on http://localhost:8501.
# The demo municipality is created in data/kommune.duckdb when no database exists.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh app
export KOMMUNE_DB="${KOMMUNE_DB:-data/kommune.duckdb}"
.venv/bin/python -m analytics --db "$KOMMUNE_DB" ensure-demo
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" --browser.gatherUsageStats false "$@"

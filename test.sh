#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: lint, types, unit, AppTest and browser tests.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh dev
.venv/bin/ruff check --no-cache .
.venv/bin/ruff format --no-cache --check .
.venv/bin/mypy analytics ui pages app.py server serve.py
.venv/bin/python -m pytest -n 2 "$@"

"""Benchmark of the economy queries at 10 % and 100 % of a large municipality.

Full size: 10 years × 300 ansvar × 150 arts × 12 months ≈ 5.4 million accounts lines (and an
annual budget line per year, ansvar and art) in the operating ledger, beside an investment
ledger of 40 projects (budget and accounts per month, about 48 000 lines) that the operating
figures must skip. The 10 % store has 30 ansvar (same years and arts), so history, seasonal
profiles and the back-test grow with it.

Timed, each at both sizes (median of a few runs):
- `summary`:   rebuilding the summed accounts after an import (once per import, not per view);
- `gaps`:      the gap table by unit for the whole municipality (`compute_gaps`, from disk);
- `drilldown`: one unit's drill-down, unit → ansvar → art group → art (ledger read included);
- `page cold`: an AppTest run of the Økonomi page for the whole municipality, cache emptied;
- `page warm`: the same page run again (figures cached until the data change).

Each figure is the fastest of three runs (the machine is shared by several people; the
minimum is the least disturbed figure). Run: `.venv/bin/python bench/queries.py
[--out bench/out]`. The stores are written to `--out` (ignored by git).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from analytics.accounts.users import add_user
from analytics.core.access import Access
from analytics.core.organisation import resolve_scope
from analytics.economy.drilldown import DrillPoint, drill_rows
from analytics.economy.gaps import compute_gaps
from analytics.economy.ledger import load_ledger
from analytics.store import Store, open_store
from analytics.store.db import close_all
from analytics.store.ledger import refresh_accounts_summary

YEARS = 10
FIRST_YEAR = 2016
ARTS = 150
FULL_ANSVAR = 300
ANSVAR_PER_UNIT = 10
UNITS_PER_SECTOR = 6
BENCH_USER, BENCH_PASSWORD = "bench.direktor", "benk-passord-lang-nok"
YEAR, MONTH = FIRST_YEAR + YEARS - 1, 10


def fill_store(store: Store, ansvar_count: int) -> int:
    """Writes the organisation, budget and accounts; returns the number of accounts lines."""
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO organisation SELECT lpad((1000 + a)::VARCHAR, 4, '0'), 'Ansvar ' || a, "
            f"(100 + a // {ANSVAR_PER_UNIT})::VARCHAR, 'Enhet ' || (a // {ANSVAR_PER_UNIT}), "
            f"(1 + a // {ANSVAR_PER_UNIT * UNITS_PER_SECTOR})::VARCHAR, "
            f"'Sektor ' || (1 + a // {ANSVAR_PER_UNIT * UNITS_PER_SECTOR}) "
            f"FROM range({ansvar_count}) t(a)"
        )
        tx.execute(
            "INSERT INTO uploads (kind, file_name, sha256, uploaded_by, uploaded_at, row_count, "
            "coverage) VALUES ('mixed', 'benk.csv', 'benk', 'benk', now(), 0, '{}')"
        )
        upload = tx.execute("SELECT max(id) FROM uploads").fetchone()[0]  # type: ignore[index]
        # art r: 5-digit local code 1KKK0 with KOSTRA art KKK = 10 + 6 r (010 … 904);
        # KOSTRA arts from 600 are income (negative). Amounts deterministic from a hash.
        art = "'1' || lpad((10 + 6 * r)::VARCHAR, 3, '0') || '0'"
        sign = "CASE WHEN 10 + 6 * r >= 600 THEN -1 ELSE 1 END"
        tx.execute(
            "INSERT INTO budget_lines (upload_id, year, month, ansvar, art, tjeneste, prosjekt, "
            f"budget_kind, amount) SELECT {upload}, {FIRST_YEAR} + y, NULL, "
            "lpad((1000 + a)::VARCHAR, 4, '0'), " + art + ", '', '', 'original', "
            f"({sign} * (12000 + hash(y, a, r) % 120000))::DECIMAL(18, 2) "
            f"FROM range({YEARS}) t1(y), range({ansvar_count}) t2(a), range({ARTS}) t3(r)"
        )
        tx.execute(
            "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, tjeneste, "
            f"prosjekt, amount) SELECT {upload}, {FIRST_YEAR} + y, p, "
            "lpad((1000 + a)::VARCHAR, 4, '0'), " + art + ", '', '', "
            f"({sign} * (1000 + hash(y, a, r) % 10000 + hash(p, a, r) % 500) "
            "* CASE WHEN p = 6 THEN 0.5 ELSE 1 END)::DECIMAL(18, 2) "
            f"FROM range({YEARS}) t1(y), range(1, 13) t2(p), range({ansvar_count}) t3(a), "
            f"range({ARTS}) t4(r) WHERE {FIRST_YEAR} + y < {YEAR} OR p <= {MONTH}"
        )
        _fill_investments(tx, upload, ansvar_count)
    add_user(store, Access.system(), BENCH_USER, "director", password=BENCH_PASSWORD)
    return int(store.value("SELECT count(*) FROM accounts_lines WHERE ledger = 'operating'"))


PROJECTS = 40
INVESTMENT_ARTS = ("02300", "02700", "04290", "07290", "09100")


def _fill_investments(tx: duckdb.DuckDBPyConnection, upload: int, ansvar_count: int) -> None:
    """The investment ledger: PROJECTS projects on the first ansvar, budget per year and art,
    accounts per month (5-digit investment arts 0KKK0)."""
    arts = "['" + "', '".join(INVESTMENT_ARTS) + "'][1 + r]"
    project = "'P' || (100 + j)::VARCHAR"
    ansvar = f"lpad((1000 + j % {ansvar_count})::VARCHAR, 4, '0')"
    tx.execute(
        "INSERT INTO budget_lines (upload_id, year, month, ansvar, art, tjeneste, prosjekt, "
        f"budget_kind, amount, ledger) SELECT {upload}, {FIRST_YEAR} + y, NULL, {ansvar}, "
        f"{arts}, '', {project}, 'original', (100000 + hash(y, j, r) % 900000)::DECIMAL(18, 2), "
        f"'investment' FROM range({YEARS}) t1(y), range({PROJECTS}) t2(j), "
        f"range({len(INVESTMENT_ARTS)}) t3(r)"
    )
    tx.execute(
        "INSERT INTO accounts_lines (upload_id, year, period, ansvar, art, tjeneste, prosjekt, "
        f"amount, ledger) SELECT {upload}, {FIRST_YEAR} + y, p, {ansvar}, {arts}, '', "
        f"{project}, (8000 + hash(y, p, j, r) % 70000)::DECIMAL(18, 2), 'investment' "
        f"FROM range({YEARS}) t1(y), range(1, 13) t2(p), range({PROJECTS}) t3(j), "
        f"range({len(INVESTMENT_ARTS)}) t4(r) WHERE {FIRST_YEAR} + y < {YEAR} OR p <= {MONTH}"
    )


def best_time(action: Callable[[], object], runs: int = 3) -> float:
    """The fastest of `runs` runs, in seconds: the machine is shared, so the minimum is the
    figure least disturbed by other work."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def time_summary(store: Store) -> float:
    def rebuild() -> None:
        with store.transaction() as tx:
            refresh_accounts_summary(tx)

    return best_time(rebuild, runs=1)


def time_gaps(store: Store) -> float:
    return best_time(lambda: compute_gaps(store, Access.system(), YEAR, MONTH, "unit"))


def time_drilldown(store: Store) -> float:
    def drill() -> None:
        ledger = load_ledger(store, Access.system(), YEAR)
        unit = resolve_scope(ledger.organisation, "enhet:100")
        drill_rows(store, ledger, MONTH, DrillPoint(unit))
        ansvar = resolve_scope(ledger.organisation, "ansvar:1000")
        drill_rows(store, ledger, MONTH, DrillPoint(ansvar))
        drill_rows(store, ledger, MONTH, DrillPoint(ansvar, "lonn"))

    return best_time(drill)


def time_page(db_path: Path) -> tuple[float, float]:
    """Seconds of the Økonomi page's server-side run: cold (empty cache) and warm."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["KOMMUNE_DB"] = str(db_path)
    app = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
    app.run()
    app.text_input(key="login_name").input(BENCH_USER)
    app.text_input(key="login_password").input(BENCH_PASSWORD)
    app.button(key="login_submit").click().run()
    app.switch_page("pages/okonomi.py").run()  # the first run also imports the page's modules

    def run_cold() -> None:
        st.cache_data.clear()
        app.run()

    cold = best_time(run_cold)
    assert not app.exception, app.exception
    warm = best_time(lambda: app.run())
    return cold, warm


def measure(out: Path, ansvar_count: int, reuse: bool) -> dict[str, float]:
    db_path = out / f"bench_{ansvar_count}.duckdb"
    if not (reuse and db_path.exists()):
        db_path.unlink(missing_ok=True)
        start = time.perf_counter()
        lines = fill_store(open_store(db_path), ansvar_count)
        print(
            f"{ansvar_count} ansvar: {lines:,} accounts lines written in "
            f"{time.perf_counter() - start:.1f} s"
        )
    store = open_store(db_path)
    figures = {
        "summary": time_summary(store),
        "gaps": time_gaps(store),
        "drilldown": time_drilldown(store),
    }
    close_all()
    figures["page cold"], figures["page warm"] = time_page(db_path)
    close_all()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out")
    parser.add_argument("--reuse", action="store_true", help="use stores written before")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    small = measure(args.out, FULL_ANSVAR // 10, args.reuse)
    full = measure(args.out, FULL_ANSVAR, args.reuse)
    print(f"\n{'':12}{'10 %':>10}{'100 %':>10}{'ratio':>8}")
    for name in small:
        print(f"{name:12}{small[name]:>9.3f}s{full[name]:>9.3f}s{full[name] / small[name]:>7.1f}×")


if __name__ == "__main__":
    main()

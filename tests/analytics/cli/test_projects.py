"""`python -m analytics projects`: one object per project with exactly the issue's keys, the
figures of the Investeringer page, and a table for people."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.cli import main
from analytics.core.access import Access
from analytics.core.artgroups import INVESTMENT
from analytics.investments.records import load_portfolio
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.ledger import latest_month

KEYS = [
    "code",
    "name",
    "unit",
    "frame",
    "budget_year",
    "actual_year",
    "actual_to_date",
    "forecast_final",
    "forecast_gap",
    "status",
]


def test_projects_json_has_exactly_the_keys_and_the_figures(
    demo_db: Path, capsys: pytest.CaptureFixture[str], today: object
) -> None:
    year = today.year  # type: ignore[attr-defined]
    assert main(["--db", str(demo_db), "projects", "--year", str(year), "--json"]) == 0
    projects = json.loads(capsys.readouterr().out)
    assert all(list(project) == KEYS for project in projects)
    store = open_store(demo_db)
    month = latest_month(store, year, INVESTMENT) or 12
    expected = load_portfolio(store, Access.system()).statuses(year, month)
    close_all()
    assert [p["code"] for p in projects] == [s.code for s in expected]
    school = next(p for p in projects if p["code"] == "P1001")
    status = next(s for s in expected if s.code == "P1001")
    assert (school["unit"], school["frame"]) == ("210", 285_000_000.0)
    assert school["forecast_final"] == status.forecast_final
    assert school["forecast_gap"] == pytest.approx(285_000_000.0 - status.forecast_final)
    assert {p["status"] for p in projects} <= {"green", "yellow", "red", "none"}


def test_projects_as_a_table_and_a_bad_month(
    demo_db: Path, capsys: pytest.CaptureFixture[str], today: object
) -> None:
    year = str(today.year)  # type: ignore[attr-defined]
    assert main(["--db", str(demo_db), "projects", "--year", year, "--month", "3"]) == 0
    out = capsys.readouterr().out
    assert "Investeringsprosjekter" in out and "Ny Čáhppesvuona skuvla" in out
    assert "Kostnadsramme" in out and "285\u00a0000\u00a0000 kr" in out
    assert main(["--db", str(demo_db), "projects", "--year", year, "--month", "13"]) == 2


def test_gaps_of_the_investment_ledger_by_project(
    demo_db: Path, capsys: pytest.CaptureFixture[str], today: object
) -> None:
    year = str(today.year)  # type: ignore[attr-defined]
    args = ["--db", str(demo_db), "gaps", "--year", year, "--json"]
    assert main([*args, "--ledger", "investment", "--by", "project"]) == 0
    rows = json.loads(capsys.readouterr().out)
    codes = [row["key"] for row in rows[:-1]]
    assert {"P1001", "P1002"} <= set(codes) and rows[-1]["key"] == "kommune"
    total = round(sum(row["annual_budget"] for row in rows[:-1]), 2)
    assert total == pytest.approx(rows[-1]["annual_budget"])
    assert main([*args]) == 0
    operating = json.loads(capsys.readouterr().out)
    assert operating[-1]["annual_budget"] != rows[-1]["annual_budget"]

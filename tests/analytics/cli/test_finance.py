"""`loan` on the command line: the schedule as JSON and as a Norwegian table, exit 2 when refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from analytics.cli import main
from analytics.finance.books import YEAR_KEYS
from analytics.store import open_store
from analytics.store.db import close_all
from tests.analytics.finance.books_data import fill_books


def test_loan_json_gives_one_object_per_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(tmp_path / "x.duckdb"), "loan", "--amount", "900 000", "--rate", "3"]
    assert main([*argv, "--years", "3", "--kind", "serial", "--start", "2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"year": 2026, "interest": 27000.0, "instalment": 300000.0, "balance": 600000.0},
        {"year": 2027, "interest": 18000.0, "instalment": 300000.0, "balance": 300000.0},
        {"year": 2028, "interest": 9000.0, "instalment": 300000.0, "balance": 0.0},
    ]
    assert not (tmp_path / "x.duckdb").exists()  # a calculation opens no database


def test_loan_table_is_norwegian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--db", str(tmp_path / "x.duckdb"), "loan", "--amount", "1000000", "--rate", "5,0"]
    assert main([*argv, "--years", "3", "--kind", "annuity", "--start", "2027"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Annuitetslån over 3 år, årlige innbetalinger (kr)"
    assert lines[2].split() == ["2027", "50", "000,00", "317", "208,56", "682", "791,44"]


def test_impossible_terms_exit_2_with_a_norwegian_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(tmp_path / "x.duckdb"), "loan", "--amount", "0", "--rate", "4"]
    assert main([*argv, "--years", "10", "--kind", "serial", "--start", "2027"]) == 2
    assert "beløpet må være over 0 (fikk 0)" in capsys.readouterr().err


def test_finance_json_has_exactly_the_issues_keys(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    path = tmp_path / "x.duckdb"
    fill_books(open_store(path), today.year)
    close_all()
    assert main(["--db", str(path), "finance", "--year", str(today.year), "--json"]) == 0
    years = json.loads(capsys.readouterr().out)
    assert [list(year) for year in years] == [list(YEAR_KEYS)] * 3
    assert [(y["year"], y["source"], y["net_operating_result"]) for y in years] == [
        (today.year - 1, "accounts", 225_000.0),
        (today.year, "forecast", 130_000.0),
        (today.year + 1, "plan", 120_000.0),
    ]
    assert main(["--db", str(path), "finance", "--year", str(today.year)]) == 0
    table = capsys.readouterr().out
    assert "Netto driftsresultat" in table and "225\u00a0000 kr" in table and "26,16 %" in table


def test_finance_for_a_year_without_data_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    path = tmp_path / "x.duckdb"
    fill_books(open_store(path), today.year)
    close_all()
    assert main(["--db", str(path), "finance", "--year", "1990"]) == 2
    assert "Det finnes ikke budsjett eller regnskap for 1990" in capsys.readouterr().err

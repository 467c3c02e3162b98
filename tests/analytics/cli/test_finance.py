"""`loan` on the command line: the schedule as JSON and as a Norwegian table, exit 2 when refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.cli import main


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

"""`python -m analytics gaps`: JSON with exactly the agreed keys, sums, scope, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.cli import main
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.ledger import years_with_data
from tests.analytics.economy.data import PURCHASE, SALARY, SALES, make_ledger, monthly

KEYS = [
    "key",
    "name",
    "annual_budget",
    "budget_ytd",
    "actual_ytd",
    "gap_ytd",
    "consumption_pct",
    "forecast",
    "forecast_gap",
    "status",
]
AMOUNTS = ("annual_budget", "budget_ytd", "actual_ytd", "gap_ytd", "forecast", "forecast_gap")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "gaps.duckdb"
    make_ledger(
        open_store(path),
        budget=[
            (2024, None, "1000", SALARY, "original", 1200.0),
            (2024, None, "1100", PURCHASE, "original", 0.0),
            (2024, None, "2000", SALES, "original", -600.0),
        ],
        accounts=[
            *monthly(2024, "1000", SALARY, [100.0, 130.0]),
            *monthly(2024, "2000", SALES, [-50.0, -50.0]),
        ],
    )
    close_all()
    return path


def gaps_json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> list[dict]:
    assert main(["--db", str(db), "gaps", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_exactly_the_agreed_keys_and_a_total_row(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = gaps_json(capsys, db, "--year", "2024", "--by", "unit")
    assert all(list(row) == KEYS for row in rows)
    assert [row["key"] for row in rows] == ["10", "11", "20", "kommune"]
    unit_10 = rows[0]
    assert unit_10["name"] == "Kárášjoga skuvla"
    assert (unit_10["budget_ytd"], unit_10["actual_ytd"], unit_10["gap_ytd"]) == (
        200.0,
        230.0,
        -30.0,
    )
    assert unit_10["consumption_pct"] == 115.0
    assert (unit_10["forecast"], unit_10["status"]) == (1380.0, "red")
    assert rows[1]["consumption_pct"] is None  # zero budget


def test_unit_option_limits_the_rows_and_the_total_is_the_unit(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = gaps_json(capsys, db, "--year", "2024", "--by", "ansvar", "--unit", "1", "--month", "1")
    assert [row["key"] for row in rows] == ["1000", "1100", "1"]
    assert rows[-1]["actual_ytd"] == 100.0


def test_forecast_option(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = gaps_json(capsys, db, "--year", "2024", "--forecast", "run-rate")
    assert rows[-1]["forecast"] == 1380.0 - 600.0


def test_sectors_sum_to_the_municipality_to_the_øre_on_the_demo(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year = years_with_data(open_store(demo_db))[-1]
    close_all()
    for month in ("3", "12"):
        rows = gaps_json(capsys, demo_db, "--year", str(year), "--month", month, "--by", "sector")
        sectors, total = rows[:-1], rows[-1]
        assert total["key"] == "kommune"
        for field in AMOUNTS:
            assert round(sum(row[field] for row in sectors), 2) == total[field], field


def test_text_table_is_norwegian(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "gaps", "--year", "2024", "--by", "artgroup"]) == 0
    out = capsys.readouterr().out
    assert "til og med februar" in out
    assert "Årsbudsjett" in out and "Prognoseavvik" in out
    assert "1\u00a0200 kr" in out and "Lønn og sosiale utgifter" in out  # no-break space


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2024", "--month", "13"], "Måneden må være 1–12"),
        (["--year", "1999"], "Ingen budsjett eller regnskap for 1999"),
        (["--year", "2024", "--unit", "NOPE"], "Fant ingen sektor, enhet eller ansvar"),
    ],
)
def test_bad_input_exits_2_with_a_norwegian_message(
    db: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["--db", str(db), "gaps", *args]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""

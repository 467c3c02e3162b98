"""The `sickleave` and `kompass` commands, on the demo municipality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analytics.cli import main


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_sickleave_for_the_municipality_from_summed_days(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from analytics.store import open_store
    from analytics.store.db import close_all

    agreed, lost = open_store(demo_db).rows(
        "SELECT sum(agreed_days), sum(lost_days) FROM sick_leave WHERE year = 2025"
    )[0]
    close_all()
    rows = run_json(capsys, "--db", str(demo_db), "sickleave", "--year", "2025", "--json")
    assert isinstance(rows, list)
    assert {tuple(sorted(row)) for row in rows} == {
        ("key", "long_pct", "name", "pct", "period", "short_pct", "suppressed")
    }
    year = next(row for row in rows if row["period"] == "2025")
    assert year["key"] == "kommune" and year["name"] == "Hele kommunen"
    assert year["pct"] == pytest.approx(lost / agreed * 100)
    assert [row["period"] for row in rows][1:] == [f"2025-{m:02d}" for m in range(1, 13)]


def test_sickleave_by_unit_hides_small_units(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = run_json(
        capsys, "--db", str(demo_db), "sickleave", "--year", "2026", "--by", "unit", "--json"
    )
    assert isinstance(rows, list)
    hidden = [row for row in rows if row["suppressed"]]
    assert len({row["key"] for row in hidden}) >= 2
    assert all(row["pct"] is None and row["short_pct"] is None for row in hidden)
    shown = [row for row in rows if not row["suppressed"]]
    assert all(isinstance(row["pct"], float) for row in shown)
    # Every month: either no unit is hidden or at least two are (complementary suppression).
    for period in {row["period"] for row in rows}:
        count = sum(1 for row in hidden if row["period"] == period and row["key"] != "kommune")
        assert count != 1


def test_sickleave_text_output_says_skjult(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "sickleave", "--year", "2026", "--by", "sector"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == [
        "Kode",
        "Navn",
        "Periode",
        "Sykefravær",
        "Korttid",
        "Langtid",
    ]
    assert "Hele kommunen" in out and "Helse og omsorg" in out


def test_sickleave_without_data_is_a_user_error(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "sickleave", "--year", "1999"]) == 2
    assert "Ingen sykefraværstall for 1999" in capsys.readouterr().err


def test_kompass_json(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "--db", str(demo_db), "kompass", "--json")
    assert isinstance(result, dict)
    evaluations = result["evaluations"]
    assert [e["date"] for e in evaluations] == ["2019-03-14", "2022-04-21", "2025-05-15"]
    assert [e["total"] for e in evaluations] == [290, 335, 420]
    for evaluation in evaluations:
        assert len(evaluation["areas"]) == 8
        assert sum(evaluation["areas"].values()) == evaluation["total"]
    assert "Offentlighet og demokrati" in evaluations[0]["areas"]
    assert result["targets"] == [{"year": 2022, "points": 320.0}, {"year": 2025, "points": 450.0}]


def test_kompass_text(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "kompass"]) == 0
    out = capsys.readouterr().out
    assert "Evaluering 15.05.2025: 420 av 800 poeng" in out
    assert "Mål: 320 (2022), 450 (2025)" in out


def test_risks_json_and_text(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "--db", str(demo_db), "risks", "--json")
    assert isinstance(rows, list) and len(rows) == 8
    assert set(rows[0]) == {
        "number", "risk", "probability", "consequence", "factor", "band", "mitigation", "owner"
    }  # fmt: skip
    assert [row["number"] for row in rows] == list(range(1, 9))
    assert all(row["factor"] == row["probability"] * row["consequence"] for row in rows)
    assert rows[0]["factor"] == max(row["factor"] for row in rows)
    assert any("Ŋuolla" in row["owner"] for row in rows)
    assert main(["--db", str(demo_db), "risks"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:5] == ["Nr", "Risiko", "S", "K", "RF"]
    assert "Svært høy" in out


def test_milestones_json_and_text(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = run_json(capsys, "--db", str(demo_db), "milestones", "--json")
    assert isinstance(rows, list) and len(rows) == 45
    first = rows[0]
    assert set(first) == {"working_group", "year", "week", "date", "kind", "description"}
    assert (first["working_group"], first["week"], first["kind"], first["date"]) == (
        "Brann og redning",
        4,
        "start",
        "2026-01-19",
    )
    assert {row["kind"] for row in rows} == {"start", "group_meeting", "status", "finish"}
    assert [row["date"] for row in rows] == sorted(row["date"] for row in rows)
    assert main(["--db", str(demo_db), "milestones"]) == 0
    assert "Arbeidsgruppemøte (A)" in capsys.readouterr().out


def test_an_empty_register_and_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "tom.duckdb")
    assert run_json(capsys, "--db", db, "risks", "--json") == []
    assert run_json(capsys, "--db", db, "milestones", "--json") == []
    assert main(["--db", db, "risks"]) == 2
    assert "Risikoregisteret er tomt." in capsys.readouterr().err

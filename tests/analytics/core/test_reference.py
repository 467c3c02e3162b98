"""The reference tables in data/: read typed, and a broken table named with row and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.core import reference
from analytics.core.errors import UserError
from analytics.core.reference import boolean, read_table

COLUMNS = (("key", str), ("first_art", int), ("income", boolean))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(reference, "DATA_DIR", tmp_path)
    read_table.cache_clear()
    yield tmp_path
    read_table.cache_clear()


def test_rows_come_back_typed_in_file_order(data_dir: Path) -> None:
    (data_dir / "groups.csv").write_text(
        "key,first_art,income,extra\nlønn,10,false,x\nsalg,600,ja,y\n"
    )
    assert read_table("groups.csv", COLUMNS) == (("lønn", 10, False), ("salg", 600, True))


def test_a_missing_column_is_named(data_dir: Path) -> None:
    (data_dir / "groups.csv").write_text("key,income\nlønn,false\n")
    with pytest.raises(UserError, match=r"groups\.csv mangler kolonnene first_art"):
        read_table("groups.csv", COLUMNS)


def test_a_bad_value_is_named_with_its_row_and_column(data_dir: Path) -> None:
    (data_dir / "groups.csv").write_text("key,first_art,income\nlønn,10,false\nsalg,seks,true\n")
    with pytest.raises(UserError, match=r"groups\.csv, rad 3, kolonne «first_art»: «seks»"):
        read_table("groups.csv", COLUMNS)


def test_the_committed_tables_are_read() -> None:
    from analytics.core.artgroups import ART_GROUPS, KOSTRA_DIGITS
    from analytics.kompass.evaluations import AREA_SETS
    from analytics.sickleave.figures import benchmarks

    assert [group.key for group in ART_GROUPS][:2] == ["lonn", "varer_tjenester"]
    assert "10100"[KOSTRA_DIGITS[5]] == "010" and "2800"[KOSTRA_DIGITS[4]] == "280"
    assert {version: len(names) for version, names in AREA_SETS.items()} == {
        "classic": 8,
        "2020": 8,
    }
    assert [(b.key, b.compares_with, b.values[0]) for b in benchmarks()] == [
        ("all", "pct", (2020, 6.1)),
        ("municipal_doctor", "doctor_pct", (2020, 7.2)),
    ]

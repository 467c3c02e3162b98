"""Sick leave: percentages from summed days, placing records, suppression and its complement."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analytics.core.access import Access, Role
from analytics.core.organisation import Scope, whole_municipality
from analytics.core.settings import Settings
from analytics.sickleave.figures import (
    Line,
    build_overview,
    display_table,
    latest_rolling_pct,
    locate_records,
    newest_rolling,
    overview_lines,
    protect_complementary,
    read_located_sick_leave,
    rolling_twelve_months,
    rows_of,
    seasonal_pattern,
    shown_pct,
    sick_leave_status,
    sum_days,
    with_percentages,
)
from analytics.store import Store
from analytics.store.organisation import replace_organisation
from analytics.store.sickleave import store_sick_leave_upload
from analytics.store.uploads import SICK_LEAVE, NewUpload, undo_versioned
from tests.helpers import organisation

ORGANISATION = organisation(
    ("1000", "Skole A", "100", "Skole", "1", "Oppvekst"),
    ("1001", "Skole A SFO", "100", "Skole", "1", "Oppvekst"),
    ("2000", "Barnehage", "200", "Barnehage", "1", "Oppvekst"),
    ("3000", "Sykehjem", "300", "Sykehjem", "2", "Helse"),
)
SETTINGS = Settings()


def records(*rows: tuple) -> pd.DataFrame:
    """(year, month, code, agreed, lost, self, doctor, short, long, headcount) tuples."""
    columns = [
        "year", "month", "unit_code", "agreed_days", "lost_days", "self_cert_days",
        "doctor_cert_days", "short_days", "long_days", "headcount",
    ]  # fmt: skip
    return pd.DataFrame(list(rows), columns=columns).astype(
        {"agreed_days": float, "lost_days": float, "self_cert_days": float,
         "doctor_cert_days": float, "short_days": float, "long_days": float, "headcount": float}
    )  # fmt: skip


def row(month: int, code: str, agreed: float, lost: float, headcount: float | None = 20.0,
        split: tuple[float, float, float, float] | None = None) -> tuple:  # fmt: skip
    parts = split or (math.nan, math.nan, math.nan, math.nan)
    return (2026, month, code, agreed, lost, *parts, math.nan if headcount is None else headcount)


def test_percentages_come_from_summed_days_not_averages() -> None:
    # Skole: 10 of 100 days (10 %); Barnehage: 15 of 300 days (5 %).
    # Together 25 of 400 days = 6.25 %, not the average 7.5 %.
    located = locate_records(
        records(row(1, "100", 100, 10), row(1, "200", 300, 15)), ORGANISATION, True
    )
    sums = sum_days(located, ["sector_code"])
    result = with_percentages(sums, SETTINGS)
    assert result["pct"].tolist() == [pytest.approx(6.25)]


def test_splits_are_weighted_by_the_agreed_days_behind_them() -> None:
    # Only the first row has a split: 4 self of 100 agreed → 4 %; the second row's 300 agreed
    # days do not dilute it.
    located = locate_records(
        records(row(1, "100", 100, 10, split=(4, 6, 3, 7)), row(1, "200", 300, 15)),
        ORGANISATION,
        True,
    )
    result = with_percentages(sum_days(located, ["sector_code"]), SETTINGS).iloc[0]
    assert result["pct"] == pytest.approx(25 / 400 * 100)
    assert result["self_pct"] == pytest.approx(4.0)
    assert result["doctor_pct"] == pytest.approx(6.0)
    assert result["short_pct"] == pytest.approx(3.0)
    assert result["long_pct"] == pytest.approx(7.0)


def test_locate_records_places_units_ansvar_and_unknown_codes() -> None:
    located = locate_records(
        records(row(1, "100", 100, 1), row(1, "2000", 100, 1), row(1, "9999", 100, 1)),
        ORGANISATION,
        include_unknown=True,
    )
    placed = located.set_index("unit_code")[["sector_code", "ansvar"]].sort_index()
    assert placed.to_dict("index") == {
        "100": {"sector_code": "1", "ansvar": ""},
        "200": {"sector_code": "1", "ansvar": "2000"},
        "UKJENT": {"sector_code": "UKJENT", "ansvar": "9999"},
    }
    hidden = locate_records(records(row(1, "9999", 100, 1)), ORGANISATION, include_unknown=False)
    assert hidden.empty


@pytest.mark.parametrize(
    ("agreed", "headcount", "suppressed"),
    [
        (2000.0, 4.0, True),  # four people: recognisable
        (2000.0, 5.0, False),
        (99.0, None, True),  # no headcount: under 100 agreed days a month
        (100.0, None, False),
        (50.0, 12.0, False),  # headcount decides when it is there
    ],
)
def test_primary_suppression(agreed: float, headcount: float | None, suppressed: bool) -> None:
    located = locate_records(
        records(row(1, "100", agreed, 1, headcount=headcount)), ORGANISATION, True
    )
    result = with_percentages(sum_days(located, ["unit_code"]), SETTINGS)
    assert result["suppressed"].tolist() == [suppressed]


def test_agreed_days_count_per_month_for_a_longer_period() -> None:
    # 150 agreed days over two months is 75 a month: under the limit of 100.
    located = locate_records(
        records(row(1, "100", 75, 1, None), row(2, "100", 75, 1, None)), ORGANISATION, True
    )
    result = with_percentages(sum_days(located, ["unit_code"]), SETTINGS)
    assert result["months"].tolist() == [2]
    assert result["suppressed"].tolist() == [True]


def test_complementary_suppression_hides_the_smallest_other_part() -> None:
    table = pd.DataFrame(
        {
            "agreed_days": [50.0, 900.0, 300.0, 1250.0],
            "suppressed": [True, False, False, False],
        }
    )
    protected = protect_complementary(table, [Line((0, 1, 2), 3)])
    assert protected["suppressed"].tolist() == [True, False, True, False]
    assert table["suppressed"].tolist() == [True, False, False, False]  # not mutated


def test_complementary_suppression_hides_the_total_when_no_part_is_left() -> None:
    table = pd.DataFrame({"agreed_days": [50.0, 1250.0], "suppressed": [True, False]})
    protected = protect_complementary(table, [Line((0,), 1)])
    assert protected["suppressed"].tolist() == [True, True]


def test_complementary_suppression_follows_into_crossing_lines() -> None:
    # A 2 × 2 table with margins: cell a is small. Hiding b (its row) leaves b's column with
    # one hidden cell, so d is hidden too, and so on until every line has two or none.
    #        m1  m2 | year
    # unit1  a   b  | r1
    # unit2  c   d  | r2
    # total  t1  t2 | T
    frame = pd.DataFrame(
        {
            "name": ["a", "b", "r1", "c", "d", "r2", "t1", "t2", "T"],
            "agreed_days": [10.0, 200, 210, 300, 400, 700, 310, 600, 910],
            "suppressed": [True, False, False, False, False, False, False, False, False],
        }
    )
    lines = [
        Line((0, 1), 2), Line((3, 4), 5), Line((6, 7), 8),  # months → year
        Line((0, 3), 6), Line((1, 4), 7), Line((2, 5), 8),  # units → total
    ]  # fmt: skip
    protected = protect_complementary(frame, lines)
    hidden = protected["suppressed"].to_numpy()
    for line in lines:
        cells = [*line.parts, line.total]
        assert sum(hidden[cell] for cell in cells) != 1
    assert set(protected.loc[protected["suppressed"], "name"]) == {"a", "b", "c", "d"}


def _small_municipality() -> pd.DataFrame:
    """Three units over two months: Barnehage has four people (suppressed)."""
    return locate_records(
        records(
            row(1, "100", 1000, 50, 40), row(2, "100", 1000, 70, 40),
            row(1, "200", 80, 8, 4), row(2, "200", 80, 4, 4),
            row(1, "300", 600, 60, 25), row(2, "300", 600, 30, 25),
        ),
        ORGANISATION,
        True,
    )  # fmt: skip


def test_overview_hides_numbers_but_keeps_them_in_the_totals() -> None:
    overview = build_overview(_small_municipality(), whole_municipality(), "enhet", 2026, SETTINGS)
    total = overview[(overview["role"] == "total") & (overview["month"] == 1)].iloc[0]
    assert total["agreed_days"] == 1680.0  # Barnehage's 80 days are in
    assert total["pct"] == pytest.approx(118 / 1680 * 100)
    parts = overview[overview["role"] == "part"]
    barnehage = parts[parts["key"] == "200"]
    assert barnehage["suppressed"].all()
    assert barnehage[["pct", "agreed_days", "lost_days", "headcount"]].isna().all().all()
    # Sykehjem, the smallest other unit, is hidden too, so Barnehage cannot be subtracted out.
    assert parts.loc[parts["key"] == "300", "suppressed"].all()
    assert not parts.loc[parts["key"] == "100", "suppressed"].any()


def test_no_line_of_an_overview_has_exactly_one_hidden_cell() -> None:
    overview = build_overview(_small_municipality(), whole_municipality(), "enhet", 2026, SETTINGS)
    hidden = overview["suppressed"].to_numpy()
    for line in overview_lines(overview):
        cells = list(line.parts) + ([line.total] if line.total is not None else [])
        assert sum(hidden[cell] for cell in cells) != 1


def test_rows_of_have_none_for_hidden_numbers() -> None:
    overview = build_overview(_small_municipality(), whole_municipality(), "enhet", 2026, SETTINGS)
    rows = {(r.key, r.period): r for r in rows_of(overview)}
    assert rows[("200", "2026-01")].pct is None and rows[("200", "2026-01")].suppressed
    assert rows[("kommune", "2026")].pct == pytest.approx(222 / 3360 * 100)


def test_overview_of_a_sector_by_ansvar() -> None:
    located = locate_records(
        records(row(1, "1000", 500, 10), row(1, "1001", 500, 30), row(1, "200", 500, 5)),
        ORGANISATION,
        True,
    )
    sector = Scope("sektor", "1", "Oppvekst")
    overview = build_overview(located, sector, "ansvar", 2026, SETTINGS)
    parts = overview[(overview["role"] == "part") & (overview["month"] == 1)]
    assert dict(zip(parts["key"], parts["pct"], strict=True)) == {
        "1000": pytest.approx(2.0),
        "1001": pytest.approx(6.0),
        "200": pytest.approx(1.0),  # kept per unit: stands for the unit
    }


def test_rolling_twelve_months_sums_days_of_the_window() -> None:
    rows = [(2025, m, "100", 100.0, 10.0) for m in range(1, 13)]
    rows.append((2026, 1, "100", 100.0, 22.0))
    frame = records(*[(*r, math.nan, math.nan, math.nan, math.nan, 20.0) for r in rows])
    located = locate_records(frame, ORGANISATION, True)
    rolling = rolling_twelve_months(located, whole_municipality(), SETTINGS)
    assert rolling["pct"].tolist() == [pytest.approx(10.0), pytest.approx(11.0)]
    assert latest_rolling_pct(located, whole_municipality(), SETTINGS)[1] == pytest.approx(11.0)


def test_seasonal_pattern_sums_each_calendar_month_over_the_years() -> None:
    frame = records(
        (2025, 1, "100", 100.0, 12.0, math.nan, math.nan, math.nan, math.nan, 20.0),
        (2026, 1, "100", 300.0, 24.0, math.nan, math.nan, math.nan, math.nan, 20.0),
        (2026, 7, "100", 100.0, 3.0, math.nan, math.nan, math.nan, math.nan, 20.0),
    )
    season = seasonal_pattern(
        locate_records(frame, ORGANISATION, True), whole_municipality(), SETTINGS
    )
    assert dict(zip(season["month"], season["pct"], strict=True)) == {
        1: pytest.approx(9.0),  # 36 of 400, not (12 % + 8 %) / 2
        7: pytest.approx(3.0),
    }


def test_display_table_marks_suppressed_rows() -> None:
    overview = build_overview(_small_municipality(), whole_municipality(), "enhet", 2026, SETTINGS)
    table = display_table(overview[(overview["role"] == "part") & (overview["month"] == 0)])
    assert list(table.columns[:4]) == ["Kode", "Navn", "Periode", "Sykefravær %"]
    notes = dict(zip(table["Kode"], table["Merknad"], strict=True))
    assert notes["100"] == "" and notes["200"].startswith("skjult")


def _store_with(store: Store, frame: pd.DataFrame) -> None:
    replace_organisation(store, ORGANISATION)
    upload = NewUpload("sickleave", "f.xlsx", "x", "test", len(frame), {})
    store_sick_leave_upload(store, upload, frame)


def test_a_person_only_sees_their_units(store: Store) -> None:
    _store_with(store, records(row(1, "100", 100, 5), row(1, "300", 100, 9), row(1, "999", 1, 1)))
    leader = Access("leder", Role.LEADER, frozenset({"2"}))
    located = read_located_sick_leave(store, leader)
    assert set(located["unit_code"]) == {"300"}
    everything = read_located_sick_leave(store, Access.system())
    assert set(everything["unit_code"]) == {"100", "300", "UKJENT"}


def test_a_newer_upload_of_the_same_month_wins(store: Store) -> None:
    _store_with(store, records(row(1, "100", 100, 5)))
    newer = NewUpload("sickleave", "g.xlsx", "y", "test", 1, {})
    upload, _ = store_sick_leave_upload(store, newer, records(row(1, "100", 100, 7)))
    located = read_located_sick_leave(store, Access.system())
    assert located["lost_days"].tolist() == [7.0]
    undo_versioned(store, upload, [SICK_LEAVE])
    assert read_located_sick_leave(store, Access.system())["lost_days"].tolist() == [5.0]


def test_newest_rolling_and_shown_pct() -> None:
    empty = rolling_twelve_months(_small_municipality(), whole_municipality(), SETTINGS)
    assert newest_rolling(empty) == (None, False)
    assert shown_pct(None, False) == "–"
    assert shown_pct(6.25, True) == "skjult"
    assert shown_pct(6.34, False) == "6,3 %"


@pytest.mark.parametrize(
    ("pct", "status"),
    [(5.2, "green"), (6.0, "green"), (6.5, "yellow"), (7.0, "yellow"), (7.01, "red")],
)
def test_sick_leave_status(pct: float, status: str) -> None:
    assert sick_leave_status(pct, Settings(sick_leave_target_pct=6.0)) == status

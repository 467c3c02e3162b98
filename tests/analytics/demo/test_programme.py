"""The demo programme data: a falling, seasonal sick leave, small units, evaluations, the plan."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analytics.core.access import Access
from analytics.core.organisation import whole_municipality
from analytics.core.settings import Settings
from analytics.demo.economy import demo_organisation
from analytics.demo.programme import WORKING_GROUPS, demo_milestones, demo_sick_leave
from analytics.kompass.evaluations import read_evaluations
from analytics.programme.risks import load_risks
from analytics.sickleave.figures import build_overview, read_located_sick_leave
from analytics.store import Store

UNITS = demo_organisation().drop_duplicates("unit_code")
TODAY = dt.date(2026, 11, 29)


def test_sick_leave_is_deterministic_and_ends_last_month() -> None:
    first = demo_sick_leave(UNITS, TODAY)
    pd.testing.assert_frame_equal(first, demo_sick_leave(UNITS, TODAY))
    assert (first["year"].min(), first["year"].max()) == (2019, 2026)
    assert first.loc[first["year"] == 2026, "month"].max() == 10


def test_sick_leave_falls_from_about_ten_towards_seven_percent() -> None:
    frame = demo_sick_leave(UNITS, TODAY)
    by_year = frame.groupby("year")[["lost_days", "agreed_days"]].sum()
    pct = by_year["lost_days"] / by_year["agreed_days"] * 100
    assert 9.0 < pct[2019] < 11.0
    assert 6.5 < pct[2026] < 7.5
    assert pct.is_monotonic_decreasing


def test_sick_leave_is_highest_in_the_first_quarter_and_lowest_in_the_third() -> None:
    frame = demo_sick_leave(UNITS, TODAY).assign(quarter=lambda f: (f["month"] - 1) // 3 + 1)
    by_quarter = frame.groupby("quarter")[["lost_days", "agreed_days"]].sum()
    pct = by_quarter["lost_days"] / by_quarter["agreed_days"]
    assert pct.idxmax() == 1 and pct.idxmin() == 3


def test_splits_add_up() -> None:
    frame = demo_sick_leave(UNITS, TODAY)
    assert (
        (frame["self_cert_days"] + frame["doctor_cert_days"] - frame["lost_days"]).abs() < 0.11
    ).all()
    assert ((frame["short_days"] + frame["long_days"] - frame["lost_days"]).abs() < 0.11).all()


def test_the_demo_has_suppressed_units(demo_store: Store) -> None:
    located = read_located_sick_leave(demo_store, Access.system())
    overview = build_overview(located, whole_municipality(), "enhet", 2026, Settings())
    hidden = overview[(overview["role"] == "part") & overview["suppressed"]]
    assert hidden["key"].nunique() >= 3
    assert located["headcount"].isna().any()  # one unit reports agreed days only


def test_evaluations_risks_and_working_groups(demo_store: Store) -> None:
    assert [e.total for e in read_evaluations(demo_store)] == [290, 335, 420]
    risks = " ".join(load_risks(demo_store)["risk"])
    for word in ("Brann", "Eiendom/FDV", "Renhold", "Svømmehall", "Saksbehandling"):
        assert word in risks
    plan = demo_milestones()
    assert tuple(dict.fromkeys(plan["working_group"])) == WORKING_GROUPS
    assert set(plan["kind"]) == {"start", "group_meeting", "status", "finish"}  # O, A, S, F

"""The three programme goals at a glance."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics.core.access import Access
from analytics.core.organisation import Scope, whole_municipality
from analytics.core.settings import Settings
from analytics.goals.overview import GoalStatus, goal_statuses, kompass_goal, sick_leave_goal
from analytics.kompass.evaluations import AREA_SETS, AreaScore, Evaluation, save_evaluation
from analytics.sickleave.figures import (
    newest_rolling,
    read_located_sick_leave,
    rolling_twelve_months,
)
from analytics.store import Store


def test_goals_on_an_empty_database_say_no_data(store: Store) -> None:
    goals = goal_statuses(
        store, Access.system(), whole_municipality(), 2026, 10, Settings(), dt.date(2026, 11, 1)
    )
    assert [g.key for g in goals] == ["economy", "sick_leave", "kompass"]
    assert {g.status for g in goals} == {"none"}
    assert all(g.value_text == "Ingen data ennå" for g in goals)


def test_goals_on_the_demo(demo_store: Store) -> None:
    economy, sick_leave, kompass = goal_statuses(
        demo_store, Access.system(), whole_municipality(), 2026, 10, Settings(),
        dt.date(2026, 11, 29),
    )  # fmt: skip
    assert economy.status in {"green", "yellow", "red"} and economy.value_text.endswith("kr")
    assert sick_leave.target_text == "Mål: 6,0 %"
    assert sick_leave.value_text.endswith("%")
    assert kompass == GoalStatus(
        "kompass",
        "Kommunekompasset",
        "420 poeng",
        "Mål: 450 poeng innen 2025",
        "red",  # the 2025 target's year has passed without reaching it
        "Siste evaluering 15.05.2025. 30 poeng igjen, 30 poeng per år.",
    )


@pytest.mark.parametrize(
    ("points_below", "status"), [(-1.0, "green"), (0.0, "green"), (0.5, "yellow"), (2.0, "red")]
)
def test_sick_leave_status_against_the_target(
    demo_store: Store, points_below: float, status: str
) -> None:
    """Green at or under the target, yellow up to one point over it, red beyond."""
    rolling = rolling_twelve_months(
        read_located_sick_leave(demo_store, Access.system()), whole_municipality(), Settings()
    )
    pct, _ = newest_rolling(rolling)  # the demo's last twelve months, about 7 %
    assert pct is not None
    target = pct - points_below
    goal = sick_leave_goal(
        demo_store, Access.system(), whole_municipality(), Settings(sick_leave_target_pct=target)
    )
    assert goal.status == status


def test_sick_leave_goal_of_a_suppressed_unit_shows_no_number(demo_store: Store) -> None:
    small = demo_store.value(
        "SELECT unit_code FROM sick_leave GROUP BY unit_code ORDER BY avg(headcount) LIMIT 1"
    )
    goal = sick_leave_goal(demo_store, Access.system(), Scope("enhet", small, "x"), Settings())
    assert (goal.status, goal.value_text) == ("none", "skjult")
    assert "for få ansatte" in goal.detail


def test_kompass_goal_on_track_and_reached(store: Store) -> None:
    names = AREA_SETS["2020"]
    save_evaluation(
        store,
        Access.system(),
        Evaluation(
            dt.date(2023, 5, 1), "2020", "", tuple(AreaScore(n + 1, names[n], 50) for n in range(8))
        ),
    )
    on_track = kompass_goal(store, Settings(kompass_targets="2028:500"), dt.date(2024, 1, 1))
    assert (on_track.status, on_track.value_text) == ("yellow", "400 poeng")
    assert "100 poeng igjen, 25 poeng per år" in on_track.detail
    reached = kompass_goal(store, Settings(kompass_targets="2022:320"), dt.date(2024, 1, 1))
    assert reached.status == "green"

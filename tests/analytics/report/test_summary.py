"""The summary page's goal statuses, worked by hand."""

from __future__ import annotations

import datetime as dt

from analytics.core.names import Status
from analytics.core.settings import Settings
from analytics.economy.gaps import BudgetStatus
from analytics.kompass.evaluations import AreaScore, Evaluation
from analytics.report.sections.summary import (
    kompass_goal,
    month_at_a_glance,
    sick_leave_goal,
)
from analytics.workshop.measures import Measure, MeasureStatus

SETTINGS = Settings(sick_leave_target_pct=6.0, kompass_targets="2022:320,2025:450")


def test_kompass_goal_shows_the_latest_total() -> None:
    areas = tuple(AreaScore(n, f"Område {n}", 52.5) for n in range(1, 9))
    evaluation = Evaluation(dt.date(2025, 5, 15), "2020", "", areas)
    card = kompass_goal([evaluation], SETTINGS, dt.date(2026, 10, 31))
    assert (card.value, card.status) == ("420 poeng", "red")
    assert card.target == "Mål: 320 poeng innen 2022, 450 poeng innen 2025."


def test_sick_leave_goal_without_figures_says_so() -> None:
    card = sick_leave_goal(None, SETTINGS)
    assert (card.value, card.status) == ("skjult", Status.NONE)
    card = sick_leave_goal((dt.date(2026, 10, 1), 6.84), SETTINGS)
    assert (card.value, card.status) == ("6,8 %", "yellow")


def test_month_at_a_glance_counts_lights_measures_and_warnings() -> None:
    def status(key: str, light: str) -> BudgetStatus:
        return BudgetStatus(
            key, key, "enhet", 1.0, 1.0, 1.0, 0.0, 100.0, 1.0, 0.0, "seasonal", Status(light)
        )

    def measure(number: int, state: MeasureStatus, deadline: dt.date) -> Measure:
        return Measure(number, "220", "T", "", "Ánde", deadline, 0.0, state, 2026, 1, "x")

    rows = [status("1", "green"), status("2", "red"), status("3", "red")]
    measures = [
        measure(1, MeasureStatus.STARTED, dt.date(2026, 9, 1)),  # overdue at the month's end
        measure(2, MeasureStatus.PLANNED, dt.date(2026, 12, 1)),
        measure(3, MeasureStatus.DONE, dt.date(2026, 1, 1)),  # done: neither open nor overdue
    ]
    glance = month_at_a_glance(rows, measures, 2, dt.date(2026, 10, 31))
    assert [(f.label, f.value) for f in glance.figures] == [
        ("Status «I rute»", "1"),
        ("Status «Følg med»", "0"),
        ("Status «Tiltak trengs»", "2"),
        ("Åpne tiltak", "2"),
        ("Tiltak over fristen", "1"),
        ("Tidlige varsler", "2"),
    ]

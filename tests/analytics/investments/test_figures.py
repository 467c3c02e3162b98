"""A project's year worked by hand: cost arts only, spend to date, the budgeted estimate and the
leader's forecast carried over, the status by the frame limits."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from analytics.core.names import Status
from analytics.core.settings import Settings
from analytics.investments.figures import (
    ProjectLines,
    by_art,
    cost_lines,
    latest_forecasts,
    project_status,
    project_statuses,
    yearly_series,
)
from analytics.store.projects import PROJECT_COLUMNS

REGISTER = pd.DataFrame(
    [
        ("P1", "Ny skole", "210", 1000.0, 2024, 2027, "building", "register"),
        ("P2", "Uten ramme", "", float("nan"), None, None, "planning", "ledger"),
    ],
    columns=PROJECT_COLUMNS,
)


def frame(rows: list[tuple[object, ...]], month: bool = False) -> pd.DataFrame:
    columns = ["prosjekt", "year", *(["month"] if month else []), "art", "amount"]
    return pd.DataFrame(rows, columns=columns)


LINES = ProjectLines(
    budgets=frame(
        [
            ("P1", 2025, "02300", 300.0),
            ("P1", 2025, "09100", -300.0),  # a loan: financing, not cost
            ("P1", 2026, "02300", 400.0),
            ("P2", 2026, "", 50.0),  # a frame budget without art is cost
        ]
    ),
    plans=frame([("P1", 2027, "02300", 250.0), ("P1", 2026, "02300", 999.0)]),
    accounts=frame(
        [
            ("P1", 2024, 12, "02300", 80.0),
            ("P1", 2025, 6, "02300", 310.0),
            ("P1", 2025, 7, "07290", -60.0),  # VAT compensation: not cost
            ("P1", 2026, 3, "02300", 120.0),
            ("P1", 2026, 9, "02300", 30.0),
        ],
        month=True,
    ),
)
NO_FORECASTS = pd.DataFrame(
    columns=[
        "year",
        "month",
        "project_code",
        "forecast_final",
        "comment",
        "entered_by",
        "entered_at",
    ]
)


def test_cost_lines_leave_financing_out() -> None:
    assert cost_lines(LINES.budgets)["amount"].tolist() == [300.0, 400.0, 50.0]


def test_the_year_by_hand_with_the_budgeted_estimate() -> None:
    statuses = project_statuses(
        REGISTER, LINES, NO_FORECASTS, (2026, 6), {"210": "Skuvla"}, Settings()
    )
    school = statuses[0]
    assert (school.budget_year, school.actual_year) == (400.0, 120.0)  # September not yet
    assert school.actual_to_date == 80 + 310 + 120
    # spent 510 + what is left of 2026 (400 − 120) + 2027's plan (2026's plan has a budget)
    assert school.forecast_final == 510 + 280 + 250
    assert school.forecast_gap == 1000 - 1040
    assert school.spent_pct == 51.0
    assert school.forecast_source == "budget" and school.unit_name == "Skuvla"
    assert school.status == Status.YELLOW  # 4 % over the frame: between 0 and 5
    unframed = statuses[1]
    assert (unframed.frame, unframed.forecast_gap, unframed.status) == (None, None, Status.NONE)
    assert unframed.forecast_final == 50.0


def test_the_leaders_forecast_carries_over_and_a_comment_alone_keeps_it() -> None:
    forecasts = pd.DataFrame(
        [
            (2025, 11, "P1", 1100.0, "Anbud over kalkyle", "kari", pd.Timestamp("2025-11-20")),
            (2026, 2, "P1", float("nan"), "Fortsatt usikkert", "kari", pd.Timestamp("2026-02-20")),
            (2026, 8, "P1", 990.0, "Reserve frigjort", "kari", pd.Timestamp("2026-08-20")),
        ],
        columns=NO_FORECASTS.columns,
    )
    latest = latest_forecasts(forecasts, 2026, 6).set_index("project_code")
    assert latest.loc["P1", "forecast_final"] == 1100.0
    assert latest.loc["P1", "comment"] == "Fortsatt usikkert"
    school = project_statuses(REGISTER, LINES, forecasts, (2026, 6), {}, Settings())[0]
    assert (school.forecast_final, school.forecast_source) == (1100.0, "own")
    assert school.status == Status.RED  # 10 % over
    later = project_statuses(REGISTER, LINES, forecasts, (2026, 8), {}, Settings())[0]
    assert (later.forecast_final, later.status) == (990.0, Status.GREEN)


@pytest.mark.parametrize(
    ("forecast", "spent", "status"),
    [
        (1000.0, 100.0, Status.GREEN),
        (1000.01, 100.0, Status.YELLOW),
        (1050.0, 100.0, Status.YELLOW),
        (1050.01, 100.0, Status.RED),
        (900.0, 1001.0, Status.RED),  # more than the frame already spent
    ],
)
def test_status_by_the_frame_limits(forecast: float, spent: float, status: Status) -> None:
    assert project_status(1000.0, forecast, spent, Settings()) == status


def test_the_limits_are_settings() -> None:
    lenient = dataclasses.replace(Settings(), project_status_green_max_pct=2.0)
    assert project_status(1000.0, 1015.0, 0.0, lenient) == Status.GREEN


def test_spend_per_year_and_by_art() -> None:
    series = yearly_series(LINES, ["P1"])
    assert series.to_dict("list") == {
        "year": [2024, 2025, 2026, 2027],
        "budget": [0.0, 300.0, 400.0, 0.0],
        "plan": [0.0, 0.0, 999.0, 250.0],
        "actual": [80.0, 310.0, 150.0, 0.0],
    }
    arts = by_art(LINES, "P1", 2025, {"02300": "Bygg"})
    assert arts.to_dict("list") == {
        "art": ["02300", "07290", "09100"],
        "art_name": ["Bygg", "07290", "09100"],
        "budget": [300.0, 0.0, -300.0],
        "actual": [310.0, -60.0, 0.0],
    }

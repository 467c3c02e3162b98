"""The programme's three measured goals at a glance: economy in balance, sick leave, Kompass.

Each goal is a `GoalStatus` with texts ready to show and a status green, yellow or red (or
"none" without data). The sick-leave and Kompass limits for yellow are declared here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from analytics.core.access import Access
from analytics.core.errors import UserError
from analytics.core.formatting import (
    format_date,
    format_nok,
    format_number,
    format_pct,
    period_label,
)
from analytics.core.organisation import Scope
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.economy.gaps import compute_gaps, gaps_from_ledger
from analytics.economy.ledger import Ledger
from analytics.kompass.evaluations import next_target, read_evaluations
from analytics.sickleave.figures import (
    newest_rolling,
    read_located_sick_leave,
    rolling_twelve_months,
)
from analytics.store import Store
from analytics.store.ledger import years_with_data

SICK_LEAVE_YELLOW_POINTS = 1.0  # percentage points above the target that are still yellow


@dataclass(frozen=True)
class GoalStatus:
    """One goal: what it is, where it stands, the target, green/yellow/red/none, a detail line."""

    key: str
    title: str
    value_text: str
    target_text: str
    status: str
    detail: str


def goal_statuses(
    store: Store,
    access: Access,
    scope: Scope,
    year: int,
    month: int,
    settings: Settings,
    today: dt.date,
    ledger: Ledger | None = None,
) -> tuple[GoalStatus, ...]:
    """The three goals for the scope the person sees (the Kompass goal is the municipality's).

    `ledger`: the person's year already read (a page has it), so it is not read again.
    """
    return (
        economy_goal(store, access, scope, year, month, ledger),
        sick_leave_goal(store, access, scope, settings),
        kompass_goal(store, settings, today),
    )


def economy_goal(
    store: Store, access: Access, scope: Scope, year: int, month: int, ledger: Ledger | None = None
) -> GoalStatus:
    """Operations in balance: the scope's forecast year-end gap (budget − forecast, NOK)."""
    title = t("goals.economy_title")
    target = t("goals.economy_target")
    if year not in years_with_data(store):
        return GoalStatus("economy", title, t("goals.no_data"), target, "none", "")
    try:
        rows = (
            compute_gaps(store, access, year, month, "sector", scope)
            if ledger is None
            else gaps_from_ledger(ledger, month, "sector", scope)
        )
    except UserError:
        rows = []
    if not rows or rows[-1].annual_budget == 0:
        return GoalStatus("economy", title, t("goals.no_data"), target, "none", "")
    total = rows[-1]
    return GoalStatus(
        "economy",
        title,
        format_nok(total.forecast_gap),
        target,
        str(total.status),
        t("goals.economy_detail", gap=format_nok(total.gap_ytd), period=period_label(year, month)),
    )


def sick_leave_goal(store: Store, access: Access, scope: Scope, settings: Settings) -> GoalStatus:
    """The scope's sick leave over the last twelve months against the target (summed days)."""
    title = t("goals.sick_leave_title")
    target = t("goals.sick_leave_target", target=format_pct(settings.sick_leave_target_pct))
    rolling = rolling_twelve_months(read_located_sick_leave(store, access), scope, settings)
    pct, suppressed = newest_rolling(rolling)
    if suppressed:
        value, detail = t("sick.suppressed"), t("goals.sick_leave_suppressed")
        return GoalStatus("sick_leave", title, value, target, "none", detail)
    if pct is None:
        return GoalStatus("sick_leave", title, t("goals.no_data"), target, "none", "")
    until = rolling["period_start"].iloc[-1]
    gap = pct - settings.sick_leave_target_pct
    status = "green" if gap <= 0 else "yellow" if gap <= SICK_LEAVE_YELLOW_POINTS else "red"
    detail = t("goals.sick_leave_detail", until=period_label(until.year, until.month))
    return GoalStatus("sick_leave", title, format_pct(pct), target, status, detail)


def kompass_goal(store: Store, settings: Settings, today: dt.date) -> GoalStatus:
    """The latest Kommunekompasset total against the next target not yet reached."""
    title = t("goals.kompass_title")
    evaluations = read_evaluations(store)
    if not evaluations:
        return GoalStatus("kompass", title, t("goals.no_data"), "", "none", "")
    latest = evaluations[-1]
    value = t("goals.kompass_value", total=format_number(latest.total))
    progress = next_target(evaluations, settings, today)
    if progress is None:
        year, points = settings.kompass_target_points()[-1]
        target = t("goals.kompass_target", points=format_number(points), year=year)
        detail = t("goals.kompass_reached", date=format_date(latest.evaluated_on))
        return GoalStatus("kompass", title, value, target, "green", detail)
    target = t(
        "goals.kompass_target",
        points=format_number(progress.target_points),
        year=progress.target_year,
    )
    detail = t(
        "goals.kompass_detail",
        needed=format_number(progress.points_needed),
        per_year=format_number(progress.points_per_year),
        date=format_date(latest.evaluated_on),
    )
    return GoalStatus(
        "kompass", title, value, target, "red" if progress.overdue else "yellow", detail
    )

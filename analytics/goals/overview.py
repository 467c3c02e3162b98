"""The programme's three measured goals at a glance: economy in balance, sick leave, Kompass."""

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
from analytics.core.names import Status, kpi
from analytics.core.organisation import Scope
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.economy.gaps import compute_gaps, gaps_from_ledger
from analytics.economy.ledger import Ledger
from analytics.kompass.evaluations import kompass_status, next_target, read_evaluations
from analytics.sickleave.figures import (
    newest_rolling,
    read_located_sick_leave,
    rolling_twelve_months,
    sick_leave_status,
)
from analytics.store import Store
from analytics.store.ledger import years_with_data


@dataclass(frozen=True)
class GoalStatus:
    """One goal: what it is, where it stands, the target, green/yellow/red/none, a detail line."""

    key: str
    title: str
    value_text: str
    target_text: str
    status: Status
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
    title = kpi("economy").title
    target = t("goals.economy_target")
    if year not in years_with_data(store):
        return GoalStatus("economy", title, t("goals.no_data"), target, Status.NONE, "")
    try:
        table = (
            compute_gaps(store, access, year, month, "sector", scope)
            if ledger is None
            else gaps_from_ledger(ledger, month, "sector", scope)
        )
        total = table.total
    except UserError:
        return GoalStatus("economy", title, t("goals.no_data"), target, Status.NONE, "")
    if total.annual_budget == 0:
        return GoalStatus("economy", title, t("goals.no_data"), target, Status.NONE, "")
    return GoalStatus(
        "economy",
        title,
        format_nok(total.forecast_gap),
        target,
        total.status,
        t("goals.economy_detail", gap=format_nok(total.gap_ytd), period=period_label(year, month)),
    )


def sick_leave_goal(store: Store, access: Access, scope: Scope, settings: Settings) -> GoalStatus:
    """The scope's sick leave over the last twelve months against the target (summed days)."""
    title = kpi("sick_leave").title
    target = t("goals.sick_leave_target", target=format_pct(settings.sick_leave_target_pct))
    rolling = rolling_twelve_months(read_located_sick_leave(store, access), scope, settings)
    pct, suppressed = newest_rolling(rolling)
    if suppressed:
        value, detail = t("sick.suppressed"), t("goals.sick_leave_suppressed")
        return GoalStatus("sick_leave", title, value, target, Status.NONE, detail)
    if pct is None:
        return GoalStatus("sick_leave", title, t("goals.no_data"), target, Status.NONE, "")
    until = rolling["period_start"].iloc[-1]
    status = sick_leave_status(pct, settings)
    detail = t("goals.sick_leave_detail", until=period_label(until.year, until.month))
    return GoalStatus("sick_leave", title, format_pct(pct), target, status, detail)


def kompass_goal(store: Store, settings: Settings, today: dt.date) -> GoalStatus:
    """The latest Kommunekompasset total against the next target not yet reached."""
    title = kpi("kompass").title
    evaluations = read_evaluations(store)
    if not evaluations:
        return GoalStatus("kompass", title, t("goals.no_data"), "", Status.NONE, "")
    latest = evaluations[-1]
    value = t("goals.kompass_value", total=format_number(latest.total))
    progress = next_target(evaluations, settings, today)
    if progress is None:
        year, points = settings.kompass_target_points()[-1]
        target = t("goals.kompass_target", points=format_number(points), year=year)
        detail = t("goals.kompass_reached", date=format_date(latest.evaluated_on))
        return GoalStatus("kompass", title, value, target, Status.GREEN, detail)
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
        "kompass", title, value, target, kompass_status(latest.total, settings, today), detail
    )

"""The summary page: the programme's three goals and where each stands.

- Operations in balance: the scope's forecast gap for the year and its status (the gap table's
  status: the forecast overspend as a share of the gross budget).
- Sick leave down to the target: the latest twelve months (summed days) against
  `sick_leave_target_pct` (`sickleave.figures.sick_leave_status`, as on Oversikt).
- Kommunekompasset: the latest total against the targets (`kompass.evaluations.kompass_status`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from analytics.core.formatting import format_date, format_nok, format_number, format_pct
from analytics.core.names import LIGHTS, Status
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.economy.gaps import BudgetStatus
from analytics.kompass.evaluations import Evaluation, kompass_status
from analytics.report.model import (
    GoalCard,
    GoalCards,
    KeyFigure,
    KeyFigures,
    Section,
    Subheading,
)
from analytics.sickleave.figures import sick_leave_status
from analytics.workshop.measures import Measure

ANCHOR = "sammendrag"


def summary_section(
    total: BudgetStatus,
    sick_rolling: tuple[dt.date, float] | None,
    evaluations: Sequence[Evaluation],
    settings: Settings,
    as_of: dt.date,
    glance: KeyFigures,
) -> Section:
    """The three goal cards and the month at a glance (`month_at_a_glance`); evaluations after
    `as_of` are not counted."""
    cards = (
        economy_goal(total),
        sick_leave_goal(sick_rolling, settings),
        kompass_goal([e for e in evaluations if e.evaluated_on <= as_of], settings, as_of),
    )
    return Section(
        ANCHOR,
        t("report.summary"),
        (GoalCards(cards), Subheading(f"{ANCHOR}-maned", t("report.glance")), glance),
    )


def month_at_a_glance(
    rows: Sequence[BudgetStatus], measures: Sequence[Measure], warnings: int, as_of: dt.date
) -> KeyFigures:
    """How many rows (units, or the ansvar of a unit) have each status light, the open and the
    overdue measures, and the early warnings."""
    counts: Counter[Status] = Counter(row.status for row in rows)
    open_measures = [m for m in measures if m.status.is_open]
    return KeyFigures(
        (
            *(
                KeyFigure(
                    t("report.glance_status", status=light.label), format_number(counts[light])
                )
                for light in LIGHTS
            ),
            KeyFigure(t("report.glance_open_measures"), format_number(len(open_measures))),
            KeyFigure(
                t("report.glance_overdue_measures"),
                format_number(sum(m.is_overdue(as_of) for m in open_measures)),
            ),
            KeyFigure(t("economy.page.warnings"), format_number(warnings)),
        )
    )


def economy_goal(total: BudgetStatus) -> GoalCard:
    return GoalCard(
        t("report.goal_economy"),
        format_nok(total.forecast_gap),
        t("report.goal_economy_target"),
        total.status,
        t(
            "report.goal_economy_note",
            gap=format_nok(total.gap_ytd),
            forecast=format_nok(total.forecast),
            budget=format_nok(total.annual_budget),
        ),
    )


def sick_leave_goal(rolling: tuple[dt.date, float] | None, settings: Settings) -> GoalCard:
    target = t("report.goal_sick_target", target=format_pct(settings.sick_leave_target_pct))
    if rolling is None:
        return GoalCard(
            t("report.goal_sick"),
            t("report.suppressed"),
            target,
            Status.NONE,
            t("report.goal_sick_none"),
        )
    month_start, pct = rolling
    return GoalCard(
        t("report.goal_sick"),
        format_pct(pct),
        target,
        sick_leave_status(pct, settings),
        t("report.goal_sick_note", until=format_date(month_start)),
    )


def kompass_goal(evaluations: Sequence[Evaluation], settings: Settings, as_of: dt.date) -> GoalCard:
    targets = ", ".join(
        t("report.goal_kompass_target_item", points=format_number(points), year=year)
        for year, points in settings.kompass_target_points()
    )
    target = t("report.goal_kompass_target", targets=targets)
    if not evaluations:
        return GoalCard(
            t("report.goal_kompass"), "–", target, Status.NONE, t("report.kompass_none")
        )
    latest = evaluations[-1]
    return GoalCard(
        t("report.goal_kompass"),
        t("report.points", points=format_number(latest.total)),
        target,
        kompass_status(latest.total, settings, as_of),
        t(
            "report.goal_kompass_note",
            date=format_date(latest.evaluated_on),
            average=format_number(settings.kompass_national_average),
        ),
    )

"""The projects as tables with Norwegian headers, for the screen, Excel and the report.

`formatted=True` gives text as people read it (`1 234 567 kr`, `72,8 %`, `Følg med`);
`formatted=False` keeps numbers as numbers (for xlsx downloads).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analytics.core.formatting import format_nok, format_pct
from analytics.core.organisation import Scope, ansvar_in_scope
from analytics.core.texts import t
from analytics.investments.figures import AMOUNT_KEYS, ProjectStatus

COLUMNS = (
    "code",
    "name",
    "unit",
    "phase",
    "frame",
    "budget_year",
    "actual_year",
    "actual_to_date",
    "spent_pct",
    "forecast_final",
    "forecast_gap",
    "status",
)
_AMOUNTS = frozenset(AMOUNT_KEYS)


def project_table(statuses: Sequence[ProjectStatus], formatted: bool = True) -> pd.DataFrame:
    """One line per project."""
    return pd.DataFrame(
        {
            t(f"investments.col.{column}"): [_cell(s, column, formatted) for s in statuses]
            for column in COLUMNS
        }
    )


def _cell(status: ProjectStatus, column: str, formatted: bool) -> object:
    if column == "unit":
        return status.unit_name
    if column == "phase":
        return t(f"investments.phase.{status.phase}")
    if column == "status":
        return status.status.label
    value = getattr(status, column)
    if not formatted:
        return value
    if column in _AMOUNTS:
        return "–" if value is None else format_nok(float(value))
    if column == "spent_pct":
        return format_pct(value)
    return value


def art_table(arts: pd.DataFrame, formatted: bool = True) -> pd.DataFrame:
    """A project's year per art (`figures.by_art`) with Norwegian headers."""
    shown = arts.assign(
        budget=arts["budget"].map(format_nok) if formatted else arts["budget"],
        actual=arts["actual"].map(format_nok) if formatted else arts["actual"],
    )
    return shown.rename(
        columns={
            "art": t("investments.col.art"),
            "art_name": t("investments.col.art_name"),
            "budget": t("investments.col.budget_year"),
            "actual": t("investments.col.actual_year"),
        }
    )


def in_scope(
    statuses: Sequence[ProjectStatus], organisation: pd.DataFrame, scope: Scope
) -> list[ProjectStatus]:
    """The projects whose responsible unit lies in the scope (all of them for the
    municipality, projects with no unit included)."""
    if scope.level == "kommune":
        return list(statuses)
    ansvar = set(ansvar_in_scope(organisation, scope))
    rows = organisation[organisation["ansvar"].isin(ansvar)]
    codes = ansvar | set(rows["unit_code"]) | {scope.code}
    if scope.level == "sektor":
        codes |= set(rows["sector_code"])
    return [status for status in statuses if status.unit_code in codes]


def totals(statuses: Sequence[ProjectStatus]) -> dict[str, float]:
    """The projects' frames, budgets, accounts and forecasts summed (NOK); frames and forecast
    gaps only of the projects that have a frame."""
    framed = [s for s in statuses if s.frame]
    return {
        "frame": round(sum(s.frame or 0.0 for s in framed), 2),
        "budget_year": round(sum(s.budget_year for s in statuses), 2),
        "actual_year": round(sum(s.actual_year for s in statuses), 2),
        "actual_to_date": round(sum(s.actual_to_date for s in statuses), 2),
        "forecast_final": round(sum(s.forecast_final for s in statuses), 2),
        "forecast_gap": round(sum(s.forecast_gap or 0.0 for s in framed), 2),
    }

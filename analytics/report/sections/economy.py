"""The economy section: key figures, the cumulative chart, every sector and unit (or every ansvar
of a unit) with gap, forecast and status, and the largest deviations; and the investment
projects' section.

The economy figures are the operating ledger's gap table (`analytics.economy.gaps`), the same
as the Økonomi page and the command line's `gaps` show; the projects' figures are those of the
Investeringer page and `projects` (`analytics.investments.figures`). Amounts in NOK, expenses
positive.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analytics.core.formatting import format_nok, format_pct, period_label
from analytics.core.organisation import Scope
from analytics.core.texts import t
from analytics.economy.gaps import BudgetStatus, gaps_from_ledger
from analytics.economy.ledger import Ledger
from analytics.economy.signals import EarlyWarning, early_warnings, largest_deviations
from analytics.investments.figures import ProjectStatus
from analytics.investments.tables import totals
from analytics.report.model import (
    Block,
    Chart,
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Subheading,
    Table,
)

LARGEST_COUNT = 10
PROJECTS_ANCHOR = "investeringer"
UNIT_LEVELS = ("enhet", "ansvar")  # scopes whose rows are ansvar
ANCHOR = "okonomi"


@dataclass(frozen=True)
class EconomyFigures:
    """The gap tables a report needs: the scope's total, its sectors, units and ansvar."""

    total: BudgetStatus
    sectors: tuple[BudgetStatus, ...]
    units: tuple[BudgetStatus, ...]
    ansvar: tuple[BudgetStatus, ...]
    warnings: tuple[EarlyWarning, ...]  # of the rows below the scope (units, or ansvar)


def compute_economy(ledger: Ledger, month: int, scope: Scope) -> EconomyFigures:
    """The scope's gap tables at `month` (1–12), with the automatic forecast."""
    sectors = gaps_from_ledger(ledger, month, "sector", scope)
    units = gaps_from_ledger(ledger, month, "unit", scope)
    ansvar = (
        gaps_from_ledger(ledger, month, "ansvar", scope).rows if scope.level in UNIT_LEVELS else ()
    )
    warnings = early_warnings(ledger, month, "ansvar" if ansvar else "unit", scope)
    return EconomyFigures(sectors.total, sectors.rows, units.rows, ansvar, tuple(warnings))


def economy_section(
    figures: EconomyFigures,
    ledger: Ledger,
    scope: Scope,
    period: tuple[int, int],
    charts: tuple[Chart | None, Chart | None],
) -> Section:
    """The section; `charts` are the cumulative chart and the bar chart of the forecast gaps of
    the rows below the scope (None where there is nothing to draw)."""
    cumulative, gap_bars = charts
    year, month = period
    blocks: list[Block] = [
        Paragraph(t("report.economy_lead", scope=scope.name, period=period_label(year, month))),
        key_figures(figures.total),
    ]
    if cumulative is not None:
        blocks += [Subheading(f"{ANCHOR}-kumulativt", t("report.economy_chart")), cumulative]
    rows_title, table = _breakdown(figures, ledger.organisation, scope)
    blocks += [Subheading(f"{ANCHOR}-enheter", rows_title), table]
    if gap_bars is not None:
        blocks.append(gap_bars)
    blocks += [Subheading(f"{ANCHOR}-avvik", t("report.economy_largest")), *_largest(figures)]
    blocks += [Subheading(f"{ANCHOR}-varsler", t("economy.page.warnings")), _warnings(figures)]
    blocks.append(Paragraph(t("report.economy_note"), kind="note"))
    return Section(ANCHOR, t("report.economy"), tuple(blocks))


def rows_below(figures: EconomyFigures) -> tuple[BudgetStatus, ...]:
    """The rows one level below the scope that the report lists: ansvar of a unit, else units."""
    return figures.ansvar if figures.total.level in UNIT_LEVELS else figures.units


def key_figures(total: BudgetStatus) -> KeyFigures:
    return KeyFigures(
        (
            KeyFigure(t("economy.col.annual_budget"), format_nok(total.annual_budget)),
            KeyFigure(t("economy.col.budget_ytd"), format_nok(total.budget_ytd)),
            KeyFigure(t("economy.col.actual_ytd"), format_nok(total.actual_ytd)),
            KeyFigure(t("economy.col.gap_ytd"), format_nok(total.gap_ytd)),
            KeyFigure(t("economy.col.consumption_pct"), format_pct(total.consumption_pct)),
            KeyFigure(t("economy.col.forecast"), format_nok(total.forecast)),
            KeyFigure(t("economy.col.forecast_gap"), format_nok(total.forecast_gap), total.status),
        )
    )


def gap_columns() -> tuple[Column, ...]:
    return (
        Column(t("economy.col.key"), "code"),
        Column(t("economy.col.name")),
        Column(t("economy.col.annual_budget"), "number"),
        Column(t("economy.col.gap_ytd"), "number"),
        Column(t("economy.col.forecast"), "number"),
        Column(t("economy.col.forecast_gap"), "number"),
        Column(t("economy.col.status"), "status"),
    )


def gap_row(status: BudgetStatus) -> tuple[str, ...]:
    """A gap table row as the report prints it: code, name, amounts `1 234 kr`, status key."""
    return (
        status.key,
        status.name,
        format_nok(status.annual_budget),
        format_nok(status.gap_ytd),
        format_nok(status.forecast),
        format_nok(status.forecast_gap),
        status.status,
    )


def _breakdown(
    figures: EconomyFigures, organisation: pd.DataFrame, scope: Scope
) -> tuple[str, Table]:
    """Sectors each followed by their units (the municipality), the units (a sector), or the
    ansvar (a unit); the scope's total last. Sector and total rows are emphasised."""
    if scope.level in UNIT_LEVELS:
        rows: list[BudgetStatus] = list(figures.ansvar)
        emphasised: set[int] = set()
        title = t("report.economy_ansvar")
    elif scope.level == "sektor":
        rows, emphasised, title = list(figures.units), set(), t("report.economy_units")
    else:
        rows, emphasised = _sectors_with_units(figures, organisation)
        title = t("report.economy_sectors_units")
    emphasised.add(len(rows))
    rows.append(figures.total)
    table = Table(gap_columns(), tuple(gap_row(row) for row in rows), "", frozenset(emphasised))
    return title, table


def _sectors_with_units(
    figures: EconomyFigures, organisation: pd.DataFrame
) -> tuple[list[BudgetStatus], set[int]]:
    sector_of = dict(zip(organisation["unit_code"], organisation["sector_code"], strict=False))
    rows: list[BudgetStatus] = []
    emphasised: set[int] = set()
    for sector in figures.sectors:
        emphasised.add(len(rows))
        rows.append(sector)
        rows.extend(unit for unit in figures.units if sector_of.get(unit.key) == sector.key)
    return rows, emphasised


def _largest(figures: EconomyFigures) -> list[Block]:
    largest = largest_deviations(list(rows_below(figures)), LARGEST_COUNT)
    if not largest:
        return [Paragraph(t("common.no_data"), kind="empty")]
    return [Table(gap_columns(), tuple(gap_row(row) for row in largest))]


def _warnings(figures: EconomyFigures) -> Block:
    """Rows whose overspend grew three months running, or whose forecast just turned red."""
    if not figures.warnings:
        return Paragraph(t("economy.page.no_warnings"), kind="empty")
    columns = (
        Column(t("economy.col.key"), "code"),
        Column(t("economy.col.name")),
        Column(t("economy.col.warning")),
    )
    return Table(columns, tuple((w.key, w.name, w.message) for w in figures.warnings))


def projects_section(
    statuses: list[ProjectStatus], period: tuple[int, int], chart: Chart | None
) -> Section:
    """The investment projects in the scope: each project's year, spend to date and forecast of
    the final cost against its frame, with the frames' chart."""
    year, month = period
    blocks: list[Block] = [
        Paragraph(t("report.projects_lead", period=period_label(year, month))),
    ]
    if not statuses:
        blocks.append(Paragraph(t("investments.page.none"), kind="empty"))
        return Section(PROJECTS_ANCHOR, t("page.investeringer"), tuple(blocks))
    summed = totals(statuses)
    blocks.append(
        KeyFigures(
            tuple(
                KeyFigure(t(f"investments.col.{key}"), format_nok(summed[key]))
                for key in ("frame", "budget_year", "actual_year", "forecast_gap")
            )
        )
    )
    if chart is not None:
        blocks.append(chart)
    blocks += [
        Subheading(f"{PROJECTS_ANCHOR}-prosjekter", t("report.projects_table")),
        Table(_project_columns(), tuple(_project_row(status) for status in statuses)),
    ]
    comments = [s for s in statuses if s.forecast_comment]
    if comments:
        columns = (Column(t("investments.col.code"), "code"), Column(t("investments.col.name")),
                   Column(t("investments.page.comment")))  # fmt: skip
        rows = tuple((s.code, s.name, s.forecast_comment) for s in comments)
        blocks += [Subheading(f"{PROJECTS_ANCHOR}-kommentarer", t("report.projects_comments")),
                   Table(columns, rows)]  # fmt: skip
    return Section(PROJECTS_ANCHOR, t("page.investeringer"), tuple(blocks))


def _project_columns() -> tuple[Column, ...]:
    return (
        Column(t("investments.col.code"), "code"),
        Column(t("investments.col.name")),
        Column(t("investments.col.frame"), "number"),
        Column(t("investments.col.budget_year"), "number"),
        Column(t("investments.col.actual_year"), "number"),
        Column(t("investments.col.actual_to_date"), "number"),
        Column(t("investments.col.forecast_final"), "number"),
        Column(t("investments.col.forecast_gap"), "number"),
        Column(t("investments.col.status"), "status"),
    )


def _project_row(status: ProjectStatus) -> tuple[str, ...]:
    def amount(value: float | None) -> str:
        return "–" if value is None else format_nok(value)

    return (
        status.code,
        status.name,
        amount(status.frame),
        amount(status.budget_year),
        amount(status.actual_year),
        amount(status.actual_to_date),
        amount(status.forecast_final),
        amount(status.forecast_gap),
        status.status,
    )

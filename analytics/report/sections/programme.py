"""The sick-leave and Kommunekompasset sections.

Sick leave comes from `analytics.sickleave.build_overview`, which sums days (never averages
percentages) and applies the privacy rules: a suppressed group prints as «skjult», and a second
cell is hidden wherever one hidden cell could be found by subtraction. Only months up to the
report's month count, so the report for a month is the same whatever came in later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analytics.core.formatting import format_date, format_number, format_pct, period_label
from analytics.core.organisation import Level, Scope, child_level
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.kompass.evaluations import Evaluation, TargetProgress, next_target, weakest_areas
from analytics.report.model import (
    Block,
    Column,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Subheading,
    Table,
)
from analytics.sickleave.figures import build_overview, latest_rolling_pct, rolling_twelve_months

SICK_ANCHOR = "sykefravaer"
KOMPASS_ANCHOR = "kompass"


@dataclass(frozen=True)
class SickLeaveFacts:
    """The scope's overview up to the report's month, and its latest twelve-month figure."""

    overview: pd.DataFrame  # sickleave.RESULT_COLUMNS
    part_level: Level | None
    rolling: tuple[dt.date, float] | None  # (first day of the last month, %)
    rolling_series: pd.DataFrame  # sickleave.rolling_twelve_months

    @property
    def monthly(self) -> pd.DataFrame:
        """The scope's month rows (numbers hidden where suppressed)."""
        overview = self.overview
        return overview[(overview["role"] == "total") & (overview["period_kind"] == "month")]


def compute_sick_leave(
    located: pd.DataFrame, scope: Scope, period: tuple[int, int], settings: Settings
) -> SickLeaveFacts:
    """The located sick-leave records (`sickleave.read_located_sick_leave`) up to the month."""
    year, month = period
    upto = located[(located["year"] * 12 + located["month"]) <= year * 12 + month]
    part_level = child_level(scope.level)
    overview = build_overview(upto, scope, part_level, year, settings)
    return SickLeaveFacts(
        overview,
        part_level,
        latest_rolling_pct(upto, scope, settings),
        rolling_twelve_months(upto, scope, settings),
    )


def sick_leave_section(
    facts: SickLeaveFacts, period: tuple[int, int], settings: Settings, chart: Block | None
) -> Section:
    """Key figures for the scope, a chart when given, and its parts for the month and the year."""
    year, month = period
    blocks: list[Block] = [
        Paragraph(t("report.sick_lead", period=period_label(year, month))),
        _sick_key_figures(facts, period, settings),
    ]
    if chart is not None:
        blocks += [Subheading(f"{SICK_ANCHOR}-utvikling", t("report.sick_chart")), chart]
    if facts.part_level is not None:
        blocks += [
            Subheading(f"{SICK_ANCHOR}-enheter", t(f"report.sick_parts_{facts.part_level}")),
            _sick_parts(facts.overview, period),
        ]
    blocks.append(
        Paragraph(t("report.sick_privacy", people=settings.sick_leave_min_headcount), kind="note")
    )
    return Section(SICK_ANCHOR, t("report.sick"), tuple(blocks))


def _cell(overview: pd.DataFrame, role: str, key: str | None, year: int, month: int) -> str:
    rows = overview[
        (overview["role"] == role) & (overview["year"] == year) & (overview["month"] == month)
    ]
    if key is not None:
        rows = rows[rows["key"] == key]
    if rows.empty:
        return format_pct(None)
    row = rows.iloc[0]
    return t("report.suppressed") if bool(row["suppressed"]) else format_pct(row["pct"])


def _sick_key_figures(
    facts: SickLeaveFacts, period: tuple[int, int], settings: Settings
) -> KeyFigures:
    year, month = period
    rolling = format_pct(facts.rolling[1]) if facts.rolling is not None else t("report.suppressed")
    return KeyFigures(
        (
            KeyFigure(
                t("report.sick_month", period=period_label(year, month)),
                _cell(facts.overview, "total", None, year, month),
            ),
            KeyFigure(
                t("report.sick_year", year=year), _cell(facts.overview, "total", None, year, 0)
            ),
            KeyFigure(t("report.sick_rolling"), rolling),
            KeyFigure(t("report.sick_target"), format_pct(settings.sick_leave_target_pct)),
        )
    )


def _sick_parts(overview: pd.DataFrame, period: tuple[int, int]) -> Block:
    year, month = period
    parts = overview[(overview["role"] == "part") & (overview["year"] == year)]
    if parts.empty:
        return Paragraph(t("report.sick_none"), kind="empty")
    groups = parts.drop_duplicates("key").sort_values("key")
    columns = (
        Column(t("economy.col.key"), "code"),
        Column(t("economy.col.name")),
        Column(t("report.sick_month", period=period_label(year, month)), "number"),
        Column(t("report.sick_year", year=year), "number"),
    )
    rows = tuple(
        (
            str(group.key),
            str(group.name),
            _cell(parts, "part", str(group.key), year, month),
            _cell(parts, "part", str(group.key), year, 0),
        )
        for group in groups.itertuples()
    )
    return Table(columns, rows)


# --- Kommunekompasset ------------------------------------------------------------------------


def kompass_section(
    evaluations: Sequence[Evaluation], settings: Settings, as_of: dt.date, chart: Block | None
) -> Section:
    """Every evaluation's total against the targets, the progress towards the next target, and
    the latest evaluation's areas, weakest first. Evaluations after `as_of` are left out."""
    shown = [e for e in evaluations if e.evaluated_on <= as_of]
    if not shown:
        blocks: list[Block] = [Paragraph(t("report.kompass_none"), kind="empty")]
        return Section(KOMPASS_ANCHOR, t("report.kompass"), tuple(blocks))
    progress = next_target(shown, settings, as_of)
    blocks = [
        Paragraph(
            t("report.kompass_lead", average=format_number(settings.kompass_national_average))
        ),
        Paragraph(_progress_text(progress, shown[-1])),
    ]
    if chart is not None:
        blocks += [Subheading(f"{KOMPASS_ANCHOR}-utvikling", t("report.kompass_chart")), chart]
    blocks += [
        Subheading(f"{KOMPASS_ANCHOR}-evalueringer", t("report.kompass_evaluations")),
        _evaluations_table(shown),
        Subheading(
            f"{KOMPASS_ANCHOR}-omrader",
            t("report.kompass_areas", date=format_date(shown[-1].evaluated_on)),
        ),
        _areas_table(shown),
    ]
    return Section(KOMPASS_ANCHOR, t("report.kompass"), tuple(blocks))


def _progress_text(progress: TargetProgress | None, latest: Evaluation) -> str:
    total = format_number(latest.total)
    if progress is None:
        return t("report.kompass_all_reached", total=total)
    return t(
        "report.kompass_progress",
        total=total,
        target=format_number(progress.target_points),
        year=progress.target_year,
        needed=format_number(progress.points_needed),
    )


def _evaluations_table(evaluations: Sequence[Evaluation]) -> Table:
    columns = (
        Column(t("report.kompass_date")),
        Column(t("report.kompass_version")),
        Column(t("report.kompass_total"), "number"),
    )
    rows = tuple(
        (
            format_date(e.evaluated_on),
            t(f"report.kompass_version_{e.version}"),
            format_number(e.total),
        )
        for e in evaluations
    )
    return Table(columns, rows)


def _areas_table(evaluations: Sequence[Evaluation]) -> Table:
    areas = weakest_areas(evaluations)
    columns = (
        Column(t("report.kompass_area_no"), "code"),
        Column(t("report.kompass_area")),
        Column(t("report.kompass_score"), "number"),
        Column(t("report.kompass_change"), "number"),
    )
    rows = tuple(
        (
            str(row["number"]),
            str(row["name"]),
            format_number(row["score"]),
            "" if pd.isna(row["change"]) else format_number(row["change"]),
        )
        for row in areas.to_dict("records")
    )
    return Table(columns, rows)

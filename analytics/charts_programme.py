"""Plotly figures of the programme, for the screen and the PDF report alike.

Every figure takes the frames the analytics modules return (suppressed numbers already hidden)
and shows suppressed cells as suppressed, never as numbers. Texts come from `t()`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analytics.formatting import format_date, format_pct, month_short
from analytics.kompass import MAX_AREA_SCORE, Evaluation
from analytics.programme import MILESTONE_KINDS, RISK_BANDS, SCALE
from analytics.settings import Settings
from analytics.sickleave import benchmarks
from analytics.texts import t

SUPPRESSED_COLOUR = "#BDBDBD"
TARGET_COLOUR = "#2E7D32"
_LAYOUT = {
    "margin": {"l": 10, "r": 10, "t": 50, "b": 10},
    "legend": {"orientation": "h", "y": -0.15},
}
_MILESTONE_SYMBOLS = {
    "start": "triangle-right",
    "meeting": "circle",
    "status": "diamond",
    "finish": "star",
}


def _styled(figure: go.Figure, title: str, height: int = 420) -> go.Figure:
    figure.update_layout(title=title, height=height, separators=", ", **_LAYOUT)
    return figure


def _norwegian_dates(figure: go.Figure, ticks: str, hover: str = "%d.%m.%Y") -> None:
    """Numeric date formats on the x axis: plotly would write English month names."""
    figure.update_xaxes(tickformat=ticks, hoverformat=hover)


# --- sick leave --------------------------------------------------------------------------------


def sick_leave_trend_figure(
    monthly: pd.DataFrame, rolling: pd.DataFrame, settings: Settings
) -> go.Figure:
    """Monthly and rolling twelve-month sick leave (%), the target line and the national
    benchmarks per year, each labelled with what it measures; suppressed months marked."""
    figure = go.Figure()
    figure.add_scatter(
        x=monthly["period_start"],
        y=monthly["pct"],
        mode="lines+markers",
        name=t("sick.chart_monthly"),
    )
    if not rolling.empty:
        figure.add_scatter(
            x=rolling["period_start"],
            y=rolling["pct"],
            mode="lines",
            name=t("sick.chart_rolling"),
            line={"width": 3},
        )
    _add_suppressed_marks(figure, monthly)
    figure.add_hline(
        y=settings.sick_leave_target_pct,
        line={"color": TARGET_COLOUR, "dash": "dash"},
        annotation_text=t("sick.chart_target", target=format_pct(settings.sick_leave_target_pct)),
    )
    _add_benchmarks(figure)
    figure.update_yaxes(title=t("sick.axis_pct"), rangemode="tozero", hoverformat=".1f")
    _norwegian_dates(figure, "%Y", "%m.%Y")
    return _styled(figure, t("sick.chart_trend_title"))


def _add_benchmarks(figure: go.Figure) -> None:
    """The national figures as dotted steps, each named for what it measures."""
    for benchmark in benchmarks():
        figure.add_scatter(
            x=[dt.date(year, 7, 1) for year, _ in benchmark.values],
            y=[value for _, value in benchmark.values],
            mode="markers+lines",
            line={"dash": "dot", "shape": "hv"},
            name=benchmark.label,
        )


def _add_suppressed_marks(figure: go.Figure, monthly: pd.DataFrame) -> None:
    hidden = monthly[monthly["suppressed"]]
    if not hidden.empty:
        figure.add_scatter(
            x=hidden["period_start"],
            y=[0] * len(hidden),
            mode="markers",
            marker={"symbol": "x", "color": SUPPRESSED_COLOUR, "size": 10},
            name=t("sick.chart_suppressed"),
        )


def sick_leave_split_figure(monthly: pd.DataFrame, split: str) -> go.Figure:
    """Stacked monthly bars: self- and doctor-certified (`split="certification"`) or short and
    long term (`split="duration"`), in % of agreed days."""
    parts = (
        (("self_pct", "sick.self"), ("doctor_pct", "sick.doctor"))
        if split == "certification"
        else (("short_pct", "sick.short"), ("long_pct", "sick.long"))
    )
    figure = go.Figure()
    for column, label in parts:
        figure.add_bar(x=monthly["period_start"], y=monthly[column], name=t(label))
    _add_suppressed_marks(figure, monthly)
    figure.update_layout(barmode="stack")
    figure.update_yaxes(title=t("sick.axis_pct"), hoverformat=".1f")
    _norwegian_dates(figure, "%m.%Y", "%m.%Y")
    return _styled(figure, t(f"sick.chart_split_{split}"))


def sick_leave_season_figure(seasonal: pd.DataFrame) -> go.Figure:
    """Sick leave per calendar month over all years (summed days), coloured by quarter."""
    quarters = ["#1565C0", "#43A047", "#FDD835", "#FB8C00"]
    figure = go.Figure(
        go.Bar(
            x=[month_short(int(m)) for m in seasonal["month"]],
            y=seasonal["pct"],
            marker={"color": [quarters[(int(m) - 1) // 3] for m in seasonal["month"]]},
            text=[
                t("sick.suppressed") if s else format_pct(p)
                for p, s in zip(seasonal["pct"], seasonal["suppressed"], strict=True)
            ],
        )
    )
    figure.update_yaxes(title=t("sick.axis_pct"), rangemode="tozero")
    return _styled(figure, t("sick.chart_season_title"))


@dataclass(frozen=True)
class HeatGrid:
    """The heat map's cells: row names, month columns, percentages and the suppressed mask."""

    names: list[str]
    months: list[int]
    values: np.ndarray
    hidden: np.ndarray

    def texts(self) -> list[list[str]]:
        """«skjult» for a suppressed cell, else its percentage."""
        return [
            [
                t("sick.suppressed") if hidden else format_pct(float(value))
                for value, hidden in zip(values, mask, strict=True)
            ]
            for values, mask in zip(self.values, self.hidden, strict=True)
        ]


def heat_grid(parts: pd.DataFrame) -> HeatGrid:
    """The month rows of `parts` as a grid: a row per group (by code), a column per month."""
    months = parts[parts["month"] > 0].sort_values(["key", "month"])
    keys = list(dict.fromkeys(months["key"]))
    names = dict(zip(months["key"], months["name"], strict=True))
    columns = sorted(int(month) for month in months["month"].unique())

    def grid(column: str) -> pd.DataFrame:
        table = months.pivot_table(
            index="key", columns="month", values=column, aggfunc="first", dropna=False
        )
        return table.reindex(index=keys, columns=columns)

    return HeatGrid(
        [str(names[key]) for key in keys],
        columns,
        grid("pct").to_numpy(dtype=float),
        grid("suppressed").fillna(False).to_numpy(dtype=bool),
    )


def sick_leave_heatmap_figure(parts: pd.DataFrame) -> go.Figure:
    """Groups (rows) × months (columns) coloured by sick leave; suppressed cells are grey and
    read «skjult», with no number behind them."""
    cells = heat_grid(parts)
    x = [month_short(month) for month in cells.months]
    common = {"x": x, "y": cells.names, "xgap": 1, "ygap": 1}
    figure = go.Figure(
        go.Heatmap(
            z=cells.values, text=cells.texts(), texttemplate="%{text}", colorscale="YlOrRd",
            colorbar={"title": "%"}, hoverongaps=False, **common,
        )
    )  # fmt: skip
    figure.add_trace(
        go.Heatmap(
            z=np.where(cells.hidden, 1.0, np.nan), showscale=False, hoverinfo="skip",
            colorscale=[[0, SUPPRESSED_COLOUR], [1, SUPPRESSED_COLOUR]],
            name=t("sick.chart_suppressed"), **common,
        )
    )  # fmt: skip
    figure.update_yaxes(autorange="reversed")
    height = max(320, 26 * len(cells.names) + 120)
    return _styled(figure, t("sick.chart_heatmap_title"), height=height)


# --- Kommunekompasset --------------------------------------------------------------------------


def kompass_total_figure(evaluations: Sequence[Evaluation], settings: Settings) -> go.Figure:
    """Total points (of 800) per evaluation, the targets as stars and the national average."""
    figure = go.Figure()
    figure.add_scatter(
        x=[e.evaluated_on for e in evaluations],
        y=[e.total for e in evaluations],
        mode="lines+markers+text",
        text=[f"{e.total:g}" for e in evaluations],
        textposition="top center",
        name=t("kompass.chart_total"),
    )
    targets = settings.kompass_target_points()
    figure.add_scatter(
        x=[dt.date(year, 6, 30) for year, _ in targets],
        y=[points for _, points in targets],
        mode="markers+text",
        marker={"symbol": "star", "size": 16, "color": TARGET_COLOUR},
        text=[t("kompass.chart_target_label", year=year) for year, _ in targets],
        textposition="bottom center",
        name=t("kompass.chart_targets"),
    )
    figure.add_hline(
        y=settings.kompass_national_average,
        line={"dash": "dot"},
        annotation_text=t("kompass.chart_average"),
    )
    figure.update_yaxes(title=t("kompass.axis_points"), range=[0, 800])
    _norwegian_dates(figure, "%Y")
    return _styled(figure, t("kompass.chart_total_title"))


def kompass_radar_figure(evaluations: Sequence[Evaluation]) -> go.Figure:
    """The eight areas (0–100) of each given evaluation, drawn over each other."""
    figure = go.Figure()
    for evaluation in evaluations:
        labels = [f"{area.number} {area.name}" for area in evaluation.areas]
        scores = [area.score for area in evaluation.areas]
        figure.add_scatterpolar(
            r=[*scores, scores[0]],
            theta=[*labels, labels[0]],
            fill="toself",
            opacity=0.55,
            name=format_date(evaluation.evaluated_on),
        )
    figure.update_layout(polar={"radialaxis": {"range": [0, MAX_AREA_SCORE]}})
    return _styled(figure, t("kompass.chart_radar_title"), height=520)


# --- the programme -----------------------------------------------------------------------------


def risk_matrix_figure(matrix: pd.DataFrame) -> go.Figure:
    """The 5 × 5 matrix (consequence across, probability up), each cell coloured by its factor's
    band and labelled with the numbers of the risks placed in it."""
    bands = {band.key: index for index, band in enumerate(RISK_BANDS)}
    last = max(len(RISK_BANDS) - 1, 1)
    colourscale = [[index / last, band.colour] for index, band in enumerate(RISK_BANDS)]
    figure = go.Figure(
        go.Heatmap(
            z=_matrix_cells(matrix, "band").map(bands.__getitem__).to_numpy(dtype=float),
            x=list(SCALE), y=list(SCALE),
            text=_matrix_cells(matrix, "numbers").to_numpy(),
            customdata=_matrix_cells(matrix, "factor").to_numpy(),
            texttemplate="<b>%{text}</b>", colorscale=colourscale, zmin=0, zmax=last,
            showscale=False, xgap=3, ygap=3, hovertemplate=_risk_hover(),
        )
    )  # fmt: skip
    figure.update_xaxes(title=t("risk.consequence"), dtick=1)
    figure.update_yaxes(title=t("risk.probability"), dtick=1)
    return _styled(figure, t("risk.chart_title"), height=460)


def _matrix_cells(matrix: pd.DataFrame, column: str) -> pd.DataFrame:
    """One column of `risk_matrix` as a 5 × 5 grid: probability down, consequence across."""
    grid = matrix.pivot(index="probability", columns="consequence", values=column)
    return grid.reindex(index=SCALE, columns=SCALE)


def milestone_timeline_figure(timeline: pd.DataFrame, today: dt.date | None = None) -> go.Figure:
    """Each working group on a line, its milestones by date, a symbol per kind; a dotted line
    marks `today` when given."""
    figure = go.Figure()
    for kind in MILESTONE_KINDS:
        rows = timeline[timeline["kind"] == kind]
        figure.add_scatter(
            x=rows["date"],
            y=rows["working_group"],
            mode="markers",
            name=t(f"milestone.{kind}"),
            marker={"symbol": _MILESTONE_SYMBOLS[kind], "size": 13},
            customdata=list(zip(rows["week"], rows["description"], strict=True)),
            hovertemplate=_milestone_hover(),
        )
    if today is not None:
        figure.add_vline(x=today, line={"dash": "dot", "color": "#616161"})
    _norwegian_dates(figure, "%d.%m.%Y")
    groups = list(dict.fromkeys(timeline["working_group"]))
    return _styled(figure, t("milestone.chart_title"), height=max(300, 50 * len(groups) + 150))


def _risk_hover() -> str:
    return (
        f"{t('risk.probability')} %{{y}}, {t('risk.consequence')} %{{x}}<br>"
        f"{t('risk.col_factor')} %{{customdata}}<br>{t('risk.col_number')} %{{text}}<extra></extra>"
    )


def _milestone_hover() -> str:
    return (
        f"%{{y}}, {t('milestone.col_week')} %{{customdata[0]}}<br>%{{customdata[1]}}<extra></extra>"
    )

"""Plotly figures of sick leave, for the screen and the PDF report alike.

Every figure takes the frames the sick-leave module returns (suppressed numbers already
hidden) and shows suppressed cells as suppressed, never as numbers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analytics.core.charts import TARGET_COLOUR, norwegian_dates, styled_figure
from analytics.core.formatting import format_pct, month_short
from analytics.core.settings import Settings
from analytics.core.texts import t
from analytics.sickleave.figures import benchmarks

SUPPRESSED_COLOUR = "#BDBDBD"


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
    norwegian_dates(figure, "%Y", "%m.%Y")
    return styled_figure(figure, t("sick.chart_trend_title"))


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
    norwegian_dates(figure, "%m.%Y", "%m.%Y")
    return styled_figure(figure, t(f"sick.chart_split_{split}"))


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
    return styled_figure(figure, t("sick.chart_season_title"))


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
    return styled_figure(figure, t("sick.chart_heatmap_title"), height=height)

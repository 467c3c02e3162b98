"""Plotly figures for the screen and the PDF report alike (no Streamlit here).

Norwegian number formats: space between thousands, comma for decimals (`separators=", "`),
months as `jan` … `des`. Figures of demo data carry a DEMODATA mark.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from analytics.core.charts import add_demo_mark
from analytics.core.formatting import month_short
from analytics.core.texts import t
from analytics.economy.gaps import BudgetStatus

BUDGET_COLOUR = "#6b7b8c"
ACTUAL_COLOUR = "#1f5fa8"
FORECAST_COLOUR = "#d9822b"
AMOUNT_HOVER = "%{y:,.0f} kr"


def cumulative_chart(
    series: pd.DataFrame, total: BudgetStatus, month: int, year: int, demo: bool
) -> go.Figure:
    """Cumulative actuals against the cumulative periodised budget by month, with the forecast
    drawn as a dashed line from the last month with accounts to the year-end forecast.

    `series`: `economy.monthly_series`; `total`: the scope's BudgetStatus at `month`.
    """
    figure = go.Figure()
    _add_line(figure, series["month"], series["budget_cum"], "budget", BUDGET_COLOUR, "lines")
    shown = series[series["month"] <= month]
    _add_line(figure, shown["month"], shown["actual_cum"], "actual", ACTUAL_COLOUR)
    if month < 12 and not math.isnan(float(shown["actual_cum"].iloc[-1])):
        figure.add_scatter(
            x=[month, 12],
            y=[float(shown["actual_cum"].iloc[-1]), total.forecast],
            name=t("economy.chart.forecast"),
            mode="lines+markers",
            line={"color": FORECAST_COLOUR, "width": 2, "dash": "dash"},
            hovertemplate=AMOUNT_HOVER,
        )
    _norwegian_layout(figure, t("economy.chart.title", year=year), demo)
    figure.update_xaxes(
        tickvals=list(range(1, 13)),
        ticktext=[month_short(m) for m in range(1, 13)],
        title=t("economy.chart.month"),
    )
    return figure


def _add_line(
    figure: go.Figure,
    months: pd.Series,
    amounts: pd.Series,
    name: str,
    colour: str,
    mode: str = "lines+markers",
) -> None:
    """A thick line of amounts by month, named `economy.chart.<name>`."""
    figure.add_scatter(
        x=months,
        y=amounts,
        name=t(f"economy.chart.{name}"),
        mode=mode,
        line={"color": colour, "width": 3},
        hovertemplate=AMOUNT_HOVER,
    )


def gap_bar_chart(rows: Sequence[BudgetStatus], year: int, demo: bool) -> go.Figure:
    """The forecast gap per row as horizontal bars coloured by status (overspend to the left)."""
    ordered = sorted(rows, key=lambda row: row.forecast_gap, reverse=True)
    figure = go.Figure(
        go.Bar(
            x=[row.forecast_gap for row in ordered],
            y=[row.name for row in ordered],
            orientation="h",
            marker_color=[row.status.colour for row in ordered],
            hovertemplate="%{y}: %{x:,.0f} kr<extra></extra>",
        )
    )
    _norwegian_layout(figure, t("economy.chart.gap_title", year=year), demo)
    figure.update_xaxes(title=t("economy.col.forecast_gap"), tickformat=",.0f", ticksuffix=" kr")
    figure.update_yaxes(title=None, tickformat=None, ticksuffix=None, automargin=True)
    figure.update_layout(showlegend=False, height=max(320, 28 * len(ordered) + 120))
    return figure


def _norwegian_layout(figure: go.Figure, title: str, demo: bool) -> None:
    figure.update_layout(
        title=title,
        separators=", ",
        template="plotly_white",
        legend={"orientation": "h", "yanchor": "bottom", "y": -0.3},
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        hoverlabel={"namelength": -1},
    )
    figure.update_yaxes(tickformat=",.0f", ticksuffix=" kr", title=t("economy.chart.amount"))
    if demo:
        add_demo_mark(figure)

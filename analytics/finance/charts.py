"""A chart per council rule: the share of operating income year by year, split into accounts,
forecast and plan, with the council's target as a line."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from analytics.core.charts import TARGET_COLOUR, add_demo_mark, styled_figure
from analytics.core.texts import t
from analytics.finance.room import FinanceYear

SOURCE_COLOURS = {"accounts": "#1f4e79", "forecast": "#e3a21a", "plan": "#8faadc"}


def rule_chart(years: Sequence[FinanceYear], rule: str, target: float, demo: bool) -> go.Figure:
    """The rule's share (%) per year as bars coloured by source, and the target line."""
    figure = go.Figure()
    for source, colour in SOURCE_COLOURS.items():
        chosen = [year for year in years if year.figures.source == source]
        figure.add_bar(
            x=[year.year for year in chosen],
            y=[year.shares[rule] for year in chosen],
            name=t(f"finance.source.{source}"),
            marker_color=colour,
            hovertemplate="%{x}: %{y:.2f} %<extra></extra>",
        )
    figure.add_scatter(
        x=[year.year for year in years],
        y=[target] * len(years),
        mode="lines",
        name=t("finance.chart.target", target=f"{target:g}".replace(".", ",")),
        line={"color": TARGET_COLOUR, "dash": "dash"},
    )
    figure.update_xaxes(dtick=1, tickformat="d")
    figure.update_yaxes(ticksuffix=" %")
    if demo:
        add_demo_mark(figure)
    return styled_figure(figure, t(f"finance.rule.{rule}"), height=340)

"""The indicator's trend per unit against its target, in the shared plotly look."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from analytics.core.charts import add_demo_mark, styled_figure
from analytics.core.names import format_measure
from analytics.core.texts import t
from analytics.goals.data import IndicatorData
from analytics.goals.indicators import period_code


def trend_chart(
    data: IndicatorData, key: str, unit_codes: Sequence[str], year: int, demo: bool
) -> go.Figure:
    """A line per unit of the indicator's values over the periods, and the units' target of
    `year` as a dotted line; hidden values are left out."""
    indicator = data.catalogue[key]
    figure = go.Figure()
    for unit_code in unit_codes:
        series = data.series(key, unit_code)
        series = series[~series["hidden"].astype(bool)]
        periods = [period_code(int(y), str(k), int(m)) for y, k, m in
                   zip(series["year"], series["period_kind"], series["period_month"], strict=True)]  # fmt: skip
        figure.add_trace(go.Scatter(
            x=periods, y=series["value"], mode="lines+markers", name=data.unit_name(unit_code),
            hovertext=[format_measure(float(v), indicator.unit) for v in series["value"]],
            hoverinfo="text+name",
        ))  # fmt: skip
        target = data.status(key, unit_code, year).target
        if target is not None and periods:
            figure.add_trace(go.Scatter(
                x=[periods[0], periods[-1]], y=[target.value, target.value], mode="lines",
                line={"dash": "dot"}, name=t("goals.chart.target", unit=data.unit_name(unit_code)),
            ))  # fmt: skip
    figure.update_xaxes(type="category")
    styled = styled_figure(figure, indicator.title)
    if demo:
        add_demo_mark(styled)
    return styled

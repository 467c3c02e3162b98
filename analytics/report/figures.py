"""Screen figures made ready for paper: the A4 text width, the embedded font, white paper.

The figures are the ones the pages show (`analytics.charts`, `analytics.charts_programme`), so
screen and paper agree; only size, font and margins change, on a copy. The copy is a plain dict
(`Figure.to_dict`): building a new `go.Figure` would validate the whole template again, which
costs about a quarter of a second per figure.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from analytics.report.html import CHART_WIDTH_PX, FONT_FAMILY
from analytics.report.model import Chart

DEFAULT_HEIGHT_PX = 320
MAX_HEIGHT_PX = 900  # a tall bar chart still fits on one page with its caption
PAPER_LAYOUT: dict[str, Any] = {
    "autosize": False,
    "paper_bgcolor": "white",
    "margin": {"l": 20, "r": 20, "t": 20, "b": 20},
}


def printable_chart(figure: go.Figure, caption: str | None = None) -> Chart:
    """A copy of the figure sized for the page; its title becomes the caption."""
    printed = figure.to_dict()
    layout = printed.setdefault("layout", {})
    title = layout.get("title", {}).get("text") or ""
    height = min(int(layout.get("height") or DEFAULT_HEIGHT_PX), MAX_HEIGHT_PX)
    layout.update(PAPER_LAYOUT, width=CHART_WIDTH_PX, height=height, title={"text": ""})
    layout["font"] = {
        **layout.get("font", {}),
        "family": f"{FONT_FAMILY}, DejaVu Sans, sans-serif",
        "size": 11,
    }
    layout["legend"] = {
        **layout.get("legend", {}),
        "orientation": "h",
        "yanchor": "top",
        "y": -0.2,
        "x": 0,
    }
    for name in [key for key in layout if key.startswith(("xaxis", "yaxis"))] or ["xaxis", "yaxis"]:
        layout[name] = {**layout.get(name, {}), "automargin": True}
    figure_json = pio.to_json(printed, validate=False)
    return Chart(caption if caption is not None else str(title), figure_json, height)

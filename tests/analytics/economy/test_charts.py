"""The economy charts: traces, Norwegian formats and the DEMODATA mark."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analytics.core.names import Status
from analytics.economy.charts import cumulative_chart, gap_bar_chart
from analytics.economy.gaps import BudgetStatus


def status(key: str, forecast_gap: float, state: str, forecast: float = 0.0) -> BudgetStatus:
    return BudgetStatus(
        key,
        f"Enhet {key}",
        "enhet",
        1200.0,
        300.0,
        320.0,
        -20.0,
        106.67,
        forecast,
        forecast_gap,
        "run_rate",
        Status(state),
    )


def series(month: int) -> pd.DataFrame:
    months = np.arange(1, 13)
    return pd.DataFrame(
        {
            "month": months,
            "budget": 100.0,
            "actual": np.where(months <= month, 110.0, np.nan),
            "budget_cum": months * 100.0,
            "actual_cum": np.where(months <= month, months * 110.0, np.nan),
        }
    )


@pytest.mark.parametrize("demo", [True, False])
def test_cumulative_chart(demo: bool) -> None:
    figure = cumulative_chart(series(3), status("10", -120.0, "red", 1320.0), 3, 2024, demo)
    names = [trace.name for trace in figure.data]
    assert names == [
        "Budsjett (periodisert, akkumulert)",
        "Regnskap (akkumulert)",
        "Prognose til årsslutt",
    ]
    assert list(figure.data[1].y) == [110.0, 220.0, 330.0]
    assert list(figure.data[2].x) == [3, 12] and list(figure.data[2].y) == [330.0, 1320.0]
    assert figure.layout.separators == ", "
    assert list(figure.layout.xaxis.ticktext)[:3] == ["jan", "feb", "mar"]
    assert ("DEMODATA" in [a.text for a in figure.layout.annotations]) is demo


def test_no_forecast_line_in_december() -> None:
    figure = cumulative_chart(series(12), status("10", 0.0, "green", 1320.0), 12, 2024, False)
    assert len(figure.data) == 2


def test_gap_bars_are_coloured_by_status_with_overspend_last() -> None:
    rows = [status("a", -500.0, "red"), status("b", 200.0, "green"), status("c", -5.0, "yellow")]
    figure = gap_bar_chart(rows, 2024, demo=False)
    bars = figure.data[0]
    assert list(bars.y) == ["Enhet b", "Enhet c", "Enhet a"]
    assert list(bars.marker.color) == [
        Status.GREEN.colour,
        Status.YELLOW.colour,
        Status.RED.colour,
    ]
    assert figure.layout.title.text == "Prognoseavvik per enhet 2024"

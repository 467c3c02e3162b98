"""The programme's figures: suppressed cells drawn as suppressed, targets and benchmarks labelled."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from analytics.core.settings import Settings
from analytics.kompass.charts import kompass_radar_figure, kompass_total_figure
from analytics.kompass.evaluations import AREA_SETS, AreaScore, Evaluation
from analytics.programme.charts import milestone_timeline_figure, risk_matrix_figure
from analytics.programme.risks import risk_matrix
from analytics.sickleave.charts import sick_leave_heatmap_figure, sick_leave_trend_figure


def parts() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "key": ["100", "100", "200", "200"],
            "name": ["Skuvla", "Skuvla", "Mánáidgárdi", "Mánáidgárdi"],
            "month": [1, 2, 1, 2],
            "pct": [6.3, 7.0, np.nan, np.nan],
            "suppressed": [False, False, True, True],
        }
    )


def test_heatmap_shows_suppressed_cells_without_numbers() -> None:
    figure = sick_leave_heatmap_figure(parts())
    values, hidden = figure.data
    assert list(values.y) == ["Skuvla", "Mánáidgárdi"]
    assert values.text[0] == ["6,3 %", "7,0 %"]
    assert values.text[1] == ["skjult", "skjult"]
    assert np.isnan(values.z[1]).all()
    assert np.isnan(hidden.z[0]).all() and (hidden.z[1] == 1).all()


def test_trend_has_target_line_and_labelled_benchmarks() -> None:
    monthly = pd.DataFrame(
        {"period_start": [dt.date(2026, 1, 1), dt.date(2026, 2, 1)], "pct": [8.0, np.nan],
         "suppressed": [False, True]}
    )  # fmt: skip
    rolling = pd.DataFrame({"period_start": [dt.date(2026, 1, 1)], "pct": [7.5]})
    figure = sick_leave_trend_figure(monthly, rolling, Settings())
    names = [trace.name for trace in figure.data]
    assert "Landet, alle sektorer, egen- og legemeldt (SSB/KS)" in names
    assert "Kommunene, bare legemeldt (SSB/KS)" in names
    assert "Skjult (for få ansatte)" in names
    target = figure.layout.shapes[0]
    assert (target.y0, target.y1) == (6.0, 6.0)


def _evaluation(day: dt.date, score: float) -> Evaluation:
    names = AREA_SETS["2020"]
    return Evaluation(day, "2020", "", tuple(AreaScore(n + 1, names[n], score) for n in range(8)))


def test_kompass_figures() -> None:
    evaluations = [_evaluation(dt.date(2022, 4, 1), 40), _evaluation(dt.date(2025, 4, 1), 52.5)]
    total = kompass_total_figure(evaluations, Settings())
    assert list(total.data[0].y) == [320, 420]
    assert list(total.data[1].y) == [320, 450]
    assert total.layout.shapes[0].y0 == 350.0
    radar = kompass_radar_figure(evaluations)
    assert [trace.name for trace in radar.data] == ["01.04.2022", "01.04.2025"]
    assert radar.data[0].theta[0] == "1 Samfunnsutvikling" and len(radar.data[0].r) == 9


def test_risk_matrix_figure_places_numbers() -> None:
    risks = pd.DataFrame(
        {
            "risk": ["a", "b"],
            "probability": [5, 1],
            "consequence": [5, 2],
            "mitigation": "",
            "owner": "",
        }
    )
    figure = risk_matrix_figure(risk_matrix(risks))
    heat = figure.data[0]
    assert heat.text[4][4] == "1"  # probability 5, consequence 5
    assert heat.text[0][1] == "2"
    assert heat.z[4][4] == 3 and heat.z[0][0] == 0  # critical and low bands


def test_milestone_timeline_has_a_trace_per_kind() -> None:
    timeline = pd.DataFrame(
        {"working_group": ["Brann", "Brann"], "week": [5, 9], "kind": ["start", "finish"],
         "description": ["", "Rapport"], "date": [dt.date(2026, 1, 26), dt.date(2026, 2, 23)]}
    )  # fmt: skip
    figure = milestone_timeline_figure(timeline, dt.date(2026, 2, 1))
    # The programme's five letters, each with its own symbol; the older plain "møte" only
    # where a plan still has one.
    assert [trace.name for trace in figure.data] == [
        "Oppstart (O)",
        "Arbeidsgruppemøte (A)",
        "Prosjektgruppemøte (P)",
        "Statusmøte (S)",
        "Ferdig (F)",
    ]
    assert len({trace.marker.symbol for trace in figure.data}) == 5
    assert list(figure.data[4].y) == ["Brann"]
    with_meeting = timeline.assign(kind=["start", "meeting"])
    names = [trace.name for trace in milestone_timeline_figure(with_meeting).data]
    assert "Møte" in names

"""AppTest of the Økonomi page: renders on the demo, and shows the same figures as `gaps`."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core.access import Access
from analytics.core.formatting import format_millions, format_nok, period_label
from analytics.economy.gaps import compute_gaps
from analytics.economy.ledger import reporting_month
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.organisation import read_organisation
from tests.pages.conftest import make_app


def _open_okonomi(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str = "direktor"
) -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/okonomi.py").run()
    assert not app.exception, app.exception
    return app


def _expected(demo_db: Path, unit: str | None) -> tuple[int, int, list]:
    """The figures of the page's default view: the demo's newest month with accounts."""
    store = open_store(demo_db)
    year, month = reporting_month(store)
    rows = compute_gaps(store, Access.system(), year, month, "artgroup", unit).with_total()
    close_all()
    return year, month, rows


def test_page_renders_chart_and_tables(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _open_okonomi(demo_db, monkeypatch)
    assert app.title[0].value == "Økonomi"
    assert len(app.get("plotly_chart")) == 1
    tertial_ended = app.session_state["sidebar_month"] >= 4
    # art groups, drill-down, back-test, and the tertials once the first has ended
    assert len(app.dataframe) == 3 + tertial_ended
    no_periods = any(info.value == "Ingen data for dette utvalget ennå." for info in app.info)
    assert no_periods != tertial_ended


def test_page_shows_the_figures_of_gaps(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    year, month, rows = _expected(demo_db, "310")
    # The nursing home's budget holder sees that one unit, so it is the page's scope.
    app = _open_okonomi(demo_db, monkeypatch, "budsjett.sykehjem")
    assert app.caption[0].value.startswith(rows[-1].name)
    assert period_label(year, month) in app.caption[0].value
    total = rows[-1]
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Årsbudsjett"] == format_millions(total.annual_budget)
    assert metrics["Prognose"] == format_millions(total.forecast)
    table = app.dataframe[0].value  # the table by art group comes first
    assert list(table["Kode"]) == [row.key for row in rows]
    assert list(table["Avvik hittil"]) == [format_nok(row.gap_ytd) for row in rows]
    assert list(table["Prognose"]) == [format_nok(row.forecast) for row in rows]


def test_drilldown_opens_one_level_further(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _open_okonomi(demo_db, monkeypatch)
    tables_before = len(app.dataframe)
    app.selectbox(key="drill_pick_kommune").set_value("3").run()
    assert not app.exception, app.exception
    assert len(app.dataframe) == tables_before + 1
    units = app.dataframe[2].value  # art groups, sectors, then the units of sector 3
    store = open_store(demo_db)
    expected = [
        *(
            code
            for code in read_organisation(store).query("sector_code == '3'")["unit_code"].unique()
        ),
        "3",
    ]
    close_all()
    assert list(units["Kode"]) == expected


def test_budget_holder_enters_the_months_own_forecast(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    year, month, _ = _expected(demo_db, "310")
    app = _open_okonomi(demo_db, monkeypatch, "budsjett.sykehjem")
    if month == 12:  # December's forecast is the accounts: the form takes only a comment
        assert not [box for box in app.number_input if box.key.startswith("own_forecast_")]
        month = 11
        app.selectbox(key="sidebar_month").set_value(month).run()
    key = f"own_forecast_310_{year}_{month}"
    app.number_input(key=f"{key}_value").set_value(57_500_000.0)
    app.text_area(key=f"{key}_comment").input("Mer innleie enn ventet.")
    app.button(key=f"{key}_save").click().run()
    assert not app.exception, app.exception
    assert {metric.label: metric.value for metric in app.metric}["Prognose"] == "57,5 mill. kr"


def test_the_investment_ledger_is_chosen_apart(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drift by default; «Investering» shows the investment ledger alone, also per project."""
    app = _open_okonomi(demo_db, monkeypatch)
    operating = {metric.label: metric.value for metric in app.metric}
    app.radio(key="economy_ledger").set_value("investment").run()
    assert not app.exception, app.exception
    store = open_store(demo_db)
    year, month = reporting_month(store)
    investment = compute_gaps(
        store, Access.system(), year, month, "artgroup", None, ledger_name="investment"
    )
    by_project = compute_gaps(
        store, Access.system(), year, month, "project", None, ledger_name="investment"
    )
    close_all()
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Årsbudsjett"] == format_millions(investment.total.annual_budget)
    assert metrics != operating
    projects = app.dataframe[1].value  # after the art groups
    assert list(projects["Kode"])[:-1] == [row.key for row in by_project.rows]
    assert {"P1001", "P1002"} <= set(projects["Kode"])


def test_the_whole_municipality_has_no_consumption_of_its_net_budget(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, rows = _expected(demo_db, None)
    total = rows[-1]
    # The demo's budget is balanced: income nets the costs to almost nothing (to the øre in
    # December, where there is no share and nothing to explain).
    assert total.consumption_pct is None
    app = _open_okonomi(demo_db, monkeypatch)
    actual = next(metric for metric in app.metric if metric.label == "Regnskap hittil")
    assert actual.value == format_millions(total.actual_ytd)
    assert actual.delta == "Forbruk % –"
    explained = actual.proto.help.startswith("Forbruk % vises ikke: inntektene veier opp")
    assert explained == (total.budget_ytd != 0)

"""AppTest of Økonomiverksted: stepping through units, and adding a measure through the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core.access import Access
from analytics.economy.gaps import compute_gaps
from analytics.store import open_store
from analytics.workshop.records import read_history, read_measures
from tests.pages.conftest import make_app


def unit_shown(app: AppTest) -> str:
    return str(app.selectbox(key="enhet").value)


def month_shown(app: AppTest) -> tuple[int, int]:
    """The year and month chosen in the sidebar (the demo's latest month with accounts)."""
    return int(app.session_state["sidebar_year"]), int(app.session_state["sidebar_month"])


def open_workshop(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str) -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/verksted.py")
    app.run()
    assert not app.exception, app.exception
    return app


def test_next_and_previous_move_the_unit(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_workshop(demo_db, monkeypatch, "direktor")
    first = unit_shown(app)
    app.button(key="verksted_next").click().run()
    second = unit_shown(app)
    app.button(key="verksted_next").click().run()
    third = unit_shown(app)
    assert len({first, second, third}) == 3
    assert any(third in header.value for header in app.header)
    app.button(key="verksted_previous").click().run()
    assert app.selectbox(key="enhet").value == second
    assert not app.exception
    assert "Enhet 2 av" in " ".join(caption.value for caption in app.caption)
    assert len(app.get("plotly_chart")) == 1
    assert any("Prognosemetode" in text.value for text in app.markdown)
    assert any(metric.label == "Årsbudsjett" for metric in app.metric)


def test_worst_first_orders_by_status_light(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_workshop(demo_db, monkeypatch, "direktor")
    app.selectbox(key="enhet").set_value("140").run()
    app.button_group(key="verksted_order").set_value("worst_first").run()
    assert not app.exception
    box = app.selectbox(key="enhet")
    ranks = ["🔴🟡🟢⚪".index(label[0]) for label in box.options]
    assert ranks == sorted(ranks) and ranks[0] < ranks[-1]
    assert box.index == 0  # a new order starts from its first unit


def test_adding_a_measure_stores_it(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_workshop(demo_db, monkeypatch, "direktor")
    unit = unit_shown(app)
    app.text_input(key="measure_new_title").input("Felles innkjøp av vikartjenester")
    app.text_input(key="measure_new_owner").input("Ánde Somby")
    app.date_input(key="measure_new_deadline").set_value(dt.date(2027, 3, 31))
    app.number_input(key="measure_new_effect").set_value(125_000.0)
    app.button(key="measure_new_save").click().run()
    assert not app.exception, app.exception
    assert any("Felles innkjøp" in success.value for success in app.success)
    stored = [
        m
        for m in read_measures(open_store(demo_db), Access.system(), [unit])
        if m.title == "Felles innkjøp av vikartjenester"
    ]
    assert [(m.owner, m.deadline, m.expected_effect) for m in stored] == [
        ("Ánde Somby", dt.date(2027, 3, 31), 125_000.0)
    ]
    shown = app.dataframe[0].value
    assert "Felles innkjøp av vikartjenester" in shown["Tiltak"].tolist()
    assert "31.03.2027" in shown["Frist"].tolist()


def test_viewer_reads_without_forms(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_workshop(demo_db, monkeypatch, "leser.skole")
    assert not app.exception
    assert len(app.selectbox(key="enhet").options) == 1
    assert not [box for box in app.text_input if box.key == "measure_new_title"]
    assert any("ikke registrere" in caption.value for caption in app.caption)
    pick = app.selectbox(key=f"verksted_measure_pick_{unit_shown(app)}")
    assert pick.options == ["Spesialundervisning i mindre grupper"]  # no new measure
    assert app.expander  # its history


def test_a_link_opens_its_unit(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, "direktor")
    app.query_params["enhet"] = "350"
    app.switch_page("pages/verksted.py")
    app.run()
    assert not app.exception
    assert app.selectbox(key="enhet").value == "350"
    app.button(key="verksted_next").click().run()
    assert app.query_params["enhet"] == app.selectbox(key="enhet").value != "350"


def test_budget_holder_enters_own_forecast_which_overrides(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_workshop(demo_db, monkeypatch, "budsjett.sykehjem")
    year, month = month_shown(app)
    if month == 12:  # December's forecast is the accounts: go to November
        month = 11
        app.selectbox(key="sidebar_month").set_value(month).run()
    store = open_store(demo_db)
    status = compute_gaps(store, Access.system(), year, month, "unit", "310").total.status
    light = {"green": "🟢", "yellow": "🟡", "red": "🔴"}[status]
    assert app.selectbox(key="enhet").options == [
        f"{light} 310 Čáhppesvuona dikšoruoktu (sykehjem)"
    ]
    key = f"own_forecast_310_{year}_{month}"
    app.number_input(key=f"{key}_value").set_value(56_000_000.0)
    app.text_area(key=f"{key}_comment").input("Vikarbruken holder seg høy ut året.")
    app.button(key=f"{key}_save").click().run()
    assert not app.exception, app.exception
    assert any(success.value == "Prognosen og kommentaren er lagret." for success in app.success)
    assert any("Budsjettansvarliges prognose" in text.value for text in app.markdown)
    assert any("Vikarbruken holder seg høy" in info.value for info in app.info)
    metric = next(metric for metric in app.metric if metric.label == "Prognose")
    assert metric.value == "56,0 mill. kr"


def test_changing_a_measure_records_its_history(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(demo_db)
    measure = next(
        m for m in read_measures(store, Access.system(), ["310"]) if "byråvikarer" in m.title
    )
    app = make_app(demo_db, monkeypatch, "leder.helse")
    app.query_params["enhet"] = "310"
    app.switch_page("pages/verksted.py")
    app.run()
    app.selectbox(key="verksted_measure_pick_310").select(measure.id).run()
    key = f"measure_{measure.id}"
    app.selectbox(key=f"{key}_status").select("done")
    app.text_input(key=f"{key}_note").input("Vikarpoolen er på plass")
    app.button(key=f"{key}_save").click().run()
    assert not app.exception, app.exception
    history = read_history(store, Access.system(), [measure.id])
    assert (history[-1].status.value, history[-1].note, history[-1].changed_by) == (
        "done",
        "Vikarpoolen er på plass",
        "leder.helse",
    )
    assert (history[-1].year, history[-1].month) == month_shown(app)
    shown = next(frame.value for frame in app.dataframe if "Endringer" in frame.value.columns)
    assert "Status: Startet → Gjennomført" in shown["Endringer"].tolist()


def test_an_empty_database_shows_no_units(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(tmp_path / "empty.duckdb", monkeypatch, "direktor")
    app.switch_page("pages/verksted.py")
    app.run()
    assert not app.exception, app.exception
    assert any(info.value == "Ingen enheter i utvalget." for info in app.info)
    assert any("Ingen tiltak har passert fristen." in c.value for c in app.caption)

"""AppTest of Økonomiverksted: stepping through units, and adding a measure through the form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.access import Access
from analytics.store import open_store
from analytics.store.workshop import read_measures
from tests.pages.conftest import make_app


def unit_shown(app: AppTest) -> str:
    return str(app.selectbox(key="enhet").value)


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
    assert any("lesetilgang" in caption.value for caption in app.caption)


def test_a_link_opens_its_unit(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, "direktor")
    app.query_params["enhet"] = "350"
    app.switch_page("pages/verksted.py")
    app.run()
    assert not app.exception
    assert app.selectbox(key="enhet").value == "350"
    app.button(key="verksted_next").click().run()
    assert app.query_params["enhet"] == app.selectbox(key="enhet").value != "350"

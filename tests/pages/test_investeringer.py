"""AppTest of the Investeringer page: the demo's projects with the figures of `projects`, one
project in depth, the leader's forecast carried over, and the register edited by the director."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core.access import Access
from analytics.core.formatting import format_nok
from analytics.economy.ledger import reporting_month
from analytics.investments.records import load_portfolio
from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.projects import read_projects
from tests.pages.conftest import make_app


def _open(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str = "direktor") -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/investeringer.py").run()
    assert not app.exception, app.exception
    return app


def _statuses(demo_db: Path) -> list:
    store = open_store(demo_db)
    year, month = reporting_month(store)
    statuses = load_portfolio(store, Access.system()).statuses(year, month)
    close_all()
    return statuses


def test_every_project_with_the_figures_of_the_command(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(demo_db, monkeypatch)
    assert app.title[0].value == "Investeringer"
    table = app.dataframe[0].value
    statuses = _statuses(demo_db)
    assert list(table["Prosjekt"]) == [s.code for s in statuses]
    assert list(table["Prognose sluttkostnad"]) == [format_nok(s.forecast_final) for s in statuses]
    assert {"Ny Čáhppesvuona skuvla", "Nytt helsesenter, Dearvvašvuođaguovddáš"} <= set(
        table["Navn"]
    )
    assert len(app.get("plotly_chart")) == 2  # the frames, and spend per year


def test_one_project_in_depth(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = _open(demo_db, monkeypatch)
    app.selectbox(key="projects_pick").set_value("P1001").run()
    assert not app.exception, app.exception
    assert any(header.value.startswith("P1001 Ny Čáhppesvuona skuvla") for header in app.subheader)
    arts = app.dataframe[1].value
    assert "Bygg og anlegg" in set(arts["Artsnavn"])  # the file's own art names
    assert len(app.get("plotly_chart")) == 3


def test_the_leader_gives_a_forecast_that_carries_over(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(demo_db, monkeypatch)
    app.selectbox(key="projects_pick").set_value("P2001").run()
    year, month = app.session_state["sidebar_year"], app.session_state["sidebar_month"]
    key = f"project_forecast_P2001_{year}_{month}"
    app.number_input(key=f"{key}_value").set_value(8_100_000.0)
    app.text_area(key=f"{key}_comment").input("Dyrere chassis enn ventet")
    app.button(key=f"{key}_save").click().run()
    assert not app.exception, app.exception
    status = next(s for s in _statuses(demo_db) if s.code == "P2001")
    assert (status.forecast_final, status.forecast_source) == (8_100_000.0, "own")
    assert status.forecast_comment == "Dyrere chassis enn ventet"
    assert status.status == "red"  # 8 % over a 7.5 million frame
    assert any(s.value.startswith("Prognosen er lagret") for s in app.success)


def test_a_viewer_sees_only_the_projects_of_their_unit(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(demo_db, monkeypatch, "leser.skole")
    assert list(app.dataframe[0].value["Prosjekt"]) == ["P1001"]  # the school's own project
    assert "project_register_editor" not in {frame.key for frame in app.dataframe}
    app.selectbox(key="projects_pick").set_value("P1001").run()
    year, month = app.session_state["sidebar_year"], app.session_state["sidebar_month"]
    with pytest.raises(KeyError):  # a viewer gives no forecast
        app.button(key=f"project_forecast_P1001_{year}_{month}_save")


def test_the_director_has_the_register_to_edit(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(demo_db, monkeypatch)
    editor = next(frame for frame in app.dataframe if frame.key == "project_register_editor")
    store = open_store(demo_db)
    register = read_projects(store)
    close_all()
    assert list(editor.value["code"]) == list(register["code"])

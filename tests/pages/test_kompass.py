"""AppTest of the Kommunekompasset page: the demo's evaluations, and the form that adds one."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.kompass.evaluations import read_evaluations
from analytics.store import open_store
from analytics.store.db import close_all
from tests.pages.conftest import make_app


def test_page_shows_latest_evaluation_and_areas(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/kompass.py").run()
    assert not app.exception, app.exception
    assert app.metric[0].label == "Siste evaluering (15.05.2025)"
    assert app.metric[0].value == "420 poeng"
    weakest = app.dataframe[0].value
    assert list(weakest["Poeng"]) == sorted(weakest["Poeng"])
    assert weakest["Område"].iloc[0] == "Kvalitetsutvikling"


def test_form_saves_an_evaluation_with_the_2020_names(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/kompass.py").run()
    app.date_input(key="kompass_date").set_value("2026-03-02")
    for number in range(1, 9):
        app.number_input(key=f"kompass_score_{number}").set_value(50 + number)
    app.button(key="kompass_save").click().run()
    assert not app.exception, app.exception
    assert "02.03.2026" in app.success[0].value
    close_all()
    latest = read_evaluations(open_store(demo_db))[-1]
    assert latest.total == 8 * 50 + 36
    assert latest.areas[0].name == "Samfunnsutvikling"


def test_a_viewer_gets_no_form(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, user="leser.skole")
    app.switch_page("pages/kompass.py").run()
    assert not app.exception, app.exception
    assert app.metric[0].value == "420 poeng"
    assert not [button for button in app.button if button.key == "kompass_save"]

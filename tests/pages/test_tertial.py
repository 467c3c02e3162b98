"""AppTest of Tertialrapport: the director writes a section's text and a balanced proposal,
makes the report and freezes it; a leader sees only their sectors; a viewer is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.store import open_store
from analytics.store.tertial import read_texts, read_versions
from tests.pages.conftest import make_app


def open_page(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str) -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/tertial.py").run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Tertialrapport"
    return app


def test_the_director_writes_makes_and_freezes(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(demo_db, monkeypatch, "direktor")
    year = int(app.number_input(key="tertial_year").value)
    tertial = int(app.selectbox(key="tertial_number").value)
    assert app.selectbox(key="tertial_scope").options[0] == "Hele kommunen"
    app.text_area(key="tertial_text_drift").input("Helse og omsorg har **høy** innleie.")
    app.button(key="tertial_text_drift_save").click().run()
    assert not app.exception, app.exception
    store = open_store(demo_db)
    assert read_texts(store, (year, tertial, ""))["drift"] == "Helse og omsorg har **høy** innleie."

    app.button(key="tertial_make").click().run()
    assert not app.exception, app.exception
    assert len(app.get("download_button")) >= 2
    app.button(key="tertial_freeze").click().run()
    assert not app.exception, app.exception
    assert [v.version for v in read_versions(store, (year, tertial, ""))] == [1]


def test_a_leader_sees_their_sector_and_a_viewer_is_refused(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leader = open_page(demo_db, monkeypatch, "leder.helse")
    assert leader.selectbox(key="tertial_scope").options == ["Helse og omsorg"]
    assert not [area for area in leader.text_area if area.key.startswith("tertial_text_")]
    viewer = make_app(demo_db, monkeypatch, "leser.skole")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        viewer.switch_page("pages/tertial.py")  # not in a viewer's menu

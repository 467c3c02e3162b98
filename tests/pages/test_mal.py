"""AppTest of Mål og indikatorer: the demo's goal tree with lights and reasons, an indicator in
detail, and access per unit (a budget holder sees the municipality's goals and their own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.pages.conftest import make_app


def _open(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str) -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/mal.py").run()
    assert not app.exception, app.exception
    return app


def test_the_director_sees_the_whole_tree_with_lights(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(demo_db, monkeypatch, "direktor")
    assert app.title[0].value == "Mål og indikatorer"
    labels = [expander.label.replace("\\", "") for expander in app.expander]
    assert "Endre målstrukturen" in labels  # the director edits the tree
    assert len(labels) == 17 + 1
    assert any("2.3.1" in label and "Byggesaker avgjøres" in label for label in labels)
    texts = " ".join(markdown.value for markdown in app.markdown)
    assert "andel vedtak innen frist" in texts and "målet 100,0 %" in texts
    assert app.dataframe, "the units side by side"


def test_a_budget_holder_sees_their_own_goals_and_those_above(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _open(demo_db, monkeypatch, "budsjett.sykehjem")
    labels = [expander.label.replace("\\", "") for expander in app.expander]
    assert any("2.1.1" in label for label in labels)  # the nursing home's goal
    assert any("2.1 " in label for label in labels)  # the sector goal above it, for context
    assert not any("2.3.1" in label for label in labels)  # building cases are not theirs
    assert "Endre målstrukturen" not in labels

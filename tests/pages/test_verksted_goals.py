"""The workshop's goal block: the budget holder of the nursing home sees the unit's goals with
lights and links one of the unit's measures to a goal; the link is stored and shown on
Mål og indikatorer. A viewer gets no form."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.store import open_store
from analytics.store.goals import read_measure_links
from tests.pages.test_verksted import open_workshop


def test_a_budget_holder_links_a_measure_to_the_units_goal(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_workshop(demo_db, monkeypatch, "budsjett.sykehjem")
    labels = [expander.label for expander in app.expander]
    assert "Enhetens mål" in labels
    texts = " ".join(markdown.value for markdown in app.markdown)
    assert "Beboerne på sykehjemmet trives" in texts
    app.selectbox(key="goal_link_goal").set_value("2.1.1")
    measure = app.selectbox(key="goal_link_measure").value
    app.button[[b.label for b in app.button].index("Koble tiltaket til målet")].click().run()
    assert not app.exception, [e.stack_trace for e in app.exception]
    assert "er koblet til mål 2.1.1" in " ".join(s.value for s in app.success)
    links = read_measure_links(open_store(demo_db))
    assert links.loc[links["id"] == measure.id, "goal_code"].tolist() == ["2.1.1"]
    app.switch_page("pages/mal.py").run()
    shown = " ".join(markdown.value for markdown in app.markdown)
    assert "Tiltak: " in shown


def test_a_viewer_sees_the_goals_but_no_link_form(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_workshop(demo_db, monkeypatch, "leser.skole")
    assert "Enhetens mål" in [expander.label for expander in app.expander]
    assert "goal_link_goal" not in [box.key for box in app.selectbox]

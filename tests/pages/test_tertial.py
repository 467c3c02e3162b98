"""AppTest of Tertialrapport: the director writes a section's text and a balanced proposal,
makes the report and freezes it; a leader sees only their sectors; a viewer is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core.access import Access
from analytics.report.tertial.editing import save_proposal
from analytics.report.tertial.proposals import ProposalDraft
from analytics.store import open_store
from analytics.store.organisation import read_organisation
from analytics.store.tertial import read_proposals, read_texts, read_versions
from analytics.store.uploads import read_upload
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


def test_the_director_adopts_the_proposal_as_a_budget_change(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(demo_db, monkeypatch, "direktor")
    year = int(app.number_input(key="tertial_year").value)
    tertial = int(app.selectbox(key="tertial_number").value)
    store = open_store(demo_db)
    organisation = read_organisation(store)
    first = organisation[organisation["sector_code"] == "2"]["ansvar"].iloc[0]
    second = organisation[organisation["sector_code"] == "3"]["ansvar"].iloc[0]
    proposal = [
        ProposalDraft("2", 5000.0, "Flere elever", allocation=((first, "10100", 5000.0),)),
        ProposalDraft("3", -5000.0, "Færre vikarer", allocation=((second, "10100", -5000.0),)),
    ]
    save_proposal(store, Access.system(), year, tertial, proposal)
    app.run()
    app.button(key="tertial_adopt").click().run()
    assert not app.exception, app.exception
    store = open_store(demo_db)
    (adopted,) = {row.adopted_upload for row in read_proposals(store, year, tertial)}
    record = read_upload(store, int(adopted))
    assert record is not None and record.kind == "budget_change"
    app.run()
    assert any(f"opplasting nr. {adopted}" in message.value for message in app.success)
    assert "tertial_adopt" not in {button.key for button in app.button}

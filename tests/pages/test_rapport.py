"""AppTest of Rapport: who may make which report, making one, and the archive."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics.core.access import Access
from analytics.report.archive import archived_reports
from analytics.store import open_store
from tests.pages.conftest import make_app


def open_report_page(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str) -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/rapport.py")
    app.run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Rapport"
    return app


def test_director_makes_a_report_and_finds_it_in_the_archive(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_report_page(demo_db, monkeypatch, "direktor")
    scope = app.selectbox(key="rapport_scope")
    assert scope.options[0] == "Hele kommunen"
    assert "Kárášjoga skuvla" in scope.options
    assert app.info[0].value == "Ingen rapporter i arkivet ennå."
    scope.set_value("enhet:220").run()
    app.button(key="rapport_make").click().run()
    assert not app.exception, app.exception
    assert app.success[0].value.startswith("Rapport nr. 1 er laget og arkivert.")
    downloads = app.get("download_button")
    assert len(downloads) == 2  # the report just made, and the archive's
    archive = app.dataframe[0].value
    assert list(archive["Utvalg"]) == ["Kárášjoga skuvla"]
    assert list(archive["Laget av"]) == ["direktor"]
    reports = archived_reports(open_store(demo_db), Access.system())
    assert list(reports["scope_code"]) == ["enhet:220"]


def test_leader_chooses_among_their_own_sector_only(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_report_page(demo_db, monkeypatch, "leder.helse")
    options = app.selectbox(key="rapport_scope").options
    assert "Hele kommunen" not in options
    assert options[0] == "Helse og omsorg"
    assert "Kárášjoga skuvla" not in options


def test_viewer_may_not_make_reports(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_report_page(demo_db, monkeypatch, "leser.skole")
    assert app.info[0].value == "Du har bare lesetilgang og kan ikke lage rapporter."
    assert len(app.button) == 0 or all(button.key != "rapport_make" for button in app.button)

"""The language switch: a person's choice shows the screens in North Sami at once and is
remembered for their next sessions; another person keeps the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.core.texts import t as text
from analytics.core.texts import using_language
from tests.pages.conftest import make_app


def titles(app: object) -> list[str]:
    return [title.value for title in app.title]  # type: ignore[attr-defined]


def test_choosing_north_sami_changes_the_screens_and_is_remembered(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KOMMUNE_LANG", raising=False)
    app = make_app(demo_db, monkeypatch, user="leder.helse")
    assert titles(app) == [text("page.oversikt")]
    app.selectbox(key="language").select("se").run()
    assert not app.exception
    with using_language("se"):
        sami_title = text("page.oversikt")
        sami_unit = text("common.unit")
    assert sami_title != text("page.oversikt")
    assert titles(app) == [sami_title]
    assert app.selectbox(key="sidebar_scope").label == sami_unit

    again = make_app(demo_db, monkeypatch, user="leder.helse")  # a new session, same person
    assert again.selectbox(key="language").value == "se"
    assert titles(again) == [sami_title]

    other = make_app(demo_db, monkeypatch, user="direktor")
    assert other.selectbox(key="language").value == "nb"
    assert titles(other) == [text("page.oversikt")]


def test_the_municipality_default_is_kommune_lang(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOMMUNE_LANG", "se")
    app = make_app(demo_db, monkeypatch, user="direktor")
    assert app.selectbox(key="language").value == "se"
    with using_language("se"):
        assert titles(app) == [text("page.oversikt")]
    app.selectbox(key="language").select("nb").run()
    with using_language("nb"):
        assert titles(app) == [text("page.oversikt")]

"""AppTest of the Fremtidens kommune page: matrix, register, plan, measures; editing and rights."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.programme.risks import load_risks
from analytics.store import open_store
from analytics.store.db import close_all
from tests.pages.conftest import make_app


def test_page_shows_register_plan_and_measures(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/program.py").run()
    assert not app.exception, app.exception
    register = app.dataframe[0].value
    assert list(register["RF"]) == sorted(register["RF"], reverse=True)
    assert (register["RF"] == register["S"] * register["K"]).all()
    assert "Svømmehall" in " ".join(register["Risiko"])
    measures = app.dataframe[-1].value
    assert list(measures.columns[:2]) == ["Ansvarlig", "Frist"]
    assert [h.value for h in app.header] == [
        "Risikovurdering",
        "Milepælsplan",
        "Tiltak fra økonomiverkstedet, etter ansvarlig og frist",
    ]


def test_a_viewer_sees_but_cannot_edit(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch, user="leser.skole")
    app.switch_page("pages/program.py").run()
    assert not app.exception, app.exception
    assert "bare ledere og kommunedirektøren" in app.info[0].value
    assert not [button for button in app.button if button.key == "risk_save"]


def test_saving_the_edited_register(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/program.py").run()
    app.button(key="risk_save").click().run()
    assert not app.exception, app.exception
    assert "8 risikoer" in app.success[0].value
    close_all()
    assert len(load_risks(open_store(demo_db))) == 8

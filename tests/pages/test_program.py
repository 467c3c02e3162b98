"""AppTest of the Fremtidens kommune page: matrix, register, plan, measures; editing and rights."""

from __future__ import annotations

from pathlib import Path

import pytest

from analytics.programme.risks import load_risks
from analytics.store import open_store
from analytics.store.db import close_all
from tests.analytics.imports.files import xlsx_bytes
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


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_the_import_box_previews_then_stores_the_register(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch)
    app.switch_page("pages/program.py").run()
    rows = [["Risiko", "S", "K", "Tiltak", "Ansvarlig"], ["Svømmehallen stenges", 4, 5, "", "Sárá"]]
    app.file_uploader(key="import_risks_file").set_value(
        ("risiko.xlsx", xlsx_bytes({"Ark1": rows}), XLSX)
    ).run()
    assert not app.exception, app.exception
    assert len(load_risks(open_store(demo_db))) == 8  # a preview first, nothing stored
    preview = {metric.label: metric.value for metric in app.metric}
    assert (preview["Risikoer"], preview["Erstatter"]) == ("1", "8")
    app.button(key="import_risks_confirm").click().run()
    assert not app.exception, app.exception
    assert "Risikoregister med 1 risikoer" in app.success[0].value
    assert app.dataframe[0].value["Risiko"].tolist() == ["Svømmehallen stenges"]


def test_a_budget_holder_gets_no_import_box_for_the_registers(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(demo_db, monkeypatch, user="budsjett.sykehjem")
    app.switch_page("pages/program.py").run()
    assert not app.exception, app.exception
    keys = [uploader.key for uploader in app.get("file_uploader")]
    assert "import_risks_file" not in keys and "import_milestones_file" not in keys

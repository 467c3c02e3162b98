"""AppTest of Last opp: upload, preview, confirm; a refused file; hand mapping; template; undo."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from analytics.store import open_store
from tests.analytics.imports.files import xlsx_bytes
from tests.pages.conftest import make_app

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def open_page(demo_db: Path, monkeypatch: pytest.MonkeyPatch, user: str = "direktor") -> AppTest:
    app = make_app(demo_db, monkeypatch, user)
    app.switch_page("pages/last_opp.py")
    app.run()
    assert not app.exception, app.exception
    return app


def upload(app: AppTest, name: str, data: bytes) -> AppTest:
    app.file_uploader(key="upload_file").set_value((name, data, XLSX)).run()
    assert not app.exception, app.exception
    return app


def count(demo_db: Path, sql: str) -> int:
    return int(open_store(demo_db).value(sql))


def test_upload_preview_confirm_and_undo(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_page(demo_db, monkeypatch)
    assert app.title[0].value == "Last opp"
    uploads_before = count(demo_db, "SELECT count(*) FROM uploads")
    rows = [
        ["Regnskap 2031"],
        ["Ansvar", "Art", "Periode", "Beløp"],
        ["3100", "10100", 1, "1 000"],
        ["3101", "10100", 1, 500],
        ["Sum", "", "", 1500],
    ]
    upload(app, "regnskap.xlsx", xlsx_bytes({"Data": rows}))
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Type"] == "regnskap" and metrics["År"] == "2031" and metrics["Linjer"] == "2"
    assert any("Regnskap 2031: 1\u00a0500 kr (2 linjer)" in m.value for m in app.markdown)
    assert count(demo_db, "SELECT count(*) FROM uploads") == uploads_before  # nothing yet
    app.button(key="upload_confirm").click().run()
    assert not app.exception, app.exception
    assert "er importert som opplasting" in app.success[0].value
    new_id = count(demo_db, "SELECT max(id) FROM uploads")
    assert count(demo_db, f"SELECT count(*) FROM accounts_lines WHERE upload_id = {new_id}") == 2
    app.selectbox(key="undo_choice").set_value(new_id).run()
    app.button(key="undo_button").click().run()
    assert not app.exception, app.exception
    assert (
        count(demo_db, f"SELECT count(*) FROM uploads WHERE id = {new_id} AND status = 'undone'")
        == 1
    )
    assert any("er angret" in s.value for s in app.success)


def test_a_refused_file_is_explained_and_nothing_stored(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(demo_db, monkeypatch)
    before = count(demo_db, "SELECT count(*) FROM accounts_lines")
    upload(app, "rapport.xlsx", b"%PDF-1.7 not a workbook")
    assert "Filen «rapport.xlsx»: dette er ikke et regneark" in app.error[0].value
    assert [button.key for button in app.button if button.key == "upload_confirm"] == []
    assert count(demo_db, "SELECT count(*) FROM accounts_lines") == before


def test_unknown_columns_are_mapped_by_hand(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_page(demo_db, monkeypatch)
    rows = [["Kst", "Art", "Periode", "Regnskap 2031"], ["3100", "10100", 1, 5]]
    upload(app, "ukjent.xlsx", xlsx_bytes({"Data": rows}))
    assert "mangler kolonne for ansvar" in app.error[0].value
    app.selectbox(key="mapping_0").set_value("ansvar")
    app.button(key="mapping_save").click().run()
    assert not app.exception, app.exception
    assert {metric.label: metric.value for metric in app.metric}["Linjer"] == "1"


def test_a_budget_holder_fills_in_the_template(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(demo_db, monkeypatch, "budsjett.sykehjem")
    button = app.get("download_button")[0]
    assert "Last ned prognosemal" in str(button.proto.label)
    from analytics.core.access import Access, Role
    from analytics.imports.kinds.template import build_template

    store = open_store(demo_db)
    holder = Access("budsjett.sykehjem", Role.BUDGET_HOLDER, frozenset({"310"}))
    data = build_template(store, holder, "310", 2025, 6, demo=True)
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook["Prognose"]
    sheet.cell(row=3, column=6, value=123456)
    sheet.cell(row=3, column=7, value="Vikarer i sommer")
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload(app, "prognose.xlsx", buffer.getvalue())
    assert {metric.label: metric.value for metric in app.metric}["Type"] == "prognosemal"
    app.button(key="upload_confirm").click().run()
    assert not app.exception, app.exception
    comment = open_store(demo_db).value(
        "SELECT comment FROM unit_forecasts WHERE year = 2025 AND month = 6 AND unit_code = '310'"
    )
    assert "Vikarer i sommer" in comment


def test_programme_kinds_go_to_the_programme_importer(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import analytics.imports.programme_kinds as programme

    calls = []

    def fake_import(*args: object) -> str:
        calls.append(args[2:4])
        return "Sykefravær importert."

    monkeypatch.setattr(programme, "import_file", fake_import)
    app = open_page(demo_db, monkeypatch)
    app.selectbox(key="upload_kind").set_value("sickleave").run()
    upload(app, "syk.xlsx", xlsx_bytes({"D": [["a"]]}))
    app.button(key="upload_confirm").click().run()
    assert calls == [("sickleave", "syk.xlsx")]
    assert app.success[0].value == "Sykefravær importert."

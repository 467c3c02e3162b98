"""AppTest of Last opp: upload, preview, confirm; a refused file; hand mapping; template; undo."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from streamlit.testing.v1 import AppTest

from analytics.core.access import Access, Role
from analytics.core.settings import Settings
from analytics.imports import importer
from analytics.imports.kind import ImportOptions
from analytics.store import open_store
from analytics.store.db import close_all
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


def test_sick_leave_gets_a_preview_of_what_it_replaces_before_lagre(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, demo_month: tuple[int, int]
) -> None:
    year, month = demo_month
    app = open_page(demo_db, monkeypatch)
    rows = [["Enhet", "År", "Måned", "Avtalte dagsverk", "Tapte dagsverk"],
            ["310", year, month, 1000, 50]]  # fmt: skip
    before = count(demo_db, "SELECT count(*) FROM uploads")
    upload(app, "sykefravær.xlsx", xlsx_bytes({"Fravær": rows}))
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Type"] == "sykefravær" and metrics["Rader"] == "1"
    stored, replaced = (frame.value for frame in app.dataframe[:2])
    assert stored["Enhet/ansvar"].tolist() == ["310"]
    assert replaced["Fil"].tolist() == ["demo-sykefravær"]  # the month it replaces
    assert count(demo_db, "SELECT count(*) FROM uploads") == before
    app.button(key="upload_confirm").click().run()
    assert not app.exception, app.exception
    assert "Sykefravær" in app.success[0].value
    assert count(demo_db, "SELECT count(*) FROM uploads") == before + 1


def test_a_viewer_sees_the_history_and_a_note(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(demo_db, monkeypatch, "leser.skole")
    assert "bare lesetilgang" in app.info[0].value
    assert [tab.label for tab in app.tabs] == ["Historikk"]
    assert not app.get("download_button") and not app.get("file_uploader")
    assert not [button for button in app.button if button.key == "undo_button"]


def test_a_budget_holders_history_holds_only_their_own_units(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(demo_db)
    own = [["Regnskap 2031"], ["Ansvar", "Art", "Periode", "Beløp"], ["3100", "10100", 1, 5]]
    kompass = [["Dato", *(f"{n} Område {n}" for n in range(1, 9))], ["2026-01-05", *[50] * 8]]
    for name, rows in (("sykehjem.xlsx", own), ("kompass.xlsx", kompass)):
        importer.import_file(
            store, Access("direktor", Role.DIRECTOR), xlsx_bytes({"Ark1": rows}), name,
            ImportOptions(), Settings(),
        )  # fmt: skip
    close_all()
    app = open_page(demo_db, monkeypatch, "budsjett.sykehjem")
    history = app.dataframe[0].value
    assert history["Fil"].tolist() == ["sykehjem.xlsx"]  # not the demo's, not Kompass
    assert app.selectbox(key="undo_choice").options == [f"{history['Nr.'].iloc[0]}: sykehjem.xlsx"]


def test_names_a_file_supplies_are_shown_as_text(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_page(demo_db, monkeypatch)
    upload(app, "**fet**![x](http://vert/p.png).xlsx", b"%PDF-1.7 not a workbook")
    shown = app.error[0].value
    assert "\\*\\*fet\\*\\*\\!\\[x\\](http\\://vert/p.png)" in shown


def test_every_column_can_be_mapped_and_the_ledger_chosen(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch, today: dt.date
) -> None:
    """A department budget read with its department as the key: the mapping offers every
    column, also the recognised ones; mapping «Avdeling» away and choosing investment is one
    more read of the file; the preview says the ledger and why."""
    app = open_page(demo_db, monkeypatch)
    year = today.year + 5  # a year the demo has no budget for
    rows = [["Avdeling", "Ansvar", "Art", f"Budsjett {year}"], ["31", "3100", "10100", 5]]
    upload(app, "avdeling.xlsx", xlsx_bytes({"Data": rows}))
    metrics = {metric.label: metric.value for metric in app.metric}
    assert (metrics["Drift/investering"], metrics["Nøkkel"]) == ("Drift", "ansvar")
    assert any("«Avdeling»" in warning.value for warning in app.warning)  # read, not stored
    labels = [box.label for box in app.selectbox if box.key and box.key.startswith("mapping_")]
    assert labels == ["Avdeling", "Ansvar", "Art", f"Budsjett {year}"]  # every column
    assert app.selectbox(key="mapping_1").format_func("") == "(som nå: ansvar)"
    app.selectbox(key="upload_ledger").set_value("investment").run()
    assert not app.exception, app.exception
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Drift/investering"] == "Investering"
    assert any("slik du valgte" in info.value for info in app.info)
    app.button(key="upload_confirm").click().run()
    assert not app.exception, app.exception
    store = open_store(demo_db)
    stored = store.rows("SELECT ledger, ansvar FROM active_budget WHERE year = ?", [year])
    close_all()
    assert stored == [("investment", "3100")]

